package dev.storescope.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code bench DIR}: measures {@code info} (time, peak heap, in a fresh JVM capped at 1 GB) and
 * {@code persist --out} (throughput) on a persist dir, next to python3 {@code json.load} of the
 * same files. Generates the dir first with {@code --gen} when it does not exist.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark info and persist on a (generated) persist dir, next to python3 json.load.")
final class BenchCommand implements Callable<Integer> {
    private static final Pattern STATS = Pattern.compile("stats: elapsed_ms=(\\d+) peak_heap_mb=(\\d+)");
    private static final Pattern VEC_STATS = Pattern.compile(
            "vecbench: vectors=(\\d+) dim=(-?\\d+) load_ms=(\\d+) heap_after_load_mb=(\\d+) first_query_ms=(\\d+) heap_after_query_mb=(\\d+) qps=([\\d.]+)");
    private static final Pattern PERSIST_STATS = Pattern.compile("stats: load_ms=(\\d+) write_ms=(\\d+)");
    private static final Pattern CHECK_STATS = Pattern.compile("stats: load_ms=(\\d+) check_ms=(\\d+) findings=(\\d+)");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the persist dir to measure")
    Path dir;

    @Option(names = "--gen", paramLabel = "TOOL", description = "gen-persist-dir to run when DIR does not exist")
    Path gen;

    @Option(names = "--gen-args", paramLabel = "ARGS", split = " ",
            defaultValue = "--docs 10000 --nodes-per-doc 10 --dim 384 --text-chars 500",
            description = "arguments for the generator (default: ${DEFAULT-VALUE})")
    List<String> genArgs;

    @Option(names = "--runs", defaultValue = "3", description = "repetitions of each measurement (best is reported)")
    int runs;

    @Option(names = "--no-python", description = "skip the python3 json.load comparison")
    boolean noPython;

    @Option(names = "--diff", paramLabel = "DIR2", description = "diff mode: measure only `diff DIR DIR2` (fresh JVM, -Xmx1g, the JVM options of bin/storescope); "
            + "DIR2 is generated with the generator's arguments plus --variant 1 when it does not exist")
    Path diffDir;

    private static final Pattern DIFF_STATS = Pattern.compile("stats: elapsed_ms=(\\d+) peak_heap_mb=(\\d+) load_ms=(\\d+) compare_ms=(\\d+)");

    @Option(names = "--check-only", description = "measure only `check` (the integrity checker)")
    boolean checkOnly;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        generateIfMissing(dir, gen, genArgs, out);
        if (diffDir != null) return diffBench(out);
        long bytes = 0;
        List<Path> jsonFiles = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                bytes += Files.size(p);
                if (p.toString().endsWith(".json")) jsonFiles.add(p);
            }
        }
        String jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String checkRow = checkRows(java, jar);
        if (checkOnly) {
            out.println();
            out.println("machine: " + Machine.describe());
            out.printf("data: %s, %,d bytes in %d files%n%n", dir, bytes, jsonFiles.size());
            out.println("| measurement | result |");
            out.println("|---|---|");
            out.print(checkRow);
            out.flush();
            return ExitCodes.OK;
        }

        long infoWall = Long.MAX_VALUE, infoInner = Long.MAX_VALUE, heap = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            String err = run(LauncherOptions.command(java, List.of("-Xmx1g"), jar, "info", dir.toString(), "--stats"));
            long wall = (System.nanoTime() - t0) / 1_000_000;
            Matcher m = STATS.matcher(err);
            if (!m.find()) throw new CliFailure(ExitCodes.BAD_INPUT, "info printed no stats: " + err);
            infoWall = Math.min(infoWall, wall);
            infoInner = Math.min(infoInner, Long.parseLong(m.group(1)));
            heap = Math.max(heap, Long.parseLong(m.group(2)));
        }
        Path outDir = dir.resolveSibling(dir.getFileName() + "-bench-out");
        long persistBest = Long.MAX_VALUE, loadBest = Long.MAX_VALUE, writeBest = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            deleteTree(outDir);
            settleDisk();
            long t0 = System.nanoTime();
            String err = run(LauncherOptions.command(java, List.of("-Xmx1g"), jar, "persist", dir.toString(), "--out", outDir.toString(), "--stats"));
            persistBest = Math.min(persistBest, (System.nanoTime() - t0) / 1_000_000);
            Matcher m = PERSIST_STATS.matcher(err);
            if (m.find()) {
                loadBest = Math.min(loadBest, Long.parseLong(m.group(1)));
                writeBest = Math.min(writeBest, Long.parseLong(m.group(2)));
            }
        }
        boolean identical = sameBytes(dir, outDir);
        Path vectors = dir.resolve("default__vector_store.json");
        Matcher vec = null;
        if (Files.isRegularFile(vectors)) {
            String r = run(LauncherOptions.command(java, List.of("-Xmx2g", "-XX:ActiveProcessorCount=1"), jar, "vec", "bench", vectors.toString()));
            vec = VEC_STATS.matcher(r);
            if (!vec.find()) throw new CliFailure(ExitCodes.BAD_INPUT, "vec bench printed no stats: " + r);
        }
        deleteTree(outDir);

        out.println();
        out.println("machine: " + Machine.describe());
        out.printf("data: %s, %,d bytes in %d files%n%n", dir, bytes, jsonFiles.size());
        out.println("| measurement | result |");
        out.println("|---|---|");
        out.printf("| `info` (fresh JVM, -Xmx1g %s as bin/storescope), wall incl. JVM start | %,d ms |%n", launcherFlags(), infoWall);
        out.printf("| `info`, load + summary inside the JVM | %,d ms |%n", infoInner);
        out.printf("| `info`, peak heap | %,d MB |%n", heap);
        out.printf("| `persist --out` of the untouched dir, wall incl. JVM start, load and fsync | %,d ms = %.2f GB/s (%s) |%n", persistBest,
                bytes / 1e9 / (persistBest / 1000.0), identical ? "byte-identical" : "NOT IDENTICAL");
        out.printf("| `persist --out`: load (structure scan) | %,d ms |%n", loadBest);
        out.printf("| `persist --out`: write (temp file, fsync, rename per file) | %,d ms = %.2f GB/s |%n", writeBest,
                bytes / 1e9 / (writeBest / 1000.0));
        out.print(checkRow);
        if (vec != null) {
            out.printf("| vector store load (%s vectors × %s, one core) to a usable store | %,d ms |%n", vec.group(1), vec.group(2), Long.parseLong(vec.group(3)));
            out.printf("| heap after load, before the first query | %s MB |%n", vec.group(4));
            out.printf("| first query (parses every vector once into a primitive matrix) | %,d ms |%n", Long.parseLong(vec.group(5)));
            out.printf("| heap after the first query (matrix: n × dim doubles) | %s MB |%n", vec.group(6));
            out.printf("| top-10 queries per second (one core) | %s |%n", vec.group(7));
        }
        if (!noPython) {
            for (Path f : jsonFiles) {
                String r = run(List.of("python3", "-c", PY, f.toString())).strip();
                out.printf("| python3 `json.load` %s | %s |%n", f.getFileName(), r);
            }
        }
        out.flush();
        return identical ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    /** {@code diff DIR DIR2 --stat} in a fresh JVM capped at 1 GB, best of the runs. */
    private int diffBench(PrintWriter out) throws Exception {
        List<String> variantArgs = new ArrayList<>(genArgs);
        variantArgs.addAll(List.of("--variant", "1"));
        generateIfMissing(diffDir, gen, variantArgs, out);
        String jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long inner = Long.MAX_VALUE, load = Long.MAX_VALUE, compare = Long.MAX_VALUE, heap = 0;
        String stat = "";
        List<String> loads = new ArrayList<>();
        List<Long> walls = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            loads.add(loadAverage());
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(LauncherOptions.command(java, List.of("-Xmx1g"), jar, "diff", dir.toString(), diffDir.toString(), "--stat", "--stats"))
                    .redirectErrorStream(false).start();
            String o = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            long w = (System.nanoTime() - t0) / 1_000_000;
            if (code > 1) throw new CliFailure(ExitCodes.BAD_INPUT, "diff failed (" + code + "): " + err);
            Matcher m = DIFF_STATS.matcher(err);
            if (!m.find()) throw new CliFailure(ExitCodes.BAD_INPUT, "diff printed no stats: " + err);
            walls.add(w);
            inner = Math.min(inner, Long.parseLong(m.group(1)));
            heap = Math.max(heap, Long.parseLong(m.group(2)));
            load = Math.min(load, Long.parseLong(m.group(3)));
            compare = Math.min(compare, Long.parseLong(m.group(4)));
            stat = o;
        }
        long bytes = dirBytes(dir) + dirBytes(diffDir);
        out.println();
        out.println("machine: " + Machine.describe() + "; load average before each run: " + String.join(", ", loads));
        out.printf("data: %s vs %s, %,d bytes in total%n%n", dir, diffDir, bytes);
        out.print(stat);
        out.println();
        out.println("| measurement | result |");
        out.println("|---|---|");
        out.printf("| `diff A B --stat` (fresh JVM, -Xmx1g %s as bin/storescope), wall incl. JVM start | %,d ms (best of %d; %s) |%n",
                launcherFlags(), Collections.min(walls), runs, spread(walls));
        out.printf("| inside the JVM: open both dirs (map the files) | %,d ms |%n", load);
        out.printf("| inside the JVM: load and compare, file by file on %d threads (scan A, index B against A, compare) | %,d ms |%n",
                Runtime.getRuntime().availableProcessors(), compare);
        out.printf("| peak heap | %,d MB |%n", heap);
        out.flush();
        return ExitCodes.OK;
    }

    /** The options bin/storescope gives a command on this machine, as the tables name them. */
    private static String launcherFlags() {
        return String.join(" ", LauncherOptions.forCommands());
    }

    /** Median and max of the runs' wall times (the best alone hides a slow machine). */
    static String spread(List<Long> walls) {
        List<Long> sorted = new ArrayList<>(walls);
        java.util.Collections.sort(sorted);
        int n = sorted.size();
        long median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return String.format("median %,d ms, max %,d ms", median, sorted.get(n - 1));
    }

    private static long dirBytes(Path d) throws IOException {
        long n = 0;
        try (Stream<Path> s = Files.list(d)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) n += Files.size(p);
        }
        return n;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** {@code check DIR} in a fresh JVM, best of the runs: wall incl. JVM start, load, check step. */
    private String checkRows(String java, String jar) throws IOException, InterruptedException {
        long load = Long.MAX_VALUE, check = Long.MAX_VALUE;
        String findings = "?";
        List<Long> walls = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            String err = runAnyExit(LauncherOptions.command(java, List.of("-Xmx2g"), jar, "check", dir.toString(), "--stats"));
            long w = (System.nanoTime() - t0) / 1_000_000;
            walls.add(w);
            Matcher m = CHECK_STATS.matcher(err);
            if (!m.find()) throw new CliFailure(ExitCodes.BAD_INPUT, "check printed no stats: " + err);
            load = Math.min(load, Long.parseLong(m.group(1)));
            check = Math.min(check, Long.parseLong(m.group(2)));
            findings = m.group(3);
        }
        String head = String.format("| `check` (fresh JVM, -Xmx2g %s as bin/storescope), wall incl. JVM start | %,d ms (best of %d; %s) |%n",
                launcherFlags(), Collections.min(walls), runs, spread(walls));
        if (load == 0) { // the fast path for healthy dirs: one pass reads and checks (CheckCommand reports load_ms=0)
            return head + String.format("| `check`: the fast path (one pass over each file: read and check, %s findings) | %,d ms |%n", findings, check);
        }
        return head + String.format("| `check`: load (structure scan of every file) | %,d ms |%n", load)
                + String.format("| `check`: the checks (every check, %s findings) | %,d ms |%n", findings, check);
    }

    /** Runs a command whose exit code is a result (check: 0/1/2), returns stderr + stdout. */
    private static String runAnyExit(List<String> cmd) throws IOException, InterruptedException {
        Path errFile = Files.createTempFile("storescope-bench", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectError(errFile.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
            return Files.readString(errFile, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(errFile);
        }
    }

    private static final String PY = String.join("\n",
            "import json, sys, time, resource",
            "t = time.perf_counter()",
            "with open(sys.argv[1], 'rb') as f: json.load(f)",
            "dt = time.perf_counter() - t",
            "print('%d ms, peak RSS %d MB' % (dt * 1000, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024))");

    /** Runs a command, fails on a non-zero exit, returns its stderr (stdout is discarded). */
    /** Runs the generator {@code gen} with {@code args} into {@code dir} when it does not exist (shared with tree-bench). */
    static void generateIfMissing(Path dir, Path gen, List<String> args, PrintWriter out) throws IOException, InterruptedException {
        if (Files.isDirectory(dir)) return;
        if (gen == null) throw new CliFailure(ExitCodes.BAD_INPUT, dir + " does not exist (pass --gen TOOL to generate it)");
        List<String> cmd = new ArrayList<>(List.of(gen.toString()));
        cmd.addAll(args);
        cmd.add(dir.toString());
        out.println("generating " + dir + " …");
        out.flush();
        run(cmd);
    }

    private static String run(List<String> cmd) throws IOException, InterruptedException {
        Path errFile = Files.createTempFile("storescope-bench", ".err");
        Path outFile = Files.createTempFile("storescope-bench", ".out");
        try {
            Process p = new ProcessBuilder(cmd).redirectError(errFile.toFile()).redirectOutput(outFile.toFile()).start();
            int code = p.waitFor();
            String err = Files.readString(errFile, StandardCharsets.UTF_8);
            String out = Files.readString(outFile, StandardCharsets.UTF_8);
            if (code != 0) throw new CliFailure(ExitCodes.BAD_INPUT, String.join(" ", cmd) + " failed (" + code + "): " + err);
            return err + out;
        } finally {
            Files.deleteIfExists(errFile);
            Files.deleteIfExists(outFile);
        }
    }

    /** Flushes other writes first (the previous run's), so each run measures only its own. */
    private static void settleDisk() throws InterruptedException {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (IOException e) {
            // no sync command: measure as is
        }
    }

    private static boolean sameBytes(Path a, Path b) throws IOException {
        try (Stream<Path> s = Files.list(a)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                Path g = b.resolve(f.getFileName().toString());
                if (!Files.exists(g) || Files.mismatch(f, g) != -1) return false;
            }
        }
        return true;
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }
}
