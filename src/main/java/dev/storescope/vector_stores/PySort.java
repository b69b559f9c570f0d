package dev.storescope.vector_stores;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Python's {@code sorted(items, key=lambda t: t[0], reverse=True)} on scored ids, as
 * {@code get_top_k_embeddings} ends. Keys are compared with {@code <} only, so NaN scores (zero or
 * NaN vectors) land where CPython 3.11's list sort puts them: the list is reversed, split into
 * runs ({@code count_run}), short runs extended by binary insertion ({@code binarysort}) up to
 * {@code minrun}, and reversed back. Lists under 64 entries, and any list without NaN, come out
 * exactly as in Python; longer lists with NaN are merged run by run without CPython's galloping
 * and powersort merge order, which can place NaNs differently.
 */
final class PySort {
    private PySort() {
    }

    static List<TopK.Scored> descending(List<TopK.Scored> items) {
        List<TopK.Scored> a = new ArrayList<>(items);
        Collections.reverse(a);
        int n = a.size();
        if (n >= 2) {
            int minrun = minrun(n);
            List<TopK.Scored> merged = null;
            int lo = 0;
            while (lo < n) {
                int run = countRun(a, lo, n);
                if (run < minrun) {
                    int force = Math.min(minrun, n - lo);
                    binarySort(a, lo, lo + force, lo + run);
                    run = force;
                }
                List<TopK.Scored> slice = new ArrayList<>(a.subList(lo, lo + run));
                merged = merged == null ? slice : merge(merged, slice);
                lo += run;
            }
            a = merged;
        }
        Collections.reverse(a);
        return a;
    }

    private static boolean lt(TopK.Scored x, TopK.Scored y) {
        return x.score() < y.score();
    }

    // merge_compute_minrun
    static int minrun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    // count_run (3.11): a strictly descending run is reversed in place
    private static int countRun(List<TopK.Scored> a, int lo, int hi) {
        if (lo + 1 == hi) return 1;
        int i = lo + 1;
        if (lt(a.get(i), a.get(i - 1))) {
            for (i++; i < hi && lt(a.get(i), a.get(i - 1)); i++) {
                // descending
            }
            Collections.reverse(a.subList(lo, i));
        } else {
            for (i++; i < hi && !lt(a.get(i), a.get(i - 1)); i++) {
                // ascending
            }
        }
        return i - lo;
    }

    // binarysort: [lo, start) is sorted; insert [start, hi)
    private static void binarySort(List<TopK.Scored> a, int lo, int hi, int start) {
        if (lo == start) start++;
        for (; start < hi; start++) {
            TopK.Scored pivot = a.get(start);
            int l = lo;
            int r = start;
            do {
                int p = l + ((r - l) >> 1);
                if (lt(pivot, a.get(p))) r = p;
                else l = p + 1;
            } while (l < r);
            for (int p = start; p > l; p--) a.set(p, a.get(p - 1));
            a.set(l, pivot);
        }
    }

    private static List<TopK.Scored> merge(List<TopK.Scored> left, List<TopK.Scored> right) {
        List<TopK.Scored> out = new ArrayList<>(left.size() + right.size());
        int i = 0;
        int j = 0;
        while (i < left.size() && j < right.size()) {
            if (lt(right.get(j), left.get(i))) out.add(right.get(j++));
            else out.add(left.get(i++));
        }
        while (i < left.size()) out.add(left.get(i++));
        while (j < right.size()) out.add(right.get(j++));
        return out;
    }
}
