package org.biokg.link;

import java.util.Locale;

/**
 * Wikipedia titles as the WikiDict spells them ({@code Ada_Lovelace}, sometimes {@code minister_(government)}
 * with a lower-case first letter, copied from the link as written), and what their spelling tells.
 */
public final class WikiTitle {
    private WikiTitle() {
    }

    /** The title as Wikipedia names the page: underscores for spaces, first letter in upper case. */
    public static String normalise(String raw) {
        String t = raw.strip().replace(' ', '_');
        if (t.isEmpty()) {
            return t;
        }
        int first = t.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(t.substring(Character.charCount(first))).toString();
    }

    /** The title as text: spaces for underscores ({@code Ada Lovelace}). */
    public static String text(String title) {
        return title.replace('_', ' ');
    }

    /** The title's text without a trailing qualifier in parentheses ({@code Georgia (country)} -> {@code Georgia}). */
    public static String base(String title) {
        String t = text(title).strip();
        if (t.endsWith(")")) {
            int open = t.lastIndexOf(" (");
            if (open > 0) {
                return t.substring(0, open).strip();
            }
        }
        return t;
    }

    /**
     * Whether the title cannot be the page of one named thing: a list, a disambiguation page, or a link written
     * in lower case (Wikipedia writers link common nouns that way: {@code secretary}, {@code minister_(government)}).
     */
    static boolean notAnEntityPage(String raw) {
        String t = raw.strip();
        if (t.isEmpty()) {
            return true;
        }
        if (Character.isLowerCase(t.codePointAt(0))) {
            return true;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        return lower.startsWith("list_of_") || lower.startsWith("lists_of_") || lower.endsWith("_(disambiguation)");
    }

    /**
     * Whether the title is a common noun of several words: Wikipedia capitalises every word of a proper name
     * ({@code Labour_Party_(UK)}) but only the first of a concept ({@code Labour_party},
     * {@code Defence_minister}), so "Labour Party" linked to {@code Labour_party} names the kind of
     * organisation, not the organisation.
     */
    static boolean commonNoun(String raw) {
        String[] words = base(raw).split("\\s+");
        if (words.length < 2) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (!w.isEmpty() && !Character.isLowerCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }
}
