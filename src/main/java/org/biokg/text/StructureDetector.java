package org.biokg.text;

import org.biokg.text.GluePoints.Glue;
import org.biokg.text.GluePoints.GluePoint;

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
 * (see {@code back-matter-headings.txt}) ends the prose. The glue points are {@link GluePoints}, what reads as a
 * heading {@link HeadingRules}.
 */
public final class StructureDetector {
    private static final Pattern WIKI_HEADING = Pattern.compile("(={2,6})\\s*([^=]{1,100}?)\\s*\\1");

    private final HeadingRules headingRules;
    private final WordList backMatter;

    public StructureDetector(WordList stopwords, WordList backMatter) {
        this.headingRules = new HeadingRules(stopwords);
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
            headings.add(headingRules.heading(wm.start(), wm.end(), wm.group(2).strip()));
            segmentStarts.add(wm.end());
            hard.add(wm.start());
            hard.add(wm.end());
        }
        for (Heading h : headingRules.lineHeadings(s, wikiHeadings)) {
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
        List<GluePoint> glue = GluePoints.find(s);
        for (GluePoint g : glue) {
            if (g.kind() != Glue.BEFORE_LINK && g.kind() != Glue.DATED_PAREN_SPACE) {
                // these two only end a heading; they must not shorten the prose before another glue point
                segmentStarts.add(g.at());
            }
        }
        for (GluePoint g : glue) {
            if (insideAny(g.at(), wikiHeadings)) {
                continue;
            }
            switch (g.kind()) {
                case SENTENCE, COLON -> soft.add(g.at());
                case MISSING_STOP -> hard.add(g.at());
                default -> {
                    Integer segStart = segmentStarts.lower(g.at());
                    String seg = segStart == null ? "" : s.substring(segStart, g.at());
                    boolean citationFollows = HeadingRules.CITATION_START.matcher(s.substring(g.at(), Math.min(s.length(), g.at() + 12))).find();
                    Heading h = citationFollows ? null : asHeading(segStart == null ? 0 : segStart, g.at(), seg);
                    if (h != null && g.kind() == Glue.DATED_PAREN_SPACE && h.startYear() == null) {
                        h = null;
                    }
                    if (h != null) {
                        headings.add(h);
                        hard.add(h.start());
                        hard.add(h.end());
                    } else if (g.kind() != Glue.PAREN_DIGIT && g.kind() != Glue.BEFORE_LINK
                            && g.kind() != Glue.DATED_PAREN_SPACE) {
                        hard.add(g.at());
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

    /** The fragment {@code [start, end)} as a heading, or null when it reads like prose (see {@link HeadingRules}). */
    Heading asHeading(int start, int end, String fragment) {
        return headingRules.asHeading(start, end, fragment);
    }

    static boolean insideAny(int at, List<int[]> ranges) {
        for (int[] r : ranges) {
            if (r[0] < at && at < r[1]) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
