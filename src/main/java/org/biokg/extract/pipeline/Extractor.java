package org.biokg.extract.pipeline;

import org.biokg.Progress;
import org.biokg.extract.EachSentence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.ExtractionState;
import org.biokg.extract.ExtractionStep;
import org.biokg.extract.Holding;
import org.biokg.extract.SentenceStep;
import org.biokg.nlp.AnnotatedDocument;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The extract stage: from an annotated document to facts with evidence, by running an ordered list of steps over
 * one {@link ExtractionState} per document ({@link ExtractionSteps} lists them: mentions, the subject, entities,
 * the rules of each sentence, then what the facts tell together). A list whose step needs what no step before it
 * provides is refused when the extractor is made, not when a document is read.
 */
public final class Extractor {
    private final List<ExtractionStep> steps;

    /**
     * @throws IllegalArgumentException when a step needs what no earlier step provides, two steps share an id, or no
     *                                  step provides the result
     */
    public Extractor(List<ExtractionStep> steps) {
        this.steps = List.copyOf(steps);
        check(this.steps);
    }

    /** An extractor with the rule files shipped in {@code org/biokg/extract/}. */
    public static Extractor withDefaultRules() {
        return new Extractor(ExtractionSteps.defaults());
    }

    public List<ExtractionStep> steps() {
        return steps;
    }

    public ExtractionResult extract(AnnotatedDocument doc) {
        return extract(doc, Progress.NONE);
    }

    public ExtractionResult extract(AnnotatedDocument doc, Progress progress) {
        ExtractionState state = new ExtractionState(doc, progress);
        progress.start("extracting facts", state.sentenceCount());
        for (ExtractionStep step : steps) {
            step.apply(state);
        }
        progress.finish();
        if (state.result() == null) {
            throw new IllegalStateException("extraction step providing " + Holding.RESULT + " set no result");
        }
        return state.result();
    }

    /** Every step's needs met by the steps before it (a sentence step's also by the sentence steps before it). */
    private static void check(List<ExtractionStep> steps) {
        Set<Holding> held = EnumSet.noneOf(Holding.class);
        Set<String> ids = new HashSet<>();
        for (ExtractionStep step : steps) {
            if (step instanceof EachSentence each) {
                requireNewId(ids, each.id());
                Set<Holding> inSentence = EnumSet.copyOf(held);
                for (SentenceStep s : each.steps()) {
                    requireNewId(ids, s.id());
                    requireMet(s.id(), s.needs(), inSentence);
                    inSentence.addAll(s.provides());
                }
            } else {
                requireNewId(ids, step.id());
                requireMet(step.id(), step.needs(), held);
            }
            held.addAll(step.provides());
        }
        if (!held.contains(Holding.RESULT)) {
            throw new IllegalArgumentException("no extraction step provides " + Holding.RESULT);
        }
    }

    private static void requireNewId(Set<String> ids, String id) {
        if (!ids.add(id)) {
            throw new IllegalArgumentException("extraction step '" + id + "' is listed twice");
        }
    }

    private static void requireMet(String id, Set<Holding> needs, Set<Holding> held) {
        Set<Holding> missing = EnumSet.noneOf(Holding.class);
        for (Holding h : needs) {
            if (!held.contains(h)) {
                missing.add(h);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("extraction step '" + id + "' needs " + missing
                    + ", which no step before it provides");
        }
    }
}
