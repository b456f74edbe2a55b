package org.biokg.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Puts an entity label in the form the gold scoring rules compare: Unicode NFKD with accents dropped, lower
 * case, possessive {@code 's} dropped, other punctuation turned into spaces, spaces collapsed, a leading
 * {@code the} dropped. "The Lord's Chancellor" and "lord chancellor" normalise alike.
 */
public final class LabelNormaliser {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    // Both the typewriter and the typographic apostrophe; "'s" only at the end of a word (not "O'shea").
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s(?![\\p{L}\\p{N}])");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");

    private LabelNormaliser() {
    }

    public static String normalise(String label) {
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
}
