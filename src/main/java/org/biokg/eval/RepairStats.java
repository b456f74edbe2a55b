package org.biokg.eval;

import org.biokg.extract.repair.RepairLog;
import org.biokg.nlp.AnnotatedDocument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Per parse repair, what it did on a corpus: the sentences and documents whose parse it changed, and the evidence
 * that names it (a rule matched an edge it added; the TSV rule column {@code rule+repair-id}), with how much of
 * that evidence was right. A repair that changes one sentence of one document is shaped to it; one that changes
 * two documents or more is general enough to keep (or to write as data).
 */
public final class RepairStats {
    /**
     * One repair's figures.
     *
     * @param repair    the repair id, e.g. {@code restore-glued-subjects}
     * @param sentences sentences whose parse it changed (-1: not counted, the parses were not read)
     * @param documents documents whose parse it changed (-1: not counted)
     * @param evidence  pieces of evidence naming it
     * @param right     of those, evidence whose fact the gold holds
     * @param wrong     of those, evidence whose fact the gold does not hold
     */
    public record Row(String repair, int sentences, int documents, int evidence, int right, int wrong) {
    }

    private final Map<String, Acc> by = new LinkedHashMap<>();
    private boolean parsesCounted;
    private boolean scored;

    /** Figures for the repairs {@code ids} (in the order they run), all zero so far. */
    public RepairStats(List<String> ids) {
        ids.forEach(id -> by.put(id, new Acc()));
    }

    /** Counts the sentences of one document the repairs changed (the document read, its parses repaired). */
    public void addParses(String documentId, AnnotatedDocument doc) {
        parsesCounted = true;
        for (int s = 0; s < doc.sentences().size(); s++) {
            RepairLog log = doc.sentence(s).get(RepairLog.Key.class);
            if (log == null) {
                continue;
            }
            for (String id : log.changedBy()) {
                Acc a = acc(id);
                a.sentences.add(documentId + "@" + s);
                a.documents.add(documentId);
            }
        }
    }

    /** Counts the repairs a prediction's rule column names ({@code rule+repair-id+repair-id}). */
    public void addEvidence(Prediction p) {
        for (String id : repairsOf(p.rule())) {
            acc(id).evidence++;
        }
    }

    /** Counts a scored prediction's repairs, right or wrong. */
    public void addEvidence(ScoredPrediction sp) {
        scored = true;
        for (String id : repairsOf(sp.prediction().rule())) {
            Acc a = acc(id);
            a.evidence++;
            switch (sp.outcome()) {
                case TRUE_POSITIVE, DUPLICATE -> a.right++;
                case FALSE_POSITIVE -> a.wrong++;
                default -> { }
            }
        }
    }

    /** The rule alone, without the repairs a rule column names after it: {@code heldOffice/became}. */
    public static String ruleOf(String ruleColumn) {
        int plus = ruleColumn.indexOf('+');
        return plus < 0 ? ruleColumn : ruleColumn.substring(0, plus);
    }

    static List<String> repairsOf(String ruleColumn) {
        String[] parts = ruleColumn.split("\\+");
        return Arrays.asList(parts).subList(1, parts.length);
    }

    public List<Row> rows() {
        List<Row> out = new ArrayList<>();
        by.forEach((id, a) -> out.add(new Row(id, parsesCounted ? a.sentences.size() : -1,
                parsesCounted ? a.documents.size() : -1, a.evidence, a.right, a.wrong)));
        return out;
    }

    /** The table, in the order the repairs run, then how many changed nothing, one document, two or more. */
    public String report() {
        TextTable t = scored ? new TextTable("repair", "sentences", "documents", "evidence", "right", "wrong")
                : new TextTable("repair", "sentences", "documents", "evidence");
        int none = 0;
        int oneDocument = 0;
        int more = 0;
        for (Row r : rows()) {
            none += r.sentences() == 0 ? 1 : 0;
            oneDocument += r.documents() == 1 ? 1 : 0;
            more += r.documents() >= 2 ? 1 : 0;
            List<String> cells = new ArrayList<>(List.of(r.repair(), count(r.sentences()), count(r.documents()),
                    Integer.toString(r.evidence())));
            if (scored) {
                cells.add(Integer.toString(r.right()));
                cells.add(Integer.toString(r.wrong()));
            }
            t.row(cells.toArray(String[]::new));
        }
        if (!parsesCounted) {
            return t.render() + String.format(Locale.ROOT, "%d repairs (sentences and documents changed are counted"
                    + " with --gold only: these results came without their parses)%n", by.size());
        }
        return t.render() + String.format(Locale.ROOT,
                "%d repairs: %d changed no sentence, %d one document only, %d two documents or more%n",
                by.size(), none, oneDocument, more);
    }

    private static String count(int n) {
        return n < 0 ? "-" : Integer.toString(n);
    }

    private Acc acc(String id) {
        return by.computeIfAbsent(id, k -> new Acc());
    }

    private static final class Acc {
        int evidence;
        int right;
        int wrong;
        final Set<String> sentences = new HashSet<>();
        final Set<String> documents = new HashSet<>();
    }
}
