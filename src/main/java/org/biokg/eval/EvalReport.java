package org.biokg.eval;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Formats an {@link EvalResult}: an aligned table, the error lists, or JSON. */
public final class EvalReport {
    private static final int SENTENCE_WIDTH = 300;

    private EvalReport() {
    }

    /** The score table: one row per relation, then the overall row and the date accuracy. */
    public static String table(EvalResult r) {
        TextTable t = new TextTable("relation", "gold", "pred", "TP", "FP", "dup", "ign", "P", "R", "F1", "dates");
        for (Score s : r.byRelation().values()) {
            t.row(row(s, r.datesByRelation().get(s.key())));
        }
        t.totalRow(row(r.overall(), r.dates().checked() > 0 ? r.dates() : null));
        String table = t.render() + String.format(Locale.ROOT, "scope %s; %d predictions outside the scope left out; "
                        + "%d misses, %d false positives, %d date errors%n",
                r.scope(), r.outOfScope(), r.misses().size(), r.falsePositives().size(), r.dateErrors().size());
        int alsoOutside = r.falsePositivesAlsoReadOutside().size();
        if (alsoOutside > 0) {
            table += String.format(Locale.ROOT, "%d of the false positives are facts also read outside the scope: if they "
                    + "are true, a gold set of the whole text lists them there and ignores them here (rule 4)%n", alsoOutside);
        }
        return table;
    }

    /** The misses (with their gold evidence), false positives (with their sentences) and date errors. */
    public static String errors(EvalResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Misses (").append(r.misses().size()).append("):\n");
        for (GoldFact g : r.misses()) {
            GoldEvidence ev = g.evidenceIn(r.scope());
            sb.append("  MISS ").append(g.id()).append(' ').append(g).append('\n');
            sb.append("       @").append(ev.offset()).append(": ").append(oneLine(ev.text())).append('\n');
        }
        List<ScoredPrediction> fps = r.falsePositives();
        sb.append("False positives (").append(fps.size()).append("):\n");
        for (ScoredPrediction s : fps) {
            appendPrediction(sb, r.falsePositivesAlsoReadOutside().contains(s) ? "FP* " : "FP  ", s);
        }
        if (!r.falsePositivesAlsoReadOutside().isEmpty()) {
            sb.append("  (FP*: also read outside the scope)\n");
        }
        List<ScoredPrediction> dateErrors = r.dateErrors();
        sb.append("Date errors (").append(dateErrors.size()).append("):\n");
        for (ScoredPrediction s : dateErrors) {
            appendPrediction(sb, "DATE", s);
            sb.append("       gold ").append(s.gold().id()).append(' ').append(s.gold()).append('\n');
        }
        return sb.toString();
    }

    private static void appendPrediction(StringBuilder sb, String tag, ScoredPrediction s) {
        Prediction p = s.prediction();
        sb.append("  ").append(tag).append(' ').append(p);
        if (!p.rule().isEmpty()) {
            sb.append("  {").append(p.rule()).append('}');
        }
        sb.append('\n');
        sb.append("       @").append(p.sentenceStart());
        if (s.sentence() != null) {
            sb.append(": ").append(oneLine(s.sentence()));
        }
        sb.append('\n');
    }

    /** The whole result as JSON: scores, date accuracy, misses, false positives and date errors. */
    public static String json(EvalResult r) {
        JsonObject root = new JsonObject();
        JsonObject scope = new JsonObject();
        scope.put("lo", r.scope().lo());
        scope.put("hi", r.scope().hi());
        root.put("scope", scope);
        root.put("outOfScopePredictions", r.outOfScope());
        JsonObject rel = new JsonObject();
        for (Map.Entry<String, Score> e : r.byRelation().entrySet()) {
            rel.put(e.getKey(), scoreJson(e.getValue(), r.datesByRelation().get(e.getKey())));
        }
        root.put("relations", rel);
        root.put("overall", scoreJson(r.overall(), r.dates()));
        JsonArray misses = new JsonArray();
        for (GoldFact g : r.misses()) {
            JsonObject o = factJson(g.relation().id(), g.subject(), g.object(), g.start(), g.end());
            o.put("id", g.id());
            GoldEvidence ev = g.evidenceIn(r.scope());
            o.put("offset", ev.offset());
            o.put("evidence", ev.text());
            misses.add(o);
        }
        root.put("misses", misses);
        root.put("falsePositives", predictionsJson(r.falsePositives()));
        root.put("falsePositivesAlsoReadOutside", r.falsePositivesAlsoReadOutside().size());
        root.put("dateErrors", predictionsJson(r.dateErrors()));
        return JSON.toString(root) + "\n";
    }

    private static JsonArray predictionsJson(List<ScoredPrediction> list) {
        JsonArray arr = new JsonArray();
        for (ScoredPrediction s : list) {
            Prediction p = s.prediction();
            JsonObject o = factJson(p.relation(), p.subject(), p.object(), p.start(), p.end());
            o.put("confidence", org.apache.jena.atlas.json.JsonNumber.value(p.confidence()));
            o.put("rule", p.rule());
            o.put("document", p.document());
            o.put("sentenceStart", p.sentenceStart());
            o.put("sentenceEnd", p.sentenceEnd());
            if (s.sentence() != null) {
                o.put("sentence", s.sentence());
            }
            if (s.gold() != null) {
                o.put("gold", s.gold().id());
            }
            arr.add(o);
        }
        return arr;
    }

    private static JsonObject factJson(String relation, String subject, String object, String start, String end) {
        JsonObject o = new JsonObject();
        o.put("relation", relation);
        o.put("subject", subject);
        o.put("object", object);
        if (start != null) {
            o.put("start", start);
        }
        if (end != null) {
            o.put("end", end);
        }
        return o;
    }

    static JsonObject scoreJson(Score s, DateAccuracy dates) {
        JsonObject o = new JsonObject();
        o.put("gold", s.gold());
        o.put("predicted", s.predicted());
        o.put("truePositives", s.truePositives());
        o.put("falsePositives", s.falsePositives());
        o.put("duplicates", s.duplicates());
        o.put("ignored", s.ignored());
        o.put("precision", round(s.precision()));
        o.put("recall", round(s.recall()));
        o.put("f1", round(s.f1()));
        if (dates != null) {
            JsonObject d = new JsonObject();
            d.put("checked", dates.checked());
            d.put("correct", dates.correct());
            d.put("accuracy", round(dates.accuracy()));
            o.put("dates", d);
        }
        return o;
    }

    static org.apache.jena.atlas.json.JsonNumber round(double d) {
        return org.apache.jena.atlas.json.JsonNumber.value(Math.round(d * 10000) / 10000.0);
    }

    private static String[] row(Score s, DateAccuracy dates) {
        return new String[]{s.key(), Integer.toString(s.gold()), Integer.toString(s.predicted()),
                Integer.toString(s.truePositives()), Integer.toString(s.falsePositives()),
                Integer.toString(s.duplicates()), Integer.toString(s.ignored()),
                fmt(s.precision()), fmt(s.recall()), fmt(s.f1()),
                dates == null ? "" : dates.correct() + "/" + dates.checked()};
    }

    public static String fmt(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    public static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > SENTENCE_WIDTH ? t.substring(0, SENTENCE_WIDTH) + "..." : t;
    }
}
