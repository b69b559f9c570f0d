package dev.storescope.inspect.check;

import java.io.IOException;
import java.io.InputStream;

/**
 * Ends a child process when its parent does: the parent holds the write end of the child's
 * standard input, so that input reaches its end when the parent exits, however it ends (closed
 * window, crash, kill). Without it a check child at idle priority outlived a killed window
 * and, with both cores busy, waited for a core for minutes.
 */
final class ParentWatch {
    private ParentWatch() {
    }

    /** Reads {@code in} on a daemon thread and runs {@code onEnd} when it ends (or fails). */
    static Thread start(InputStream in, Runnable onEnd) {
        Thread t = new Thread(() -> {
            try {
                while (in.read() >= 0) {
                    // the parent writes nothing; anything it does write is ignored
                }
            } catch (IOException e) {
                // a broken pipe is an end too
            }
            onEnd.run();
        }, "storescope-parent-watch");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
