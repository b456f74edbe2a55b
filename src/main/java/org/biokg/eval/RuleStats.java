package org.biokg.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Per rule, what it read on a corpus: how many facts' evidence it gave, in how many sentences and documents, and,
 * scored against gold, how many of them were right. A rule that fires on one sentence of one document is shaped to
 * that sentence; one that fires nowhere is dead weight ("Read any biography": fold or delete both). A rule's
 * evidence counts under the rule whatever parse repairs it names ({@code heldOffice/became+restore-glued-subjects}
 * is {@code heldOffice/became}'s); {@link RepairStats} counts the repairs.
 */
public final class RuleStats {
    /**
     * One rule's figures.
     *
     * @param rule      the rule id ({@code relation/name}), as the evidence names it
     * @param evidence  pieces of evidence it gave (one per fact and sentence)
     * @param sentences distinct sentences it fired on
     * @param documents distinct documents it fired on
     * @param right     evidence whose fact the gold holds (a true positive or a repeat of one)
     * @param wrong     evidence whose fact the gold does not hold (a false positive)
     */
    public record Row(String rule, int evidence, int sentences, int documents, int right, int wrong) {
        /** right / (right + wrong), or NaN when nothing it gave was scored. */
        public double precision() {
            return right + wrong == 0 ? Double.NaN : (double) right / (right + wrong);
        }
    }

    private final List<Row> rows;
    private final boolean scored;

    private RuleStats(List<Row> rows, boolean scored) {
        this.rows = List.copyOf(rows);
        this.scored = scored;
    }

    /** Figures from scored predictions; every rule of {@code known} gets a row, fired or not. */
    public static RuleStats scored(List<String> known, List<ScoredPrediction> predictions) {
        Map<String, Acc> by = accumulators(known);
        for (ScoredPrediction p : predictions) {
            Acc a = by.computeIfAbsent(RepairStats.ruleOf(p.prediction().rule()), k -> new Acc());
            a.add(p.prediction());
            switch (p.outcome()) {
                case TRUE_POSITIVE, DUPLICATE -> a.right++;
                case FALSE_POSITIVE -> a.wrong++;
                default -> { }
            }
        }
        return new RuleStats(rows(by), true);
    }

    /** Figures from unscored predictions (no gold): where each rule fired. */
    public static RuleStats unscored(List<String> known, List<Prediction> predictions) {
        Map<String, Acc> by = accumulators(known);
        for (Prediction p : predictions) {
            by.computeIfAbsent(RepairStats.ruleOf(p.rule()), k -> new Acc()).add(p);
        }
        return new RuleStats(rows(by), false);
    }

    public List<Row> rows() {
        return rows;
    }

    /** The table, then how many rules fired nowhere, on one sentence only and on one document only. */
    public String report() {
        TextTable t = scored ? new TextTable("rule", "evidence", "sentences", "documents", "right", "wrong", "P")
                : new TextTable("rule", "evidence", "sentences", "documents");
        int none = 0;
        int oneSentence = 0;
        int oneDocument = 0;
        for (Row r : rows) {
            none += r.sentences() == 0 ? 1 : 0;
            oneSentence += r.sentences() == 1 ? 1 : 0;
            oneDocument += r.documents() == 1 ? 1 : 0;
            List<String> cells = new ArrayList<>(List.of(r.rule(), Integer.toString(r.evidence()),
                    Integer.toString(r.sentences()), Integer.toString(r.documents())));
            if (scored) {
                cells.add(Integer.toString(r.right()));
                cells.add(Integer.toString(r.wrong()));
                cells.add(Double.isNaN(r.precision()) ? "-" : String.format(Locale.ROOT, "%.2f", r.precision()));
            }
            t.row(cells.toArray(String[]::new));
        }
        return t.render() + String.format(Locale.ROOT,
                "%d rules: %d fired on no sentence, %d on one sentence only, %d on one document only%n",
                rows.size(), none, oneSentence, oneDocument);
    }

    private static Map<String, Acc> accumulators(List<String> known) {
        Map<String, Acc> by = new LinkedHashMap<>();
        for (String k : known) {
            by.put(k, new Acc());
        }
        return by;
    }

    private static List<Row> rows(Map<String, Acc> by) {
        List<Row> out = new ArrayList<>();
        for (Map.Entry<String, Acc> e : new TreeMap<>(by).entrySet()) {
            Acc a = e.getValue();
            out.add(new Row(e.getKey(), a.evidence, a.sentences.size(), a.documents.size(), a.right, a.wrong));
        }
        return out;
    }

    private static final class Acc {
        int evidence;
        int right;
        int wrong;
        final Set<String> sentences = new HashSet<>();
        final Set<String> documents = new HashSet<>();

        void add(Prediction p) {
            evidence++;
            sentences.add(p.document() + "@" + p.sentenceStart());
            documents.add(p.document());
        }
    }
}
