package dev.storescope.vector_stores;

import java.util.ArrayList;
import java.util.List;

/**
 * The top-k selection of LlamaIndex's {@code get_top_k_embeddings}: a port of Python's
 * {@code heapq} on (score, id) tuples followed by {@link PySort}, so ties and NaN scores come out
 * in the same order as in Python.
 */
final class TopK {
    record Scored(double score, String id) {
    }

    private final int k;
    private final List<Scored> heap = new ArrayList<>();

    TopK(int k) {
        this.k = k;
    }

    /** Python tuple order: scores first (NaN is neither smaller nor larger), then ids by code point. */
    private static boolean less(Scored a, Scored b) {
        if (a.score == b.score) return PyValues.compareCodePoints(a.id, b.id) < 0;
        return a.score < b.score;
    }

    void offer(double score, String id) {
        heap.add(new Scored(score, id));
        siftDown(0, heap.size() - 1);
        if (heap.size() > k) pop();
    }

    List<Scored> result() {
        return PySort.descending(heap);
    }

    private void pop() {
        Scored last = heap.remove(heap.size() - 1);
        if (!heap.isEmpty()) {
            heap.set(0, last);
            siftUp(0);
        }
    }

    // heapq._siftdown
    private void siftDown(int start, int pos) {
        Scored item = heap.get(pos);
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            Scored parent = heap.get(parentPos);
            if (less(item, parent)) {
                heap.set(pos, parent);
                pos = parentPos;
                continue;
            }
            break;
        }
        heap.set(pos, item);
    }

    // heapq._siftup
    private void siftUp(int pos) {
        int end = heap.size();
        int start = pos;
        Scored item = heap.get(pos);
        int child = 2 * pos + 1;
        while (child < end) {
            int right = child + 1;
            if (right < end && !less(heap.get(child), heap.get(right))) child = right;
            heap.set(pos, heap.get(child));
            pos = child;
            child = 2 * pos + 1;
        }
        heap.set(pos, item);
        siftDown(start, pos);
    }
}
