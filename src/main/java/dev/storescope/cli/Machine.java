package dev.storescope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One line describing the machine a benchmark ran on. */
final class Machine {
    private Machine() {
    }

    static String describe() {
        String cpu = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).strip();
                    break;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux: keep "unknown CPU"
        }
        long mem = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) mem = Long.parseLong(line.replaceAll("\\D", "")) >> 20;
            }
        } catch (IOException | RuntimeException ignored) {
            // unknown
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + (mem < 0 ? "?" : mem + " GB") + " RAM, "
                + System.getProperty("os.name") + ", Java " + System.getProperty("java.version");
    }
}
