package org.biokg.eval;

/**
 * Counts for one relation (or one Wikidata property, or all together) and the measures derived from them.
 * Duplicates and ignored predictions are neither right nor wrong: they count as predicted but not in
 * precision. A measure whose denominator is zero is 0.
 *
 * @param key             the relation id, property id or "overall"
 * @param gold            gold facts in scope
 * @param predicted       predictions in scope (true and false positives, duplicates, ignored)
 * @param truePositives   predictions matched to a gold fact
 * @param falsePositives  predictions matching no gold fact
 * @param duplicates      further predictions of an already matched gold fact
 * @param ignored         predictions of a gold fact stated only outside the scope
 */
public record Score(String key, int gold, int predicted, int truePositives, int falsePositives, int duplicates,
                    int ignored) {

    public static Score empty(String key) {
        return new Score(key, 0, 0, 0, 0, 0, 0);
    }

    /** TP / (TP + FP). */
    public double precision() {
        int d = truePositives + falsePositives;
        return d == 0 ? 0.0 : (double) truePositives / d;
    }

    /** TP / gold. */
    public double recall() {
        return gold == 0 ? 0.0 : (double) truePositives / gold;
    }

    /** The harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** Gold facts not matched. */
    public int misses() {
        return gold - truePositives;
    }

    /** The sum of two scores under a new key (micro-averaging adds counts, not measures). */
    public Score plus(Score o, String newKey) {
        return new Score(newKey, gold + o.gold, predicted + o.predicted, truePositives + o.truePositives,
                falsePositives + o.falsePositives, duplicates + o.duplicates, ignored + o.ignored);
    }
}
