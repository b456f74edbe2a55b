package org.biokg.eval;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Formats a {@link CorpusResult}: a table of documents, a table of relations with their gold counts
 * (micro over the documents, "unmeasured" where the gold is too thin), the macro averages; the error lists
 * of the development documents only; or JSON.
 */
public final class CorpusReport {
    private CorpusReport() {
    }

    public static String table(CorpusResult r) {
        TextTable docs = new TextTable("document", "part", "gold", "pred", "TP", "FP", "P", "R", "F1", "dates");
        for (DocumentResult d : r.documents()) {
            Score s = d.result().overall();
            docs.row(d.document().id(), d.document().part().id(), Integer.toString(s.gold()),
                    Integer.toString(s.predicted()), Integer.toString(s.truePositives()),
                    Integer.toString(s.falsePositives()), EvalReport.fmt(s.precision()), EvalReport.fmt(s.recall()),
                    EvalReport.fmt(s.f1()), dates(d.result().dates()));
        }
        TextTable rels = new TextTable("relation", "gold", "pred", "TP", "FP", "dup", "ign", "P", "R", "F1", "dates", "");
        for (Map.Entry<String, Score> e : r.byRelation().entrySet()) {
            Score s = e.getValue();
            rels.row(e.getKey(), Integer.toString(s.gold()), Integer.toString(s.predicted()),
                    Integer.toString(s.truePositives()), Integer.toString(s.falsePositives()),
                    Integer.toString(s.duplicates()), Integer.toString(s.ignored()), EvalReport.fmt(s.precision()),
                    EvalReport.fmt(s.recall()), EvalReport.fmt(s.f1()), dates(r.dates(e.getKey())),
                    r.measured(e.getKey()) ? "" : "unmeasured (< " + CorpusResult.minimumGold(e.getKey()) + " gold)");
        }
        Score o = r.overall();
        rels.totalRow("micro", Integer.toString(o.gold()), Integer.toString(o.predicted()),
                Integer.toString(o.truePositives()), Integer.toString(o.falsePositives()),
                Integer.toString(o.duplicates()), Integer.toString(o.ignored()), EvalReport.fmt(o.precision()),
                EvalReport.fmt(o.recall()), EvalReport.fmt(o.f1()), dates(r.dates()), "");
        double[] byRel = r.macroOverRelations();
        double[] byDoc = r.macroOverDocuments();
        return docs.render() + "\n" + rels.render()
                + String.format(Locale.ROOT, "macro over measured relations: P %.3f R %.3f F1 %.3f%n", byRel[0], byRel[1], byRel[2])
                + String.format(Locale.ROOT, "macro over %d documents:       P %.3f R %.3f F1 %.3f%n",
                r.documents().size(), byDoc[0], byDoc[1], byDoc[2]);
    }

    /**
     * The error lists of the development documents. The measured part's errors are never shown: reading
     * them is how rules get fitted to it, and then its figures no longer say what a new text gives.
     */
    public static String errors(CorpusResult r) {
        StringBuilder sb = new StringBuilder();
        int withheld = 0;
        for (DocumentResult d : r.documents()) {
            if (d.document().part() == CorpusPart.MEASURED) {
                withheld++;
                continue;
            }
            sb.append("== ").append(d.document().id()).append('\n').append(EvalReport.errors(d.result()));
        }
        if (withheld > 0) {
            sb.append("(the errors of ").append(withheld).append(" measured documents are not shown: that part is only measured)\n");
        }
        return sb.toString();
    }

    public static String json(CorpusResult r, boolean withErrors) {
        JsonObject root = new JsonObject();
        JsonArray docs = new JsonArray();
        for (DocumentResult d : r.documents()) {
            JsonObject o = new JsonObject();
            o.put("document", d.document().id());
            o.put("part", d.document().part().id());
            o.put("overall", EvalReport.scoreJson(d.result().overall(), d.result().dates()));
            if (withErrors && d.document().part() == CorpusPart.DEVELOPMENT) {
                o.put("result", JSON.parse(EvalReport.json(d.result())));
            }
            docs.add(o);
        }
        root.put("documents", docs);
        JsonObject rels = new JsonObject();
        r.byRelation().forEach((rel, s) -> {
            JsonObject o = EvalReport.scoreJson(s, r.dates(rel));
            o.put("measured", r.measured(rel));
            rels.put(rel, o);
        });
        root.put("relations", rels);
        root.put("micro", EvalReport.scoreJson(r.overall(), r.dates()));
        root.put("macroOverRelations", triple(r.macroOverRelations()));
        root.put("macroOverDocuments", triple(r.macroOverDocuments()));
        return JSON.toString(root) + "\n";
    }

    private static JsonObject triple(double[] prf) {
        JsonObject o = new JsonObject();
        o.put("precision", EvalReport.round(prf[0]));
        o.put("recall", EvalReport.round(prf[1]));
        o.put("f1", EvalReport.round(prf[2]));
        return o;
    }

    private static String dates(DateAccuracy d) {
        return d == null || d.checked() == 0 ? "" : d.correct() + "/" + d.checked();
    }

}
