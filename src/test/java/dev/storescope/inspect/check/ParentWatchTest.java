package dev.storescope.inspect.check;

import org.junit.jupiter.api.Test;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParentWatchTest {
    @Test
    void runsItsActionWhenTheInputEndsAndNotBefore() throws Exception {
        PipedOutputStream parent = new PipedOutputStream();
        PipedInputStream child = new PipedInputStream(parent);
        CountDownLatch ended = new CountDownLatch(1);
        Thread t = ParentWatch.start(child, ended::countDown);
        assertTrue(t.isDaemon());
        parent.write(1); // what the parent writes is ignored
        parent.flush();
        assertFalse(ended.await(200, TimeUnit.MILLISECONDS));
        parent.close();
        assertTrue(ended.await(5, TimeUnit.SECONDS));
    }
}
