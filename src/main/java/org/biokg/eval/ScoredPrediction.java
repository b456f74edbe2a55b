package org.biokg.eval;

/**
 * A prediction in scope with the scorer's verdict.
 *
 * @param prediction   the prediction
 * @param outcome      true positive, duplicate, ignored or false positive
 * @param gold         the gold fact it matched (true positive), repeats (duplicate) or names outside the
 *                     scope (ignored); null for a false positive
 * @param datesCorrect for a true positive whose gold fact is dated: whether the dates are right; else null
 * @param sentence     the evidence sentence cut from the document text, or null when no text was given
 */
public record ScoredPrediction(Prediction prediction, Outcome outcome, GoldFact gold, Boolean datesCorrect,
                               String sentence) {
}
