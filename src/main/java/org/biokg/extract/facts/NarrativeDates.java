package org.biokg.extract.facts;

import org.biokg.extract.DateMention;
import org.biokg.extract.Evidence;
import org.biokg.extract.Fact;
import org.biokg.extract.ParenthesisDepth;
import org.biokg.extract.Relation;
import org.biokg.extract.TimeValue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.text.Section;
import org.biokg.text.Sentence;
import org.biokg.text.Span;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date the narrative is at when a sentence begins: what dates a fact whose own clause gives no date. It is the
 * last date the few sentences before gave in the same section, else the years of the section's heading, with
 * three limits, so that a date is taken only from where the story is and never from another fact:
 * <ul>
 * <li>a date read as someone's birth date, or a person's life dates in parentheses ("Bob Roe (1820–1890)"),
 * dates only itself: "Ada was born on 1 May 1815. Her sister married Bob Roe" does not date the marriage 1815;</li>
 * <li>a sentence that tells a time by an age ("When Ada was nine, …", {@link AgeClauses}) gets no narrative date,
 * and the narrative's date does not carry over it: the text does not say when that was;</li>
 * <li>a birth or an age the walk back meets ends it, before the heading's years, for the same reason.</li>
 * </ul>
 * A sentence that opens with a time told relative to the narrative's ("After two years, …", "A year later, …")
 * moves the narrative on by that many years ({@link #movedOn}).
 */
final class NarrativeDates {
    /** How many sentences back the narrative's current date is looked for. */
    private static final int CONTEXT_SENTENCES = 5;
    private static final Pattern WHOLE_YEARS = Pattern.compile("P(\\d{1,3})Y");

    private final AnnotatedDocument doc;
    private final List<List<DateMention>> dates;
    private final AgeClauses ages;
    private final List<Span> birthDates = new ArrayList<>();

    NarrativeDates(AnnotatedDocument doc, List<List<DateMention>> dates, AgeClauses ages) {
        this.doc = doc;
        this.dates = dates;
        this.ages = ages;
    }

    /** Notes the birth dates read so far (their spans in the original file), which date nothing else. */
    void noteBirthDates(Collection<Fact> facts) {
        birthDates.clear();
        for (Fact f : facts) {
            if (f.relation() == Relation.BIRTH_DATE) {
                for (Evidence e : f.evidence()) {
                    if (e.sentenceIndex() >= 0 && e.objectSpan() != null) {
                        birthDates.add(e.objectSpan());
                    }
                }
            }
        }
    }

    /** Whether sentence {@code s} tells a time by an age, which the text does not date. */
    boolean toldByAge(int s) {
        return ages.in(doc.tokens(s));
    }

    /** The date the narrative is at when sentence {@code s} begins, or null. */
    DateMention at(int s) {
        List<Sentence> sentences = doc.clean().sentences();
        int section = sentences.get(s).section();
        if (section < 0) {
            return null; // the lead sums up a whole life: its dates date nothing that follows
        }
        for (int k = s - 1; k >= Math.max(0, s - CONTEXT_SENTENCES); k--) {
            if (sentences.get(k).section() != section) {
                break;
            }
            Section sec = doc.clean().sectionOf(sentences.get(k));
            List<DateMention> ds = new ArrayList<>();
            boolean birth = false;
            for (DateMention d : dates.get(k)) {
                if (isBirthDate(d)) {
                    birth = true;
                } else if (withinSection(d, sec) && !lifeDates(d)) {
                    // a year outside the section's heading years is a citation's or an aside's, not the story's
                    ds.add(d);
                }
            }
            if (!ds.isEmpty()) {
                DateMention last = ds.get(ds.size() - 1);
                // after "from 1903 to 1917" the narrative is at 1917
                return last.rangeEnd() == null ? last
                        : new DateMention(last.sentence(), last.begin(), last.end(), last.rangeEnd(), last.timex(), null);
            }
            if (birth || toldByAge(k)) {
                return null;
            }
        }
        // else the years the section's heading gives ("Exile (1929–1940)")
        Section sec = doc.clean().sectionOf(sentences.get(s));
        if (sec != null && sec.startYear() != null) {
            TimeValue y = new TimeValue(String.format(Locale.ROOT, "%04d", sec.startYear()));
            return new DateMention(s, 0, 0, y, "section", null);
        }
        return null;
    }

    /**
     * "After two years, she was arrested", "A year later, …": when sentence {@code s} opens with a time that many
     * whole years after the narrative's and gives no date of its own, that year (a date of the sentence, which the
     * sentences after carry on); else null.
     */
    DateMention movedOn(int s, DateMention context) {
        if (context == null || context.value() == null) {
            return null;
        }
        List<CoreLabel> toks = doc.tokens(s);
        int[] depth = ParenthesisDepth.of(toks);
        for (DateMention d : dates.get(s)) {
            if (d.value() != null && (d.begin() >= depth.length || depth[d.begin()] == 0)) {
                return null; // the sentence dates itself
            }
        }
        int begin;
        String value;
        if (toks.size() > 2 && toks.get(0).word().equalsIgnoreCase("after") && "DURATION".equals(toks.get(1).ner())) {
            // "After two years, …": a duration after "After" opening the sentence
            begin = 1;
            value = normalized(toks.get(1));
        } else if (!toks.isEmpty() && "DATE".equals(toks.get(0).ner()) && normalized(toks.get(0)).startsWith("OFFSET ")
                && normalized(toks.get(0)).length() > 7) {
            // "A year later, …", "Two years later, …"
            begin = 0;
            value = normalized(toks.get(0)).substring(7);
        } else {
            return null;
        }
        Matcher m = WHOLE_YEARS.matcher(value);
        if (!m.matches()) {
            return null;
        }
        int end = begin;
        while (end < toks.size() && toks.get(end).ner().equals(toks.get(begin).ner())) {
            end++;
        }
        if (end >= toks.size() || !toks.get(end).word().equals(",")) {
            return null; // only an opening phrase set off by a comma moves the whole story on
        }
        int year = context.value().year() + Integer.parseInt(m.group(1));
        return new DateMention(s, begin, end, new TimeValue(String.format(Locale.ROOT, "%04d", year)),
                "after " + value, null);
    }

    private static String normalized(CoreLabel t) {
        String v = t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        return v == null ? "" : v;
    }

    /** "Bob Roe (1820–1890)": dates in parentheses right after a person's name are that person's life. */
    private boolean lifeDates(DateMention d) {
        List<CoreLabel> toks = doc.tokens(d.sentence());
        int open = d.begin() - 1;
        while (open >= 0 && !toks.get(open).word().equals("(") && !toks.get(open).word().equals("-LRB-")
                && d.begin() - open <= 3) {
            open--; // "(b. 1906)", "(born 1906)"
        }
        return open > 0 && (toks.get(open).word().equals("(") || toks.get(open).word().equals("-LRB-"))
                && "PERSON".equals(toks.get(open - 1).ner());
    }

    private boolean isBirthDate(DateMention d) {
        if (d.end() <= d.begin()) {
            return false;
        }
        Span span = doc.originalSpan(d.sentence(), d.begin(), d.end());
        for (Span b : birthDates) {
            if (b.start() < span.end() && span.start() < b.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean withinSection(DateMention d, Section sec) {
        if (sec == null || sec.startYear() == null || sec.endYear() == null || d.value() == null) {
            return true;
        }
        int y = d.value().year();
        return y >= sec.startYear() && y <= sec.endYear();
    }
}
