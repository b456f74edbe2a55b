package org.biokg.extract.consolidate;

import org.biokg.extract.ExtractionState;
import org.biokg.extract.ExtractionStep;
import org.biokg.extract.Fact;
import org.biokg.extract.FactBook;
import org.biokg.extract.Holding;

import java.util.Set;

/** Drops a fact whose object is its subject ("Ann Roe succeeded Ann Roe"): a misread, never a fact. */
public final class SelfFacts implements ExtractionStep {
    @Override
    public String id() {
        return "drop-self-facts";
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
        FactBook book = state.book();
        for (Fact f : book.facts()) {
            if (f.object() != null && f.object().equals(f.subject())) {
                book.remove(f);
            }
        }
    }
}
