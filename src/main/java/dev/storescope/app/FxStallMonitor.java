package dev.storescope.app;

import javafx.application.Platform;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures how responsive the FX thread is: a background thread posts a ping every 10 ms and
 * records how late it runs. The longest delay is the longest stall a user would feel.
 */
public final class FxStallMonitor implements AutoCloseable {
    private final AtomicLong worstNanos = new AtomicLong();
    private final AtomicLong stepNanos = new AtomicLong();
    private final java.util.List<String> longStalls = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The FX application thread (named differently under Monocle), known after the first probe ran. */
    private volatile Thread fxThread;
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
                long late = System.nanoTime() - posted;
                fxThread = Thread.currentThread();
                worstNanos.accumulateAndGet(late, Math::max);
                stepNanos.accumulateAndGet(late, Math::max);
                if (late >= 100_000_000L) longStalls.add(java.time.Instant.now().minusNanos(late) + " " + late / 1_000_000 + " ms");
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
                    if (!ran[0] && System.nanoTime() - posted > 100_000_000L) sample();
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private final java.util.Map<String, Integer> samples = new java.util.concurrent.ConcurrentHashMap<>();

    /** While the FX thread is late: where it is (its top three frames and the first of StoreScope code). */
    private void sample() {
        Thread fx = fxThread;
        if (fx == null) return;
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (StackTraceElement f : fx.getStackTrace()) {
            if (shown < 3 || f.getClassName().startsWith("dev.storescope")) {
                sb.append(shown == 0 ? "" : " < ").append(f.getClassName().replaceAll(".*\\.", "")).append('.').append(f.getMethodName());
                if (++shown >= 6) break;
            }
        }
        samples.merge(sb.toString(), 1, Integer::sum);
    }

    /** Where the FX thread was when it was late (stack summary → number of 50 ms samples), most frequent first. */
    public java.util.List<String> stallSamples() {
        return samples.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .map(e -> e.getValue() + " × " + e.getKey()).toList();
    }

    /** Every stall of 100 ms or more: when it began (UTC) and how long it was. */
    public java.util.List<String> longStalls() {
        return java.util.List.copyOf(longStalls);
    }

    /** The longest stall since the last call of this method (or the start), in milliseconds. */
    public long worstStallSinceLastMillis() {
        return stepNanos.getAndSet(0) / 1_000_000;
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
