package org.biokg.text;

import org.biokg.text.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A text derived from an original file, where every character remembers the range of original characters
 * it stands for. Cleaning is a chain of {@link Edit}s, each producing a new OffsetText whose offsets still
 * point into the ORIGINAL file, so evidence can always be traced back to it.
 */
public final class OffsetText {
    private final String text;
    // For char i of text: the original range [origStart[i], origEnd[i]); inserted chars have an empty range.
    private final int[] origStart;
    private final int[] origEnd;

    private OffsetText(String text, int[] origStart, int[] origEnd) {
        this.text = text;
        this.origStart = origStart;
        this.origEnd = origEnd;
    }

    /** The identity mapping over an original text. */
    public static OffsetText of(String original) {
        int n = original.length();
        int[] s = new int[n];
        int[] e = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = i;
            e[i] = i + 1;
        }
        return new OffsetText(original, s, e);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Original offset where char {@code i} starts. */
    public int originalStart(int i) {
        return origStart[i];
    }

    /** Original offset just after char {@code i}. */
    public int originalEnd(int i) {
        return origEnd[i];
    }

    /** The original span covered by {@code [from, to)} of this text; inserted chars do not widen it. */
    public Span originalSpan(int from, int to) {
        int a = from;
        while (a < to && origEnd[a] == origStart[a]) {
            a++;
        }
        int b = to - 1;
        while (b >= a && origEnd[b] == origStart[b]) {
            b--;
        }
        if (a > b) {
            int at = from < text.length() ? origStart[from] : endOffset();
            return new Span(at, at);
        }
        return new Span(origStart[a], origEnd[b]);
    }

    /** Applies edits (non-overlapping; overlapping later ones are dropped) and returns the new text. */
    public OffsetText apply(List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        StringBuilder sb = new StringBuilder(text.length());
        IntList ns = new IntList(text.length());
        IntList ne = new IntList(text.length());
        int pos = 0;
        for (Edit e : sorted) {
            if (e.start() < pos) {
                continue; // overlaps an edit already applied
            }
            copy(pos, e.start(), sb, ns, ne);
            String r = e.replacement();
            if (!r.isEmpty()) {
                int os;
                int oe;
                if (e.end() > e.start()) {
                    os = origStart[e.start()];
                    oe = origEnd[e.end() - 1];
                } else {
                    os = e.start() < text.length() ? origStart[e.start()] : endOffset();
                    oe = os;
                }
                for (int k = 0; k < r.length(); k++) {
                    sb.append(r.charAt(k));
                    ns.add(os);
                    ne.add(oe);
                }
            }
            pos = e.end();
        }
        copy(pos, text.length(), sb, ns, ne);
        return new OffsetText(sb.toString(), ns.toArray(), ne.toArray());
    }

    /** The same text with every run of whitespace turned into one space (and no leading/trailing space). */
    public OffsetText collapseWhitespace() {
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0') {
                int j = i;
                while (j < n && (Character.isWhitespace(text.charAt(j)) || text.charAt(j) == '\u00a0')) {
                    j++;
                }
                boolean edge = i == 0 || j == n;
                if (edge) {
                    edits.add(Edit.delete(i, j, "whitespace"));
                } else {
                    // a line break in the run is a hard boundary set by an earlier pass: keep it
                    String one = text.substring(i, j).indexOf('\n') >= 0 ? "\n" : " ";
                    if (j - i > 1 || text.charAt(i) != one.charAt(0)) {
                        edits.add(new Edit(i, j, one, "whitespace"));
                    }
                }
                i = j;
            } else {
                i++;
            }
        }
        return apply(edits);
    }

    /** A slice of this text with its mapping. */
    public OffsetText slice(int from, int to) {
        return new OffsetText(text.substring(from, to),
                java.util.Arrays.copyOfRange(origStart, from, to),
                java.util.Arrays.copyOfRange(origEnd, from, to));
    }

    private int endOffset() {
        return text.isEmpty() ? 0 : origEnd[text.length() - 1];
    }

    private void copy(int from, int to, StringBuilder sb, IntList ns, IntList ne) {
        for (int i = from; i < to; i++) {
            sb.append(text.charAt(i));
            ns.add(origStart[i]);
            ne.add(origEnd[i]);
        }
    }

    /** A growable int array (avoids boxing on 100 k-char documents). */
    private static final class IntList {
        private int[] a;
        private int n;

        IntList(int cap) {
            a = new int[Math.max(16, cap)];
        }

        void add(int v) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
