package org.biokg.eval.redocred;

/**
 * All aligned properties together. A prediction can match labels of two properties at once (parentOf
 * matches a P40 label and the child's P22 label), so precision counts predictions and recall counts labels.
 *
 * @param gold           labels (pairs, for symmetric properties) of the aligned properties
 * @param goldMatched    those matched by some prediction
 * @param predicted      predictions of aligned relations
 * @param correct        predictions that matched at least one label
 * @param falsePositives predictions that matched no label
 * @param duplicates     predictions of labels already matched by another
 * @param unaligned      predictions of relations with no Wikidata counterpart (not scored)
 */
public record RedocredTotals(int gold, int goldMatched, int predicted, int correct, int falsePositives,
                             int duplicates, int unaligned) {
    public double precision() {
        return correct + falsePositives == 0 ? 0.0 : (double) correct / (correct + falsePositives);
    }

    public double recall() {
        return gold == 0 ? 0.0 : (double) goldMatched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
