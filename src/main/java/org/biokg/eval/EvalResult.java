package org.biokg.eval;

import java.util.List;
import java.util.Map;

/**
 * What scoring predictions against a gold set gives: the scores per relation and overall, date accuracy,
 * every prediction in scope with its verdict, and the gold facts no prediction matched.
 *
 * @param scope            the gold set's scope
 * @param byRelation       per relation (relations with gold facts or predictions in scope), in the order of
 *                         {@link org.biokg.extract.Relation}
 * @param overall          all relations together (micro: counts added)
 * @param datesByRelation  date accuracy per relation (relations with dated true positives)
 * @param dates            date accuracy over all relations
 * @param scored           every prediction in scope, in input order, with its verdict
 * @param misses           gold facts in scope that no prediction matched, in gold order
 * @param outOfScope       how many predictions were left out because their sentence starts outside the scope
 */
public record EvalResult(Scope scope, Map<String, Score> byRelation, Score overall,
                         Map<String, DateAccuracy> datesByRelation, DateAccuracy dates,
                         List<ScoredPrediction> scored, List<GoldFact> misses, int outOfScope,
                         List<ScoredPrediction> falsePositivesAlsoReadOutside) {
    public EvalResult {
        falsePositivesAlsoReadOutside = List.copyOf(falsePositivesAlsoReadOutside);
        byRelation = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byRelation));
        datesByRelation = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(datesByRelation));
        scored = List.copyOf(scored);
        misses = List.copyOf(misses);
    }

    public Score score(String relation) {
        return byRelation.getOrDefault(relation, Score.empty(relation));
    }

    public DateAccuracy dates(String relation) {
        return datesByRelation.getOrDefault(relation, DateAccuracy.NONE);
    }

    public List<ScoredPrediction> falsePositives() {
        return withOutcome(Outcome.FALSE_POSITIVE);
    }

    public List<ScoredPrediction> truePositives() {
        return withOutcome(Outcome.TRUE_POSITIVE);
    }

    /** True positives whose dates are wrong. */
    public List<ScoredPrediction> dateErrors() {
        return scored.stream().filter(s -> Boolean.FALSE.equals(s.datesCorrect())).toList();
    }

    public List<ScoredPrediction> withOutcome(Outcome outcome) {
        return scored.stream().filter(s -> s.outcome() == outcome).toList();
    }
}
