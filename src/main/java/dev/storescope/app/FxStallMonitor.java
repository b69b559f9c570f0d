package dev.storescope.app;

import javafx.application.Platform;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures how responsive the FX thread is: a background thread posts a ping every 10 ms and
 * records how late it runs. The longest delay is the longest stall a user would feel.
 */
public final class FxStallMonitor implements AutoCloseable {
    private final AtomicLong worstNanos = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    private FxStallMonitor() {
        thread = new Thread(this::loop, "fx-stall-monitor");
        thread.setDaemon(true);
    }

    public static FxStallMonitor start() {
        FxStallMonitor m = new FxStallMonitor();
        m.thread.start();
        return m;
    }

    private void loop() {
        while (running) {
            long posted = System.nanoTime();
            Object done = new Object();
            boolean[] ran = {false};
            Platform.runLater(() -> {
                worstNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
                synchronized (done) {
                    ran[0] = true;
                    done.notifyAll();
                }
            });
            synchronized (done) {
                long deadline = System.currentTimeMillis() + 10_000;
                while (!ran[0] && running && System.currentTimeMillis() < deadline) {
                    try {
                        done.wait(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The longest delay seen so far, in milliseconds. */
    public long worstStallMillis() {
        return worstNanos.get() / 1_000_000;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
