package org.biokg.text;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** Levenshtein distance between two spellings: how many letters to insert, delete or change (commons-text). */
public final class EditDistance {
    private static final LevenshteinDistance UNLIMITED = LevenshteinDistance.getDefaultInstance();

    private EditDistance() {
    }

    public static int between(CharSequence a, CharSequence b) {
        return UNLIMITED.apply(a, b);
    }

    /** The distance, or {@code limit + 1} as soon as it must exceed {@code limit} (long names compare fast). */
    public static int between(CharSequence a, CharSequence b, int limit) {
        int d = new LevenshteinDistance(limit).apply(a, b);
        return d < 0 ? limit + 1 : d;
    }
}
