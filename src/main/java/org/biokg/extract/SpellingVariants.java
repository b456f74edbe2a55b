package org.biokg.extract;

import org.biokg.text.EditDistance;

/**
 * Whether two spellings of a long surname are one name misspelt or transliterated twice ("Rasmusen" /
 * "Rasmussen", "Belyakovich" / "Beljakovich"): a small edit inside the word, never at its ends, where names
 * mark sex or family ("Petrov" / "Petrova", "Andersen" / "Anderson" stay apart).
 */
final class SpellingVariants {
    /** Shorter names differ in one letter too often to be the same person. */
    private static final int MIN_LENGTH = 7;
    /** Names this long may differ in two letters (a transliterated vowel: "yo" for "e", "ja" for "ya"). */
    private static final int TWO_EDIT_LENGTH = 10;

    private SpellingVariants() {
    }

    static boolean areVariants(String a, String b) {
        if (a.equals(b) || Math.min(a.length(), b.length()) < MIN_LENGTH || a.charAt(0) != b.charAt(0)
                || !a.endsWith(b.substring(b.length() - 2))) {
            return false;
        }
        int allowed = Math.min(a.length(), b.length()) >= TWO_EDIT_LENGTH ? 2 : 1;
        return EditDistance.between(a, b, allowed) <= allowed;
    }
}
