package org.biokg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents of a corpus scored one by one, and what they give together: per relation the counts
 * added over the documents (micro), the overall micro score, and two macro averages, over the measured
 * relations and over the documents.
 *
 * <p>A relation with fewer gold facts than its minimum is <em>unmeasured</em>: its figures are shown but
 * say little (two gold facts give a recall of 0, 0.5 or 1), so it is neither met nor missed and stays out
 * of the macro average over relations.
 */
public final class CorpusResult {
    /** Gold facts a relation needs to be measured; rare relations need fewer (an expulsion is a rare event). */
    static final int MIN_GOLD = 10;
    private static final Map<String, Integer> MIN_GOLD_OF_RARE = Map.of("expelledFrom", 5, "killedBy", 5);

    private final List<DocumentResult> documents;
    private final Map<String, Score> byRelation = new LinkedHashMap<>();
    private final Map<String, DateAccuracy> datesByRelation = new LinkedHashMap<>();
    private Score overall = Score.empty("overall");
    private DateAccuracy dates = DateAccuracy.NONE;

    public CorpusResult(List<DocumentResult> documents) {
        this.documents = List.copyOf(documents);
        for (DocumentResult d : documents) {
            EvalResult r = d.result();
            r.byRelation().forEach((rel, s) -> byRelation.merge(rel, s, (a, b) -> a.plus(b, rel)));
            // EvalResult lists its relations in Relation order; keep that order over all documents
            Map<String, Score> sorted = sortedByRelation(byRelation);
            byRelation.clear();
            byRelation.putAll(sorted);
            r.datesByRelation().forEach((rel, a) -> datesByRelation.merge(rel, a, DateAccuracy::plus));
            overall = overall.plus(r.overall(), "overall");
            dates = dates.plus(r.dates());
        }
    }

    private static Map<String, Score> sortedByRelation(Map<String, Score> scores) {
        Map<String, Score> sorted = new LinkedHashMap<>();
        for (org.biokg.extract.Relation rel : org.biokg.extract.Relation.values()) {
            if (scores.containsKey(rel.id())) {
                sorted.put(rel.id(), scores.get(rel.id()));
            }
        }
        scores.forEach(sorted::putIfAbsent);
        return sorted;
    }

    public List<DocumentResult> documents() {
        return documents;
    }

    /** Per relation, counts added over the documents. */
    public Map<String, Score> byRelation() {
        return byRelation;
    }

    public Score score(String relation) {
        return byRelation.getOrDefault(relation, Score.empty(relation));
    }

    public DateAccuracy dates(String relation) {
        return datesByRelation.getOrDefault(relation, DateAccuracy.NONE);
    }

    /** All relations and documents together (micro). */
    public Score overall() {
        return overall;
    }

    public DateAccuracy dates() {
        return dates;
    }

    public static int minimumGold(String relation) {
        return MIN_GOLD_OF_RARE.getOrDefault(relation, MIN_GOLD);
    }

    /** Whether the corpus holds enough gold facts of the relation for its figures to mean something. */
    public boolean measured(String relation) {
        return score(relation).gold() >= minimumGold(relation);
    }

    /** Precision, recall and F1 averaged over the measured relations. */
    public double[] macroOverRelations() {
        List<Score> scores = new ArrayList<>();
        byRelation.forEach((rel, s) -> {
            if (measured(rel)) {
                scores.add(s);
            }
        });
        return mean(scores);
    }

    /** Precision, recall and F1 averaged over the documents (each document's micro score). */
    public double[] macroOverDocuments() {
        return mean(documents.stream().map(d -> d.result().overall()).toList());
    }

    private static double[] mean(List<Score> scores) {
        if (scores.isEmpty()) {
            return new double[]{0, 0, 0};
        }
        double p = 0, r = 0, f = 0;
        for (Score s : scores) {
            p += s.precision();
            r += s.recall();
            f += s.f1();
        }
        int n = scores.size();
        return new double[]{p / n, r / n, f / n};
    }
}
