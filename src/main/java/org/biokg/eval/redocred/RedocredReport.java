package org.biokg.eval.redocred;

import org.biokg.eval.EvalReport;
import org.biokg.eval.Score;
import org.biokg.eval.TextTable;

import java.util.Locale;

/** Formats a {@link RedocredResult}: a table per Wikidata property and the error lists. */
public final class RedocredReport {
    private RedocredReport() {
    }

    public static String table(RedocredResult r) {
        TextTable t = new TextTable("property", "gold", "pred", "TP", "FP", "dup", "P", "R", "F1");
        for (Score s : r.byProperty().values()) {
            t.row(s.key(), Integer.toString(s.gold()), Integer.toString(s.predicted()),
                    Integer.toString(s.truePositives()), Integer.toString(s.falsePositives()),
                    Integer.toString(s.duplicates()), EvalReport.fmt(s.precision()), EvalReport.fmt(s.recall()),
                    EvalReport.fmt(s.f1()));
        }
        RedocredTotals a = r.totals();
        t.totalRow("overall", Integer.toString(a.gold()), Integer.toString(a.predicted()),
                Integer.toString(a.correct()), Integer.toString(a.falsePositives()), Integer.toString(a.duplicates()),
                EvalReport.fmt(a.precision()), EvalReport.fmt(a.recall()), EvalReport.fmt(a.f1()));
        return t.render() + String.format(Locale.ROOT,
                "%d documents; %d of %d labels matched; %d predictions of relations with no Wikidata property not scored%n",
                r.documents(), a.goldMatched(), a.gold(), a.unaligned());
    }

    public static String errors(RedocredResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Misses (").append(r.misses().size()).append("):\n");
        for (RedocredError e : r.misses()) {
            sb.append("  MISS [").append(e.document()).append("] ").append(e.property())
                    .append('(').append(e.subject()).append(", ").append(e.object()).append(")\n");
            if (e.sentence() != null) {
                sb.append("       ").append(EvalReport.oneLine(e.sentence())).append('\n');
            }
        }
        sb.append("False positives (").append(r.falsePositives().size()).append("):\n");
        for (RedocredError e : r.falsePositives()) {
            sb.append("  FP   [").append(e.document()).append("] ").append(e.relation())
                    .append('(').append(e.subject()).append(", ").append(e.object()).append(") -> ")
                    .append(e.property()).append('\n');
            if (e.sentence() != null) {
                sb.append("       ").append(EvalReport.oneLine(e.sentence())).append('\n');
            }
        }
        return sb.toString();
    }
}
