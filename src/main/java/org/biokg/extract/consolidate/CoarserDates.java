package org.biokg.extract.consolidate;

import org.biokg.extract.ExtractionState;
import org.biokg.extract.ExtractionStep;
import org.biokg.extract.FactBook;
import org.biokg.extract.Holding;

import java.util.Set;

/**
 * One birth (death) date per person where the text agrees with itself: "(1923–2012)" and "born 13 October 1923" are
 * one fact at the finer precision ({@link FactBook#mergeCoarserDates}).
 */
public final class CoarserDates implements ExtractionStep {
    @Override
    public String id() {
        return "merge-coarser-dates";
    }

    @Override
    public Set<Holding> needs() {
        return Set.of(Holding.FACTS);
    }

    @Override
    public Set<Holding> provides() {
        return Set.of(Holding.FACTS);
    }

    @Override
    public void apply(ExtractionState state) {
        state.book().mergeCoarserDates();
    }
}
