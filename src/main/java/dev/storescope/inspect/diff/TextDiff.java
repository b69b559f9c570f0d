package dev.storescope.inspect.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where two texts (the JSON of an item on both sides) differ, for side-by-side display: the
 * changed lines of each side and, inside lines changed in place, the changed characters. Lines
 * are aligned with Myers' diff, characters within a pair of changed lines too.
 *
 * @param oldLines  0-based line numbers of the old text that differ
 * @param newLines  the same for the new text
 * @param oldChars  character ranges {@code [start, end)} (offsets into the old text) that differ
 * @param newChars  the same for the new text
 * @param hunks     line numbers where each difference starts in the new text (for next/previous)
 */
public record TextDiff(List<Integer> oldLines, List<Integer> newLines, List<int[]> oldChars, List<int[]> newChars, List<Integer> hunks) {

    public static TextDiff of(String oldText, String newText) {
        List<String> a = lines(oldText);
        List<String> b = lines(newText);
        int[] offA = offsets(a);
        int[] offB = offsets(b);
        List<Integer> ol = new ArrayList<>(), nl = new ArrayList<>(), hunks = new ArrayList<>();
        List<int[]> oc = new ArrayList<>(), nc = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            int sa = d.getSource().getPosition();
            int sb = d.getTarget().getPosition();
            int na = d.getSource().size();
            int nb = d.getTarget().size();
            hunks.add(sb);
            for (int i = 0; i < na; i++) ol.add(sa + i);
            for (int i = 0; i < nb; i++) nl.add(sb + i);
            if (d.getType() != DeltaType.CHANGE) {
                if (na > 0) oc.add(new int[] {offA[sa], offA[sa] + joinedLength(a, sa, na)});
                if (nb > 0) nc.add(new int[] {offB[sb], offB[sb] + joinedLength(b, sb, nb)});
                continue;
            }
            String x = String.join("\n", a.subList(sa, sa + na));
            String y = String.join("\n", b.subList(sb, sb + nb));
            chars(x, y, offA[sa], offB[sb], oc, nc);
        }
        return new TextDiff(ol, nl, oc, nc, hunks);
    }

    /** Character ranges of a changed block, by Myers' diff over its characters. */
    private static void chars(String x, String y, int baseX, int baseY, List<int[]> oc, List<int[]> nc) {
        List<Character> cx = new ArrayList<>(x.length());
        for (char c : x.toCharArray()) cx.add(c);
        List<Character> cy = new ArrayList<>(y.length());
        for (char c : y.toCharArray()) cy.add(c);
        for (AbstractDelta<Character> d : DiffUtils.diff(cx, cy).getDeltas()) {
            int px = d.getSource().getPosition();
            int py = d.getTarget().getPosition();
            if (d.getSource().size() > 0) oc.add(new int[] {baseX + px, baseX + px + d.getSource().size()});
            if (d.getTarget().size() > 0) nc.add(new int[] {baseY + py, baseY + py + d.getTarget().size()});
        }
    }

    static List<String> lines(String s) {
        return s.isEmpty() ? List.of() : Arrays.asList(s.split("\n", -1));
    }

    private static int[] offsets(List<String> lines) {
        int[] off = new int[lines.size() + 1];
        for (int i = 0; i < lines.size(); i++) off[i + 1] = off[i] + lines.get(i).length() + 1;
        return off;
    }

    private static int joinedLength(List<String> l, int from, int n) {
        int len = n - 1;
        for (int i = from; i < from + n; i++) len += l.get(i).length();
        return len;
    }

    public boolean isEmpty() {
        return hunks.isEmpty();
    }
}
