package org.biokg.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Runs its sentence steps over each sentence in turn: all of them on the first sentence, then on the second, …. */
public final class EachSentence implements ExtractionStep {
    private final String id;
    private final List<SentenceStep> steps;

    public EachSentence(String id, List<SentenceStep> steps) {
        this.id = id;
        this.steps = List.copyOf(steps);
    }

    public List<SentenceStep> steps() {
        return steps;
    }

    @Override
    public String id() {
        return id;
    }

    /** What its steps need that an earlier one of them does not provide. */
    @Override
    public Set<Holding> needs() {
        Set<Holding> needs = EnumSet.noneOf(Holding.class);
        Set<Holding> provided = EnumSet.noneOf(Holding.class);
        for (SentenceStep step : steps) {
            for (Holding h : step.needs()) {
                if (!provided.contains(h)) {
                    needs.add(h);
                }
            }
            provided.addAll(step.provides());
        }
        return needs;
    }

    @Override
    public Set<Holding> provides() {
        Set<Holding> provided = EnumSet.noneOf(Holding.class);
        steps.forEach(step -> provided.addAll(step.provides()));
        return provided;
    }

    @Override
    public void apply(ExtractionState state) {
        for (int s = 0; s < state.sentenceCount(); s++) {
            for (SentenceStep step : steps) {
                step.apply(state, s);
            }
            state.progress().update(s + 1);
        }
    }
}
