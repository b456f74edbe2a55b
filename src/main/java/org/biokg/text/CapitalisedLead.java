package org.biokg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many plain-text conversions of encyclopedia articles write the subject's name in capitals where the
 * article sets it in bold ("ANN MARIE ROE (4 May 1881 – …) was …"). CoreNLP tags such
 * words as unknown proper nouns or not as a name at all, and the subject is then a different entity from
 * the "Roe" of the rest of the text. The words in capitals of the opening, up to its first verb of
 * being, are written as a name is ("Ann Marie Roe"): one edit per changed letter, so
 * every character keeps its own offset in the original file. Roman numerals ("III") and one-letter words
 * stay as they are.
 */
final class CapitalisedLead {
    /** The opening ends at the first verb of being; a name further on is not in the lead's subject. */
    private static final Pattern LEAD_VERB = Pattern.compile("\\s(?:was|is|were|are)\\s");
    private static final int MAX_LEAD = 400;
    /** A word in capitals: two or more upper-case letters, apostrophes or hyphens inside ("O'NEILL", "AL-WAHHAB"). */
    private static final Pattern CAPS_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{Lu}'’\\-]*\\p{Lu}(?![\\p{L}\\p{N}])");
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    static final String REASON = "name in capitals";

    private CapitalisedLead() {
    }

    /** The edits that give the opening's words in capitals their name case. */
    static List<Edit> edits(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int paragraphEnd = text.indexOf('\n', start);
        int end = Math.min(paragraphEnd < 0 ? text.length() : paragraphEnd, start + MAX_LEAD);
        Matcher verb = LEAD_VERB.matcher(text).region(start, end);
        if (verb.find()) {
            end = verb.start();
        }
        List<Edit> edits = new ArrayList<>();
        Matcher m = CAPS_WORD.matcher(text).region(start, end);
        int words = 0;
        while (m.find()) {
            String word = m.group();
            if (ROMAN.matcher(word).matches() && words > 0) {
                continue;
            }
            words++;
            String written = writtenElsewhere(text, word, end);
            if (written != null) {
                // "ANDREW MCCABE (born 1968)" and "McCabe" after it: the name as the text writes it
                for (int i = 1; i < word.length(); i++) {
                    if (written.charAt(i) != word.charAt(i)) {
                        edits.add(new Edit(m.start() + i, m.start() + i + 1, String.valueOf(written.charAt(i)), REASON));
                    }
                }
                continue;
            }
            for (int i = 1; i < word.length(); i++) {
                char c = word.charAt(i);
                char prev = word.charAt(i - 1);
                // a letter after a hyphen or an apostrophe followed by two letters starts a part of the name
                boolean partStart = prev == '-' || ((prev == '\'' || prev == '’') && i + 1 < word.length()
                        && Character.isLetter(word.charAt(i + 1)));
                if (Character.isLetter(c) && !partStart) {
                    char lower = Character.toLowerCase(c);
                    if (lower != c) {
                        edits.add(new Edit(m.start() + i, m.start() + i + 1, String.valueOf(lower), REASON));
                    }
                }
            }
        }
        return edits;
    }

    /**
     * The word as the text after the opening writes it most often, when that is in mixed case with a capital inside
     * ("McCabe" for "MCCABE"); null when it is written as every name is ("Roe"), or only in capitals. "Mackenzie"
     * written thrice and "MacKenzie" (another man) once: "Mackenzie".
     */
    private static String writtenElsewhere(String text, String word, int from) {
        Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).region(from, text.length());
        java.util.Map<String, Integer> forms = new java.util.LinkedHashMap<>();
        while (m.find()) {
            String w = m.group();
            if (Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                forms.merge(w, 1, Integer::sum);
            }
        }
        String best = forms.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey).orElse(null);
        if (best == null) {
            return null;
        }
        for (int i = 1; i < best.length(); i++) {
            if (Character.isUpperCase(best.charAt(i)) && Character.isLowerCase(best.charAt(i - 1))) {
                return best;
            }
        }
        return null;
    }
}
