package org.biokg.text;

/**
 * Replace {@code [start, end)} of a text by {@code replacement}: a deletion when the replacement is empty,
 * an insertion when the range is empty. {@code reason} names the cleaning rule, for the residue report.
 */
public record Edit(int start, int end, String replacement, String reason) {
    public Edit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad edit range [" + start + ", " + end + ")");
        }
    }

    public static Edit delete(int start, int end, String reason) {
        return new Edit(start, end, "", reason);
    }

    public static Edit insert(int at, String text, String reason) {
        return new Edit(at, at, text, reason);
    }
}
