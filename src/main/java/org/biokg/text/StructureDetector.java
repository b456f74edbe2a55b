package org.biokg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Second cleaning pass: finds where flattening glued things together and what was glued.
 *
 * <p>A <em>glue point</em> is a place where one word runs into the next without a space: a lower-case
 * letter, a digit or a closing parenthesis directly followed by a capital ({@code trialsIn},
 * {@code 1919Throughout}, {@code (1879–1896)Leon}), or a sentence end directly followed by the next
 * sentence ({@code Council.After}). The fragment between the previous sentence end and a glue point is a
 * <em>heading</em> when it looks like one (short, no clause punctuation, no pronoun or auxiliary verb, an
 * optional year range in parentheses, or a bare year); otherwise the glue point is a sentence boundary.
 * Wiki heading markup ({@code ==Title==}) is a heading too. The first heading that opens the back matter
 * (see {@code back-matter-headings.txt}) ends the prose.
 */
public final class StructureDetector {
    private static final Pattern WIKI_HEADING = Pattern.compile("(={2,6})\\s*([^=]{1,100}?)\\s*\\1");
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "^(.*?)\\s*\\((?:[A-Za-z]+\\s+)?(\\d{4})(?:\\s*[\u2013\u2014-]\\s*(\\d{4}))?\\)$");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern CITATION_START = Pattern.compile("^(?:See (?!also)|Cf\\.|Quoted in |Ibid)");
    private static final int MAX_HEADING_WORDS_WITH_YEARS = 10;
    private static final int MAX_HEADING_WORDS = 8;

    private final WordList stopwords;
    private final WordList backMatter;

    public StructureDetector(WordList stopwords, WordList backMatter) {
        this.stopwords = stopwords;
        this.backMatter = backMatter;
    }

    public static StructureDetector withDefaultLists() {
        return new StructureDetector(WordList.fromResource("org/biokg/text/heading-stopwords.txt"),
                WordList.fromResource("org/biokg/text/back-matter-headings.txt"));
    }

    /** A heading found at {@code [start, end)} of the scanned text. */
    public record Heading(int start, int end, String title, Integer startYear, Integer endYear) {
    }

    /**
     * What the scan found: headings, hard boundaries (nothing can continue across them), soft boundaries
     * (a space is missing; the sentence splitter decides), and where the back matter starts (or -1).
     */
    public record Structure(List<Heading> headings, TreeSet<Integer> hardBreaks, TreeSet<Integer> softBreaks,
                            int backMatterStart) {
    }

    private enum Glue { LOWER_UPPER, DIGIT_UPPER, PAREN_UPPER, PAREN_DIGIT, SENTENCE, COLON, BEFORE_LINK, DATED_PAREN_SPACE, MISSING_STOP }

    private record GluePoint(int at, Glue kind) {
    }

    public Structure detect(String s) {
        List<Heading> headings = new ArrayList<>();
        TreeSet<Integer> hard = new TreeSet<>();
        TreeSet<Integer> soft = new TreeSet<>();
        TreeSet<Integer> segmentStarts = new TreeSet<>();
        segmentStarts.add(0);

        Matcher wm = WIKI_HEADING.matcher(s);
        List<int[]> wikiHeadings = new ArrayList<>();
        while (wm.find()) {
            wikiHeadings.add(new int[]{wm.start(), wm.end()});
            headings.add(heading(wm.start(), wm.end(), wm.group(2).strip()));
            segmentStarts.add(wm.end());
            hard.add(wm.start());
            hard.add(wm.end());
        }
        for (Heading h : lineHeadings(s, wikiHeadings)) {
            headings.add(h);
            segmentStarts.add(h.end());
            hard.add(h.start());
            hard.add(h.end());
        }
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (s.charAt(i + 1) == ' ' || Character.isUpperCase(s.charAt(i + 1))
                    || Character.isDigit(s.charAt(i + 1)))) {
                segmentStarts.add(skipSpaces(s, i + 1));
            }
            if (c == ']' && s.charAt(i + 1) == ']') {
                // the tail of an image caption: nothing continues across it
                hard.add(i + 2);
                segmentStarts.add(skipSpaces(s, i + 2));
            }
        }
        List<GluePoint> glue = gluePoints(s);
        for (GluePoint g : glue) {
            if (g.kind != Glue.BEFORE_LINK && g.kind != Glue.DATED_PAREN_SPACE) {
                // these two only end a heading; they must not shorten the prose before another glue point
                segmentStarts.add(g.at);
            }
        }
        for (GluePoint g : glue) {
            if (insideAny(g.at, wikiHeadings)) {
                continue;
            }
            switch (g.kind) {
                case SENTENCE, COLON -> soft.add(g.at);
                case MISSING_STOP -> hard.add(g.at);
                default -> {
                    Integer segStart = segmentStarts.lower(g.at);
                    String seg = segStart == null ? "" : s.substring(segStart, g.at);
                    boolean citationFollows = CITATION_START.matcher(s.substring(g.at, Math.min(s.length(), g.at + 12))).find();
                    Heading h = citationFollows ? null : asHeading(segStart == null ? 0 : segStart, g.at, seg);
                    if (h != null && g.kind == Glue.DATED_PAREN_SPACE && h.startYear() == null) {
                        h = null;
                    }
                    if (h != null) {
                        headings.add(h);
                        hard.add(h.start());
                        hard.add(h.end());
                    } else if (g.kind != Glue.PAREN_DIGIT && g.kind != Glue.BEFORE_LINK
                            && g.kind != Glue.DATED_PAREN_SPACE) {
                        hard.add(g.at);
                    }
                }
            }
        }
        headings.sort((a, b) -> Integer.compare(a.start(), b.start()));
        int backMatterStart = -1;
        for (Heading h : headings) {
            if (backMatter.contains(h.title())) {
                backMatterStart = h.start();
                break;
            }
        }
        return new Structure(headings, hard, soft, backMatterStart);
    }

    /**
     * Headings on lines of their own ("...in 1917.\nExile\nIn 1929 he ..."): a line that reads as a heading and
     * follows a line that ends a sentence (or another heading). A line of a wrapped paragraph follows a line that
     * stops mid-sentence, so it is not taken.
     */
    private List<Heading> lineHeadings(String s, List<int[]> wikiHeadings) {
        List<Heading> out = new ArrayList<>();
        int prevEnd = -1;
        boolean prevWasHeading = false;
        for (int start = 0; start < s.length(); ) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl;
            String line = s.substring(start, end).strip();
            boolean heading = false;
            if (start > 0 && !line.isEmpty() && !insideAny(start, wikiHeadings)
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

    private static boolean insideAny(int at, List<int[]> ranges) {
        for (int[] r : ranges) {
            if (r[0] < at && at < r[1]) {
                return true;
            }
        }
        return false;
    }

    private List<GluePoint> gluePoints(String s) {
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

    private static final java.util.regex.Pattern CAPITALIZED_PRONOUN =
            java.util.regex.Pattern.compile("(He|She|His|Her|They|Their|Its)\\b");

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

    private Heading heading(int start, int end, String text) {
        Heading h = asHeading(start, end, text);
        return h != null ? new Heading(start, end, h.title(), h.startYear(), h.endYear())
                : new Heading(start, end, text, null, null);
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
