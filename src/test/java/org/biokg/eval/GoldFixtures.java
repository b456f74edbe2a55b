package org.biokg.eval;

import java.util.List;

/** Test helpers: gold sets and predictions made from gold facts. */
final class GoldFixtures {
    static final String SMALL = "eval/small-gold";

    private GoldFixtures() {
    }

    static GoldSet small() {
        return GoldSet.fromClasspath(SMALL);
    }

    /** A gold fact stated as a prediction, its sentence being the fact's evidence in scope. */
    static Prediction asPrediction(GoldFact g, Scope scope) {
        GoldEvidence ev = g.evidenceIn(scope);
        return new Prediction(g.relation().id(), g.subject(), g.object(), g.start(), g.end(), 1.0, "doc",
                ev.offset(), ev.end(), "gold/" + g.id());
    }

    /** Every gold fact in scope as a prediction. */
    static List<Prediction> perfect(GoldSet gold) {
        return gold.factsInScope().stream().map(g -> asPrediction(g, gold.scope())).toList();
    }

    static GoldFact fact(GoldSet gold, String id) {
        return gold.facts().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    static Prediction pred(GoldSet gold, String id) {
        return asPrediction(fact(gold, id), gold.scope());
    }
}
