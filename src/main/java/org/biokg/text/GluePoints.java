package org.biokg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The glue points of a flattened text: where one word runs into the next without a space ({@code trialsIn},
 * {@code 1919Throughout}, {@code (1879–1896)Leon}), a sentence runs into the next ({@code Council.After}), or
 * what a cut-out caption or image left behind. {@link StructureDetector} decides what each one is.
 */
final class GluePoints {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private GluePoints() {
    }

    enum Glue { LOWER_UPPER, DIGIT_UPPER, PAREN_UPPER, PAREN_DIGIT, SENTENCE, COLON, BEFORE_LINK, DATED_PAREN_SPACE, MISSING_STOP }

    record GluePoint(int at, Glue kind) {
    }

    /** The glue points of the text, in order. */
    static List<GluePoint> find(String s) {
        List<GluePoint> out = new ArrayList<>();
        for (int i = 1; i < s.length(); i++) {
            char a = s.charAt(i - 1);
            char b = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            char before = i >= 2 ? s.charAt(i - 2) : ' ';
            if (Character.isLowerCase(a) && Character.isUpperCase(b) && Character.isLowerCase(next) && !camelCaseName(s, i)) {
                out.add(new GluePoint(i, Glue.LOWER_UPPER));
            } else if (Character.isDigit(a) && Character.isUpperCase(b) && (Character.isLowerCase(next) || isApostrophe(next))) {
                out.add(new GluePoint(i, Glue.DIGIT_UPPER));
            } else if (a == ')' && Character.isUpperCase(b)) {
                out.add(new GluePoint(i, Glue.PAREN_UPPER));
            } else if (a == ')' && Character.isDigit(b)) {
                out.add(new GluePoint(i, Glue.PAREN_DIGIT));
            } else if ((a == '.' || a == '!' || a == '?') && Character.isUpperCase(b) && Character.isLetter(next)
                    && wordBeforeEndsSentence(s, i - 1, before)) {
                out.add(new GluePoint(i, Glue.SENTENCE));
            } else if (a == '.' && startsYear(s, i) && (Character.isLowerCase(before) || endsYear(s, i - 1))) {
                out.add(new GluePoint(i, Glue.SENTENCE));
            } else if (a == ':' && Character.isUpperCase(b) && Character.isLowerCase(next)) {
                out.add(new GluePoint(i, Glue.COLON));
            } else if (b == '[' && next == '[' && (a == ')' || Character.isLetterOrDigit(a))) {
                // "Exile (1929–1940)[[Image:...]]": an image glued to a heading ends the heading; inside prose
                // the caption is cut out later and the sentence goes on, so no break here
                out.add(new GluePoint(i, Glue.BEFORE_LINK));
            } else if (a == ' ' && startsCapitalizedPronoun(s, i) && capitalizedWordBefore(s, i - 1)) {
                // "... the October Revolution His son, ...": a caption or citation left without its full stop;
                // a capitalized pronoun inside a sentence begins the next one
                out.add(new GluePoint(i, Glue.MISSING_STOP));
            } else if (a == ' ' && before == ')' && Character.isUpperCase(b) && Character.isLowerCase(next)) {
                // "Exile (1929–1940) He left": what an image cut out of a glued heading leaves behind
                out.add(new GluePoint(i, Glue.DATED_PAREN_SPACE));
            }
        }
        return out;
    }

    private static final Pattern CAPITALIZED_PRONOUN =
            Pattern.compile("(He|She|His|Her|They|Their|Its)\\b");

    /** "His", "She", ... at {@code i}: a personal or possessive pronoun written with a capital. */
    private static boolean startsCapitalizedPronoun(String s, int i) {
        return CAPITALIZED_PRONOUN.matcher(s).region(i, Math.min(s.length(), i + 6)).lookingAt();
    }

    /** The word ending just before {@code end} (a space) is capitalized and is not "I". */
    private static boolean capitalizedWordBefore(String s, int end) {
        int k = end;
        while (k > 0 && Character.isLetter(s.charAt(k - 1))) {
            k--;
        }
        return k < end && Character.isUpperCase(s.charAt(k)) && end - k > 1;
    }

    /** {@code McCarthy}, {@code DeWitt}, {@code iPhone}: a capital inside a name, not a glue point. */
    private static boolean camelCaseName(String s, int i) {
        int ws = i - 1;
        while (ws > 0 && Character.isLetter(s.charAt(ws - 1))) {
            ws--;
        }
        int left = i - ws;
        return left == 1 || (Character.isUpperCase(s.charAt(ws)) && left <= 3);
    }

    /** The period at {@code dot} ends a word of two or more letters, a quotation or a parenthesis, or a number. */
    private static boolean wordBeforeEndsSentence(String s, int dot, char before) {
        if (before == ')' || before == '"' || before == '\u201d' || isApostrophe(before) || Character.isDigit(before)) {
            return true;
        }
        return Character.isLowerCase(before) && dot >= 2 && Character.isLetter(s.charAt(dot - 2));
    }

    private static boolean startsYear(String s, int i) {
        return i + 4 <= s.length() && YEAR.matcher(s.substring(i, i + 4)).matches()
                && (i + 4 == s.length() || !Character.isDigit(s.charAt(i + 4)));
    }

    private static boolean endsYear(String s, int end) {
        return end >= 4 && YEAR.matcher(s.substring(end - 4, end)).matches()
                && (end == 4 || !Character.isDigit(s.charAt(end - 5)));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
