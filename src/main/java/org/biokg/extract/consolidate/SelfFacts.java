package org.biokg.extract.consolidate;

import org.biokg.extract.ExtractionState;
import org.biokg.extract.ExtractionStep;
import org.biokg.extract.Fact;
import org.biokg.extract.FactBook;
import org.biokg.extract.Holding;
import org.biokg.extract.Relation;

import java.util.Set;

/**
 * Drops a fact whose object is its subject ("Ann Roe succeeded Ann Roe"), or a post named after its own holder
 * ("Bob Roe, her deputy" read as Bob holding "Deputy to Bob Roe"): a misread, never a fact.
 */
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
            if (f.object() != null && (f.object().equals(f.subject()) || namesItsHolder(f))) {
                book.remove(f);
            }
        }
    }

    private static boolean namesItsHolder(Fact f) {
        String office = f.object().label();
        String holder = f.subject().label();
        return f.relation() == Relation.HELD_OFFICE && (office.endsWith(" to " + holder) || office.endsWith(" of " + holder));
    }
}
