package dev.storescope.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One finished process of the packaging tests: exit code, stdout, stderr (run without a display). */
record Proc(int exitCode, String out, String err) {
    static Proc run(Path workDir, List<String> command) throws IOException, InterruptedException {
        return runWithEnv(workDir, java.util.Map.of(), command);
    }

    /** {@link #run(Path, List)} with {@code env} added to the environment. */
    static Proc runWithEnv(Path workDir, java.util.Map<String, String> env, String... command) throws IOException, InterruptedException {
        return runWithEnv(workDir, env, List.of(command));
    }

    static Proc runWithEnv(Path workDir, java.util.Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("proc", ".out");
        Path err = Files.createTempFile("proc", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().remove("DISPLAY");
            pb.environment().remove("WAYLAND_DISPLAY");
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Proc(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static Proc run(Path workDir, String... command) throws IOException, InterruptedException {
        return run(workDir, List.of(command));
    }

    /** Fails with everything the process printed unless it exited with {@code expected}. */
    Proc expect(int expected) {
        if (exitCode != expected) {
            throw new AssertionError("exit " + exitCode + " (expected " + expected + ")\nstdout:\n" + out + "\nstderr:\n" + err);
        }
        return this;
    }
}
