/**
 * Measures extraction quality. {@link org.biokg.eval.GoldScorer} scores predictions (the lines of
 * {@code biokg facts}, read by {@link org.biokg.eval.PredictionTsv} or made by
 * {@link org.biokg.eval.Predictions}) against a {@link org.biokg.eval.GoldSet} by the rules of the gold
 * folder's README; {@link org.biokg.eval.EvalReport} prints the result. The Re-DocRED benchmark lives in
 * {@code org.biokg.eval.redocred}.
 */
package org.biokg.eval;
