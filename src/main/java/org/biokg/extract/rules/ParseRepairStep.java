package org.biokg.extract.rules;

import org.biokg.extract.ExtractionState;
import org.biokg.extract.ExtractionStep;
import org.biokg.extract.Holding;

import java.util.Set;

/**
 * The parse repairs ({@link RelationFinder#repair}) on every sentence before any pronoun is resolved: pronoun
 * resolution then reads the same mended parse as the rules, not the parser's raw one (a subject or an apposition a
 * repair restores is there for the resolver's sentence topics and plural antecedents too).
 */
public final class ParseRepairStep implements ExtractionStep {
    private final RelationFinder relationFinder;

    public ParseRepairStep(RelationFinder relationFinder) {
        this.relationFinder = relationFinder;
    }

    @Override
    public String id() {
        return "repair-parses";
    }

    @Override
    public Set<Holding> needs() {
        return Set.of(Holding.MENTIONS);
    }

    @Override
    public Set<Holding> provides() {
        return Set.of(Holding.REPAIRED_PARSES);
    }

    @Override
    public void apply(ExtractionState state) {
        for (int s = 0; s < state.sentenceCount(); s++) {
            relationFinder.repair(state.doc(), s, state.mentions().get(s));
        }
    }
}
