package dev.storescope.inspect.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A small persist dir written by {@code ../shared/tools/gen-persist-dir} (python3), generated once
 * per test class; when the tool is not there, the committed output of the same tool
 * ({@code fixtures/generated-small}) serves. Tests copy it before changing anything.
 */
final class GeneratedDir {
    static final Path TOOL = Path.of("..", "shared", "tools", "gen-persist-dir");
    static final List<String> ARGS = List.of("--docs", "6", "--nodes-per-doc", "3", "--dim", "8", "--text-chars", "80",
            "--graph", "--chat-sessions", "1", "--chat-messages", "2");

    private GeneratedDir() {
    }

    static Path generate(Path into) {
        Path out = into.resolve("generated");
        try {
            if (Files.isRegularFile(TOOL)) {
                List<String> cmd = new java.util.ArrayList<>(List.of("python3", TOOL.toString()));
                cmd.addAll(ARGS);
                cmd.add(out.toString());
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (p.waitFor() == 0 && Files.isRegularFile(out.resolve("docstore.json"))) return out;
            }
            copy(Path.of("src", "test", "resources", "fixtures", "generated-small"), out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Copies the regular files of {@code from} (not sub-folders) into a new dir {@code to}. */
    static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path f : s.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return to;
    }
}
