package org.biokg.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Keys for comparing names: accents dropped, lower case, possessive and leading "the" removed, punctuation as spaces. */
public final class LabelNormalizer {
    private LabelNormalizer() {
    }

    public static String key(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        s = s.replaceAll("'s\\b", "");
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
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
