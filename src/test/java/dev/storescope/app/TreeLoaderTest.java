package dev.storescope.app;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A request of the user does not wait for the prefetch of a big dir: it runs at the prefetch's next step. */
class TreeLoaderTest {
    @Test
    void askedWorkRunsBetweenTheStepsOfABackgroundRead() throws Exception {
        AtomicInteger steps = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        TreeLoader.background(check -> {
            started.countDown();
            for (int i = 0; i < 400 && !check.getAsBoolean(); i++) {
                steps.incrementAndGet();
                sleep(5);
            }
            finished.countDown();
        }, stop::get);
        assertTrue(started.await(5, TimeUnit.SECONDS));
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(2);
        TreeLoader.run(() -> {
            order.add("first");
            done.countDown();
        });
        TreeLoader.run(() -> {
            order.add("second");
            done.countDown();
        });
        assertTrue(done.await(5, TimeUnit.SECONDS));
        assertTrue(steps.get() < 300, "ran while the background read was under way (step " + steps.get() + " of 400)");
        assertEquals(List.of("first", "second"), order, "in the order asked");
        stop.set(true);
        assertTrue(finished.await(5, TimeUnit.SECONDS), "the background read stops when told");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
