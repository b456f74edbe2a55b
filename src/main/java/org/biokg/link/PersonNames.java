package org.biokg.link;

import java.util.List;

/**
 * Whether one person's name is a fuller form of another: "Roe" in "Ada Roe", "Ada Roe" in "Ada Mary Roe", "A. Roe"
 * in "Ada Roe". Names are given as their words ({@link EntityProfile#words}).
 */
final class PersonNames {
    private PersonNames() {
    }

    /**
     * The same surname last, and any other words of the shorter name in order in the longer one, an initial
     * standing for a word: "A. Roe" is in "Ada Mary Roe", "Mary Ada Roe" is not in "Ada Mary Roe".
     */
    static boolean fuller(List<String> shorter, List<String> longer) {
        if (shorter.size() > longer.size() || shorter.equals(longer)
                || !shorter.get(shorter.size() - 1).equals(longer.get(longer.size() - 1))) {
            return false;
        }
        return subsequence(shorter, longer);
    }

    /** Every word of {@code shorter} in {@code longer}, in order ("ada roe" in "ada mary roe"). */
    static boolean subsequence(List<String> shorter, List<String> longer) {
        int j = 0;
        for (String w : shorter) {
            while (j < longer.size() && !sameWord(w, longer.get(j))) {
                j++;
            }
            if (j == longer.size()) {
                return false;
            }
            j++;
        }
        return true;
    }

    /** "a" (an initial) stands for "ada". */
    private static boolean sameWord(String a, String b) {
        return a.equals(b) || (a.length() == 1 && b.startsWith(a));
    }
}
