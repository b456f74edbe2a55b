package org.biokg.extract;

import java.util.Set;

/**
 * One step of the extract stage, like a CoreNLP annotator: it reads what earlier steps put into the
 * {@link ExtractionState} and adds its own. Steps run in a fixed order, each once per document.
 */
public interface ExtractionStep {
    /** A short kebab-case name ("resolve-mentions"), unique in the step list. */
    String id();

    /** What must be in the state before this step runs. */
    Set<Holding> needs();

    /** What the state holds after it ran. */
    Set<Holding> provides();

    void apply(ExtractionState state);
}
