package org.biokg.eval.redocred;

import org.biokg.eval.Score;

import java.util.List;
import java.util.Map;

/**
 * The Re-DocRED scores: per Wikidata property (gold, predicted, true and false positives, duplicates,
 * precision, recall, F1), all properties together, and the misses and false positives for reading.
 */
public record RedocredResult(int documents, Map<String, Score> byProperty, RedocredTotals totals,
                             List<RedocredError> misses, List<RedocredError> falsePositives) {
    public RedocredResult {
        byProperty = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byProperty));
        misses = List.copyOf(misses);
        falsePositives = List.copyOf(falsePositives);
    }

    public Score score(String property) {
        return byProperty.getOrDefault(property, Score.empty(property));
    }
}
