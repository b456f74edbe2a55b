package org.biokg.eval;

/** What the gold scorer made of one prediction in scope. */
public enum Outcome {
    /** Matched a gold fact in scope, the first prediction to do so. */
    TRUE_POSITIVE,
    /** Names a gold fact in scope that another prediction already matched: neither right nor wrong. */
    DUPLICATE,
    /** Names only gold facts stated outside the scope: not counted. */
    IGNORED,
    /** Matches no gold fact. */
    FALSE_POSITIVE
}
