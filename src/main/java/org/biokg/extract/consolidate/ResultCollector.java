package org.biokg.extract.consolidate;

import org.biokg.extract.Entity;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.ExtractionState;
import org.biokg.extract.ExtractionStep;
import org.biokg.extract.Fact;
import org.biokg.extract.Holding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The result: the facts, and the entities they use, the biography's subject first. */
public final class ResultCollector implements ExtractionStep {
    @Override
    public String id() {
        return "collect-result";
    }

    @Override
    public Set<Holding> needs() {
        return Set.of(Holding.SUBJECT, Holding.FACTS);
    }

    @Override
    public Set<Holding> provides() {
        return Set.of(Holding.RESULT);
    }

    @Override
    public void apply(ExtractionState state) {
        List<Fact> facts = state.book().facts();
        Set<Entity> used = new LinkedHashSet<>();
        used.add(state.subject());
        for (Fact f : facts) {
            used.add(f.subject());
            if (f.object() != null) {
                used.add(f.object());
            }
            if (f.body() != null) {
                used.add(f.body());
            }
        }
        state.setResult(new ExtractionResult(state.documentId(), state.doc().clean().source().name(), state.subject(),
                new ArrayList<>(used), facts));
    }
}
