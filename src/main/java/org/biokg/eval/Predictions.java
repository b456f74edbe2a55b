package org.biokg.eval;

import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;

import java.util.ArrayList;
import java.util.List;

/** Turns the extract stage's output into the predictions the scorers read, as {@code biokg facts} prints them. */
public final class Predictions {
    private Predictions() {
    }

    /** One prediction per fact and piece of evidence, in the order of the result's facts. */
    public static List<Prediction> of(ExtractionResult result) {
        List<Prediction> out = new ArrayList<>();
        for (Fact fact : result.facts()) {
            for (Evidence ev : fact.evidence()) {
                out.add(new Prediction(fact.relation().id(), fact.subject().label(), fact.objectLabel(),
                        fact.start() == null ? null : fact.start().iso(),
                        fact.end() == null ? null : fact.end().iso(),
                        ev.confidence(), ev.documentId(),
                        ev.sentence() == null ? 0 : ev.sentence().start(),
                        ev.sentence() == null ? 0 : ev.sentence().end(),
                        ev.ruleWithRepairs()));
            }
        }
        return out;
    }
}
