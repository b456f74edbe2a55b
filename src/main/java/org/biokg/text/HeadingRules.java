package org.biokg.text;

import org.biokg.text.StructureDetector.Heading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What reads as a heading: a short fragment that starts with a capital, has no clause punctuation and no word
 * of the heading stop list (pronouns, auxiliary verbs), with an optional year range in parentheses, or a bare
 * year; and the headings on lines of their own. Used by {@link StructureDetector}.
 */
final class HeadingRules {
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "^(.*?)\\s*\\((?:[A-Za-z]+\\s+)?(\\d{4})(?:\\s*[\u2013\u2014-]\\s*(\\d{4}))?\\)$");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    static final Pattern CITATION_START = Pattern.compile("^(?:See (?!also)|Cf\\.|Quoted in |Ibid)");
    private static final int MAX_HEADING_WORDS_WITH_YEARS = 10;
    private static final int MAX_HEADING_WORDS = 8;

    private final WordList stopwords;

    HeadingRules(WordList stopwords) {
        this.stopwords = stopwords;
    }

    /**
     * Headings on lines of their own ("...in 1917.\nExile\nIn 1929 he ..."): a line that reads as a heading and
     * follows a line that ends a sentence (or another heading). A line of a wrapped paragraph follows a line that
     * stops mid-sentence, so it is not taken.
     */
    List<Heading> lineHeadings(String s, List<int[]> wikiHeadings) {
        List<Heading> out = new ArrayList<>();
        int prevEnd = -1;
        boolean prevWasHeading = false;
        for (int start = 0; start < s.length(); ) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl;
            String line = s.substring(start, end).strip();
            boolean heading = false;
            if (start > 0 && !line.isEmpty() && !StructureDetector.insideAny(start, wikiHeadings)
                    && (prevWasHeading || endsSentence(s.substring(Math.max(0, prevEnd - 1), prevEnd)))) {
                Heading h = asHeading(start, end, s.substring(start, end));
                if (h != null && h.title().length() > 1) {
                    out.add(new Heading(h.start(), h.start() + s.substring(start, end).strip().length(), h.title(),
                            h.startYear(), h.endYear()));
                    heading = true;
                }
            }
            if (!line.isEmpty()) {
                prevWasHeading = heading;
                prevEnd = start + s.substring(start, end).stripTrailing().length();
            }
            start = end + 1;
        }
        return out;
    }

    /** The last character of a line that ends a sentence: a stop, a closing quote, parenthesis or note mark. */
    private static boolean endsSentence(String last) {
        return !last.isEmpty() && ".!?\"'\u201d\u2019)]".indexOf(last.charAt(last.length() - 1)) >= 0;
    }

    /** The fragment {@code [start, end)} as a heading, or null when it reads like prose. */
    Heading asHeading(int start, int end, String fragment) {
        String seg = fragment.strip();
        if (seg.isEmpty() || seg.length() > 100) {
            return null;
        }
        int lead = fragment.indexOf(seg);
        int hs = start + lead;
        if (YEAR.matcher(seg).matches()) {
            int y = Integer.parseInt(seg);
            return y >= 1000 && y <= 2999 ? new Heading(hs, end, seg, y, y) : null;
        }
        if (!Character.isUpperCase(seg.charAt(0)) && !Character.isDigit(seg.charAt(0))) {
            return null;
        }
        // "p.76Shortly", "4.2.6Fall": page and section numbers of a citation, not headings
        if (seg.codePoints().noneMatch(Character::isLetter) || CITATION_START.matcher(seg).find()) {
            return null;
        }
        Matcher ym = YEAR_RANGE.matcher(seg);
        String title = seg;
        Integer from = null;
        Integer to = null;
        if (ym.matches()) {
            title = ym.group(1).strip();
            from = Integer.parseInt(ym.group(2));
            to = ym.group(3) != null ? Integer.parseInt(ym.group(3)) : from;
        }
        if (title.isEmpty() || !isTitleLike(title, from != null ? MAX_HEADING_WORDS_WITH_YEARS : MAX_HEADING_WORDS)) {
            return null;
        }
        return new Heading(hs, end, title, from, to);
    }

    private boolean isTitleLike(String title, int maxWords) {
        for (int i = 0; i < title.length(); i++) {
            if (",;:\"[]|=.!?()\u201c\u201d".indexOf(title.charAt(i)) >= 0) {
                return false;
            }
        }
        String[] words = title.split("\\s+");
        if (words.length > maxWords) {
            return false;
        }
        // "He died in 1940" glued to the next sentence: a bare year at the end marks prose
        if (words.length > 1 && YEAR.matcher(words[words.length - 1]).matches()) {
            return false;
        }
        for (String w : words) {
            if (stopwords.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** A wiki heading's text as a heading at {@code [start, end)}, with the years it names if it reads as one. */
    Heading heading(int start, int end, String text) {
        Heading h = asHeading(start, end, text);
        return h != null ? new Heading(start, end, h.title(), h.startYear(), h.endYear())
                : new Heading(start, end, text, null, null);
    }
}
