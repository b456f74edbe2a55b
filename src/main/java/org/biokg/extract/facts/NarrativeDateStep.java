package org.biokg.extract.facts;

import org.biokg.extract.DateMention;
import org.biokg.extract.ExtractionState;
import org.biokg.extract.Holding;
import org.biokg.extract.SentenceStep;

import java.util.Set;

/**
 * The time the narrative is at when a sentence begins ({@link NarrativeDates}), for the fact steps after it to date
 * a fact whose clause gives no date. Runs first on each sentence: the birth dates read so far date nothing else.
 */
public final class NarrativeDateStep implements SentenceStep {
    private final AgeClauses ageClauses = AgeClauses.defaults();

    @Override
    public String id() {
        return "narrative-date";
    }

    @Override
    public Set<Holding> needs() {
        return Set.of(Holding.DATES, Holding.FACTS);
    }

    @Override
    public Set<Holding> provides() {
        return Set.of(Holding.NARRATIVE_DATE);
    }

    @Override
    public void apply(ExtractionState state, int s) {
        NarrativeDates narrative = state.work(this, () -> new NarrativeDates(state.doc(), state.dates(), ageClauses));
        narrative.noteBirthDates(state.book().facts());
        DateMention context = narrative.at(s);
        DateMention moved = narrative.movedOn(s, context);
        if (moved != null) {
            state.dates().get(s).add(moved); // "After two years, …": a date of this sentence, and of the story from here
            context = moved;
        }
        if (narrative.toldByAge(s)) {
            context = null; // "When Ada was nine, …": a time the text does not date
        }
        state.setNarrativeDate(context);
    }
}
