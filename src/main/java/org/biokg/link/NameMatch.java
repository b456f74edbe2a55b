package org.biokg.link;

import org.biokg.text.EditDistance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a name can be the name of the page a dictionary links it to. The WikiDict also holds anchors such
 * as a relative's name linking to the famous person's page, or an office linking to the council that fills
 * it. Words are compared up to transliteration ({@code Muller} / {@code Müller}).
 */
final class NameMatch {
    private static final double SIMILAR = 0.7;

    private NameMatch() {
    }

    /** Whether the title shares a word with the name: a person's page bears the person's name. */
    static boolean sharesAWord(String name, String title) {
        List<String> a = words(name);
        List<String> b = words(WikiTitle.base(title));
        for (String x : a) {
            for (String y : b) {
                if (similar(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the title begins with a word of the name: an office's page is titled by its role word
     * ({@code President_of_...} for "Mexican President"), not by the body that fills it.
     */
    static boolean titledByAWordOf(String name, String title) {
        List<String> t = words(WikiTitle.base(title));
        if (t.isEmpty()) {
            return false;
        }
        for (String x : words(name)) {
            if (similar(x, t.get(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two names are spellings of one name, as transliterations and infobox and text differ ("Janowka",
     * "Yanovka"): as many words, seven in ten letters alike, at least five letters. Only where the two can be one
     * thing anyway (two birth places of one person): on its own, a similar name proves nothing.
     */
    static boolean spellingVariants(String a, String b) {
        String x = org.biokg.text.Labels.key(a);
        String y = org.biokg.text.Labels.key(b);
        if (x.equals(y) || x.split(" ").length != y.split(" ").length) {
            return false;
        }
        x = x.replace(" ", "");
        y = y.replace(" ", "");
        return Math.min(x.length(), y.length()) >= 5 && similar(x, y);
    }

    /** Name words of three letters or more, accents dropped, lower case. */
    static List<String> words(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : plain.split("[^\\p{L}]+")) {
            if (w.length() >= 3) {
                out.add(w);
            }
        }
        return out;
    }

    /** Whether two name words are one up to spelling (transliteration, a letter or two). */
    static boolean similar(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        int longer = Math.max(x.length(), y.length());
        if (Math.min(x.length(), y.length()) < 4) {
            return false;
        }
        return 1.0 - (double) EditDistance.between(x, y) / longer >= SIMILAR;
    }
}
