package org.biokg.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names compared and written one way everywhere (extraction, linking, scoring): {@link #key} is the form the
 * gold's scoring rules compare, so what the extraction takes for one name is what the scorer does too.
 */
public final class Labels {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    // Both the typewriter and the typographic apostrophe; "'s" only at the end of a word (not "O'shea").
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s(?![\\p{L}\\p{N}])");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");

    private Labels() {
    }

    /**
     * The comparison key: Unicode NFKD with accents dropped, lower case, possessive {@code 's} dropped, other
     * punctuation turned into spaces, spaces collapsed, a leading "the" dropped. "The Lord's Chancellor" and
     * "lord chancellor" have one key.
     */
    public static String key(String label) {
        if (label == null) {
            return "";
        }
        String s = Normalizer.normalize(label, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = NOT_WORD.matcher(s).replaceAll(" ").trim();
        return LEADING_THE.matcher(s).replaceFirst("");
    }

    /**
     * A body's name up to the "of", "on", "for" or "in" after its head word: "International Committee" of
     * "International Committee on Intellectual Cooperation", "Council" of "Council of the Republic"; the whole name
     * when none follows.
     */
    public static String beforeQualifier(String name) {
        return name.replaceFirst(" (?:of|on|for|in) .*$", "");
    }

    /** The label with its first letter in upper case ("head of the army" -> "Head of the army"). */
    public static String capitalizeFirst(String label) {
        if (label.isEmpty()) {
            return label;
        }
        return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    /** Drops a leading article: "the Northern Army" -> "Northern Army". */
    public static String stripArticle(String label) {
        String s = label.strip();
        for (String a : new String[]{"the ", "The ", "a ", "an "}) {
            if (s.startsWith(a)) {
                return s.substring(a.length());
            }
        }
        return s;
    }
}
