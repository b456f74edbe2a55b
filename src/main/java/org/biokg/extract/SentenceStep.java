package org.biokg.extract;

import java.util.Set;

/**
 * A step that reads one sentence at a time. The sentence steps run together, sentence by sentence ({@link EachSentence}):
 * what one of them adds for a sentence ("Ann was appointed treasurer", a term) is there for the next ones and for
 * the next sentence ("She was replaced by Bob", which ends that term).
 */
public interface SentenceStep {
    /** A short kebab-case name ("appositive-roles"), unique in the step list. */
    String id();

    Set<Holding> needs();

    Set<Holding> provides();

    /** Reads sentence {@code s}. */
    void apply(ExtractionState state, int s);
}
