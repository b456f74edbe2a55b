package org.biokg.eval;

/** One corpus document scored: the document and its result against its own gold set. */
public record DocumentResult(GoldDocument document, EvalResult result) {
}
