package org.biokg.extract.mention;

import org.biokg.extract.DateMention;
import org.biokg.extract.ExtractionState;
import org.biokg.extract.ExtractionStep;
import org.biokg.extract.Holding;
import org.biokg.extract.Lexicon;
import org.biokg.extract.ParenthesisDepth;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.text.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The dates of every sentence ({@link DateFinder}), a date without a year completed with the year the story is in
 * ("in 1917 … on October 8"), and apart the times told relative to another ("ten years later"). A citation's date
 * is no time of the story.
 */
public final class SentenceDates implements ExtractionStep {
    private final DateFinder dateFinder = new DateFinder();
    private final Lexicon lexicon;

    public SentenceDates(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String id() {
        return "find-dates";
    }

    @Override
    public Set<Holding> needs() {
        return Set.of();
    }

    @Override
    public Set<Holding> provides() {
        return Set.of(Holding.DATES);
    }

    @Override
    public void apply(ExtractionState state) {
        AnnotatedDocument doc = state.doc();
        int n = state.sentenceCount();
        List<List<DateMention>> dates = new ArrayList<>(n);
        // "ten years later": a time told relative to one the sentence does not give
        List<List<DateMention>> relativeDates = new ArrayList<>(n);
        Integer lastYear = null;
        for (int s = 0; s < n; s++) {
            List<DateMention> ds = new ArrayList<>();
            Section section = doc.clean().sectionOf(doc.clean().sentences().get(s));
            int[] depth = ParenthesisDepth.of(doc.tokens(s));
            List<DateMention> relative = new ArrayList<>();
            relativeDates.add(relative);
            // a citation ("Review, Summer 1980, retrieved on 2007-07-29") gives when a source was written or read,
            // not a time of the story
            boolean citation = doc.tokens(s).stream().anyMatch(t -> lexicon.isCitationDateCue(t.word()));
            for (DateMention d : dateFinder.dates(doc, s)) {
                if (citation) {
                    continue;
                }
                if (d.value() == null && d.timex() != null && d.timex().startsWith("OFFSET")) {
                    relative.add(d);
                    continue;
                }
                if (d.value() != null) {
                    ds.add(d);
                    if (d.begin() >= depth.length || depth[d.begin()] == 0) {
                        // an aside ("(quoted in a book of 1934)") does not move the story's year
                        lastYear = d.value().year();
                    }
                    continue;
                }
                // "on October 8": the year the text last gave, else the section's
                Integer year = lastYear != null ? lastYear : section != null ? section.startYear() : null;
                if (year != null && section != null && section.startYear() != null && section.endYear() != null) {
                    // a heading's years bound its story: a year last given by a citation ("Gazette, May 6, 1938")
                    // does not carry "on 8 November" out of a section headed "(1850–1855)"
                    year = Math.max(section.startYear(), Math.min(section.endYear(), year));
                }
                var parsed = DateValues.parse(d.timex()).orElse(null);
                // a day completes ("on October 8"); a bare month only after a preposition ("in late September"):
                // a month name is too often part of a name ("the March Days")
                if (year != null && parsed != null && parsed.monthDay() != null
                        && (parsed.monthDay().length() == 5 || parsed.monthDay().length() == 2 && afterPreposition(doc, d))) {
                    ds.add(new DateMention(s, d.begin(), d.end(), parsed.withYear(year), d.timex(), null));
                }
            }
            dates.add(ds);
        }
        state.setDates(dates, relativeDates);
    }

    /** Whether a date mention follows a preposition ("in", "by", "until"), perhaps with a modifier ("in early"). */
    private static boolean afterPreposition(AnnotatedDocument doc, DateMention d) {
        var toks = doc.tokens(d.sentence());
        int k = d.begin() - 1;
        while (k >= 0 && Set.of("early", "late", "mid").contains(toks.get(k).word().toLowerCase(Locale.ROOT))) {
            k--;
        }
        return k >= 0 && toks.get(k).tag().equals("IN");
    }
}
