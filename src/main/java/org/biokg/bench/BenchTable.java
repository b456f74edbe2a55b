package org.biokg.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.biokg.bench.BenchReport.ScalePoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.biokg.bench.BenchReport.TARGET_COLD_FLOOR;
import static org.biokg.bench.BenchReport.TARGET_COLD_KBP;
import static org.biokg.bench.BenchReport.TARGET_QUERY_P50_MS;
import static org.biokg.bench.BenchReport.TARGET_RSS_MB;
import static org.biokg.bench.BenchReport.TARGET_WARM_COLD;
import static org.biokg.bench.BenchReport.num;

/**
 * A {@link BenchReport} as a table for people: one row per figure, its value, the target where there is one
 * ("ok" or "MISSED") and the parts it is made of.
 */
final class BenchTable extends BenchView {
    BenchTable(BenchReport report) {
        super(report);
    }

    /** The table: one row per figure, with the parts it is made of and the target where there is one. */
    String render() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"figure", "value", "target", "detail"});
        rows.add(new String[]{"floor: CoreNLP " + BenchPhase.FLOOR_ANNOTATORS, secs(report.floorSeconds()), "",
                anchorDetail(floor)});
        rows.add(kbp == null
                ? new String[]{"KBP: CoreNLP " + BenchPhase.KBP_ANNOTATORS, "skipped", "", "--skip-kbp"}
                : new String[]{"KBP: CoreNLP " + BenchPhase.KBP_ANNOTATORS, secs(report.kbpSeconds()), "",
                anchorDetail(kbp) + String.format(Locale.ROOT, "; parse.maxlen %d; %d KBP triples",
                        (int) num(kbp, "parse_maxlen"), (int) num(kbp, "kbp_triples"))});
        rows.add(new String[]{"biokg cold build (fresh caches)", secs(report.coldSeconds()), "", buildDetail(cold)});
        rows.add(new String[]{"biokg warm build (text unchanged, caches present)", secs(report.warmSeconds()), "", buildDetail(warm)});
        rows.add(new String[]{"biokg rebuild after a code change (annotations cached)", secs(num(recode, "total_s")), "",
                buildDetail(recode)});
        double rf = report.coldSeconds() / report.floorSeconds();
        rows.add(new String[]{"ratio cold / floor", ratio(rf), target(rf, TARGET_COLD_FLOOR),
                "cpu time: " + ratio(num(cold, "cpu_s") / num(floor, "cpu_s"))});
        if (kbp != null) {
            double rk = report.coldSeconds() / report.kbpSeconds();
            rows.add(new String[]{"ratio cold / KBP", ratio(rk), target(rk, TARGET_COLD_KBP),
                    "cpu time: " + ratio(num(cold, "cpu_s") / num(kbp, "cpu_s"))});
        }
        double rw = report.warmSeconds() / report.coldSeconds();
        rows.add(new String[]{"ratio warm / cold", ratio(rw), target(rw, TARGET_WARM_COLD),
                "cpu time: " + ratio(num(warm, "cpu_s") / num(cold, "cpu_s"))});
        double rss = num(cold, "peak_rss_mb");
        rows.add(new String[]{"peak RSS, cold build", mb(rss), target(rss, TARGET_RSS_MB),
                String.format(Locale.ROOT, "heap used at most %s of -Xmx %s; warm build RSS %s",
                        mb(num(cold, "peak_heap_mb")), mb(num(cold, "max_heap_mb")), mb(num(warm, "peak_rss_mb")))});
        rows.add(new String[]{"peak RSS, floor / KBP", mb(num(floor, "peak_rss_mb")) + " / "
                + (kbp == null ? "-" : mb(num(kbp, "peak_rss_mb"))), "",
                "heap used at most " + mb(num(floor, "peak_heap_mb")) + " / " + (kbp == null ? "-" : mb(num(kbp, "peak_heap_mb")))});
        if (queries.has("http_floor")) {
            JsonObject h = queries.getAsJsonObject("http_floor");
            rows.add(new String[]{"HTTP round trip of ASK {} p50 / p95", ms(num(h, "p50_ms")) + " / " + ms(num(h, "p95_ms")), "",
                    "for comparison: the emptiest query"});
        }
        for (Map.Entry<String, JsonElement> e : queries.getAsJsonObject("queries").entrySet()) {
            JsonObject q = e.getValue().getAsJsonObject();
            double p50 = num(q, "p50_ms");
            String evaluated = q.has("evaluated_p50_ms") ? String.format(Locale.ROOT, "; evaluated afresh p50 / p95 %s / %s",
                    ms(num(q, "evaluated_p50_ms")), ms(num(q, "evaluated_p95_ms"))) : "";
            rows.add(new String[]{"query " + e.getKey() + " p50 / p95", ms(p50) + " / " + ms(num(q, "p95_ms")),
                    target(p50, TARGET_QUERY_P50_MS), String.format(Locale.ROOT, "%d runs over HTTP, max %s, %,d bytes%s",
                    (int) num(queries, "runs"), ms(num(q, "max_ms")), (int) num(q, "response_bytes"), evaluated)});
        }
        Map.Entry<String, JsonObject> slowest = report.slowestQuery();
        double p50 = num(slowest.getValue(), "p50_ms");
        rows.add(new String[]{"slowest query p50 / worst p95", ms(p50) + " / " + ms(report.maxQuery("p95_ms")),
                target(p50, TARGET_QUERY_P50_MS), slowest.getKey()});
        double first = scaling.isEmpty() ? Double.NaN : num(scaling.get(0).result(), "total_s") / scaling.get(0).x();
        for (ScalePoint p : scaling) {
            double t = num(p.result(), "total_s");
            rows.add(new String[]{"scaling " + p.x() + "x input", secs(t), "",
                    String.format(Locale.ROOT, "%s per 1x (%.2f of the first); %d sentences; cpu %s; RSS %s",
                            secs(t / p.x()), t / p.x() / first, (int) num(p.result(), "sentences"),
                            secs(num(p.result(), "cpu_s")), mb(num(p.result(), "peak_rss_mb")))});
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "biokg bench: %s on %s, %d cores, %.0f GB (load average %.1f -> %.1f)%n",
                report.input(), machine.has("cpu") ? machine.get("cpu").getAsString() : "?", (int) num(machine, "cores"),
                num(machine, "memory_gb"), num(machine, "loadavg_start"), num(machine, "loadavg_end")));
        int[] w = new int[3];
        for (String[] r : rows)
            for (int i = 0; i < 3; i++)
                w[i] = Math.max(w[i], r[i].length());
        for (String[] r : rows)
            sb.append(String.format(Locale.ROOT, "%-" + w[0] + "s  %" + w[1] + "s  %-" + w[2] + "s  %s", r[0], r[1], r[2], r[3])
                    .stripTrailing()).append('\n');
        return sb.toString();
    }

    private static String anchorDetail(JsonObject a) {
        return String.format(Locale.ROOT, "load %s + annotate %s; cpu %s; %d sentences, %,d tokens",
                secs(num(a, "load_s")), secs(num(a, "annotate_s")), secs(num(a, "cpu_s")),
                (int) num(a, "sentences"), (int) num(a, "tokens"));
    }

    private static String buildDetail(JsonObject b) {
        return String.format(Locale.ROOT, "load %s, annotate %s, text %s, extract %s, facts cache %s, rdf %s, export %s, "
                        + "store %s, other %s; cpu %s", secs(num(b, "load_s")), secs(num(b, "annotate_s")), secs(num(b, "text_s")),
                secs(num(b, "extract_s")), secs(num(b, "facts_cache_s")), secs(num(b, "rdf_s")), secs(num(b, "export_s")),
                secs(num(b, "store_s")), secs(num(b, "read_s")), secs(num(b, "cpu_s")));
    }

    private static String target(double value, double max) {
        return String.format(Locale.ROOT, "<= %s %s", trim(max), value <= max ? "ok" : "MISSED");
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String secs(double s) {
        return String.format(Locale.ROOT, "%.1f s", s);
    }

    private static String ms(double s) {
        return String.format(Locale.ROOT, "%.1f ms", s);
    }

    private static String mb(double s) {
        return String.format(Locale.ROOT, "%,.0f MB", s);
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, "%.3f", r);
    }
}
