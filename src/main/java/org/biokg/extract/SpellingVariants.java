package org.biokg.extract;

/**
 * Whether two spellings of a long surname are one name misspelt or transliterated twice ("Krestinky" /
 * "Krestinsky", "Khrustalev" / "Khrustalyov"): a small edit inside the word, never at its ends, where names
 * mark sex or family ("Petrov" / "Petrova", "Andersen" / "Anderson" stay apart).
 */
final class SpellingVariants {
    /** Shorter names differ in one letter too often to be the same person. */
    private static final int MIN_LENGTH = 7;
    /** Names this long may differ in two letters (a transliterated vowel: "yo" for "e"). */
    private static final int TWO_EDIT_LENGTH = 10;

    private SpellingVariants() {
    }

    static boolean areVariants(String a, String b) {
        if (a.equals(b) || Math.min(a.length(), b.length()) < MIN_LENGTH || a.charAt(0) != b.charAt(0)
                || !a.endsWith(b.substring(b.length() - 2))) {
            return false;
        }
        int allowed = Math.min(a.length(), b.length()) >= TWO_EDIT_LENGTH ? 2 : 1;
        return editDistance(a, b, allowed) <= allowed;
    }

    /** Levenshtein distance, or {@code limit + 1} as soon as it must exceed {@code limit}. */
    private static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
