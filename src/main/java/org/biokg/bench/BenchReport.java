package org.biokg.bench;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's figures: a table with one row per figure for people, and JSON with stable top-level keys
 * (seconds, MB, ms) for comparing runs over time. Built from the phases' raw results.
 */
public final class BenchReport {
    /** Targets of issue 6 (2 cores, 24 GB). */
    static final double TARGET_COLD_FLOOR = 1.5;
    static final double TARGET_COLD_KBP = 0.25;
    static final double TARGET_WARM_COLD = 0.05;
    static final double TARGET_RSS_MB = 4096;
    static final double TARGET_QUERY_P50_MS = 5;

    /** One scaling run: {@code x} copies of the input. */
    public record ScalePoint(int x, JsonObject result) {
    }

    private final JsonObject machine;
    private final String input;
    private final int runs;
    private final JsonObject floor;
    private final JsonObject kbp;
    private final JsonObject cold;
    private final JsonObject warm;
    private final JsonObject recode;
    private final JsonObject queries;
    private final List<ScalePoint> scaling;

    /**
     * kbp may be null (skipped); the others are phase results as {@link BenchPhase} prints them. warm is a build
     * with both caches present, recode one with the annotation cache only (as after a change of biokg's code).
     */
    public BenchReport(JsonObject machine, String input, int runs, JsonObject floor, JsonObject kbp, JsonObject cold,
                       JsonObject warm, JsonObject recode, JsonObject queries, List<ScalePoint> scaling) {
        this.machine = machine;
        this.input = input;
        this.runs = runs;
        this.floor = floor;
        this.kbp = kbp;
        this.cold = cold;
        this.warm = warm;
        this.recode = recode;
        this.queries = queries;
        this.scaling = List.copyOf(scaling);
    }

    public double floorSeconds() {
        return num(floor, "total_s");
    }

    public Double kbpSeconds() {
        return kbp == null ? null : num(kbp, "total_s");
    }

    public double coldSeconds() {
        return num(cold, "total_s");
    }

    public double warmSeconds() {
        return num(warm, "total_s");
    }

    /** The slowest named query by p50, and its p50 and p95 in ms. */
    private Map.Entry<String, JsonObject> slowestQuery() {
        Map.Entry<String, JsonObject> worst = null;
        for (Map.Entry<String, JsonElement> e : queries.getAsJsonObject("queries").entrySet()) {
            JsonObject q = e.getValue().getAsJsonObject();
            if (worst == null || num(q, "p50_ms") > num(worst.getValue(), "p50_ms"))
                worst = Map.entry(e.getKey(), q);
        }
        return worst;
    }

    private double maxQuery(String key) {
        double max = 0;
        for (Map.Entry<String, JsonElement> e : queries.getAsJsonObject("queries").entrySet())
            max = Math.max(max, num(e.getValue().getAsJsonObject(), key));
        return max;
    }

    /** The report as JSON: the top-level keys of issue 6, then the machine and every phase's detail. */
    public JsonObject toJson() {
        JsonObject j = new JsonObject();
        double cold = coldSeconds();
        Double kbpS = kbpSeconds();
        j.add("floor_s", round(floorSeconds()));
        j.add("kbp_s", kbpS == null ? null : round(kbpS));
        j.add("cold_s", round(cold));
        j.add("warm_s", round(warmSeconds()));
        j.add("ratio_cold_floor", round(cold / floorSeconds()));
        j.add("ratio_cold_kbp", kbpS == null ? null : round(cold / kbpS));
        j.add("ratio_warm_cold", round(warmSeconds() / cold));
        j.add("code_change_s", round(num(recode, "total_s")));
        j.add("ratio_code_change_cold", round(num(recode, "total_s") / cold));
        j.add("peak_rss_mb", round(num(this.cold, "peak_rss_mb")));
        j.add("peak_heap_mb", round(num(this.cold, "peak_heap_mb")));
        Map.Entry<String, JsonObject> slowest = slowestQuery();
        j.add("query_p50_ms", round(num(slowest.getValue(), "p50_ms")));
        j.add("query_p95_ms", round(maxQuery("p95_ms")));
        j.add("query_evaluated_p50_ms", round(maxQuery("evaluated_p50_ms")));
        j.addProperty("query_slowest", slowest.getKey());
        j.add("query_http_floor_p50_ms", round(num(queries.getAsJsonObject("http_floor"), "p50_ms")));
        JsonArray sc = new JsonArray();
        for (ScalePoint p : scaling) {
            JsonObject s = new JsonObject();
            s.addProperty("input_x", p.x());
            s.add("cold_s", round(num(p.result(), "total_s")));
            s.add("peak_rss_mb", round(num(p.result(), "peak_rss_mb")));
            s.add("cpu_s", round(num(p.result(), "cpu_s")));
            s.add("s_per_x", round(num(p.result(), "total_s") / p.x()));
            s.add("sentences", p.result().get("sentences"));
            sc.add(s);
        }
        j.add("scaling", sc);
        // CPU seconds are steadier than wall time when other processes share the cores.
        JsonObject cpu = new JsonObject();
        cpu.add("floor_cpu_s", round(num(floor, "cpu_s")));
        cpu.add("kbp_cpu_s", kbp == null ? null : round(num(kbp, "cpu_s")));
        cpu.add("cold_cpu_s", round(num(this.cold, "cpu_s")));
        cpu.add("warm_cpu_s", round(num(warm, "cpu_s")));
        cpu.add("ratio_cold_floor", round(num(this.cold, "cpu_s") / num(floor, "cpu_s")));
        cpu.add("ratio_cold_kbp", kbp == null ? null : round(num(this.cold, "cpu_s") / num(kbp, "cpu_s")));
        cpu.add("ratio_warm_cold", round(num(warm, "cpu_s") / num(this.cold, "cpu_s")));
        j.add("cpu", cpu);
        JsonObject targets = new JsonObject();
        targets.addProperty("ratio_cold_floor_max", TARGET_COLD_FLOOR);
        targets.addProperty("ratio_cold_kbp_max", TARGET_COLD_KBP);
        targets.addProperty("ratio_warm_cold_max", TARGET_WARM_COLD);
        targets.addProperty("peak_rss_mb_max", TARGET_RSS_MB);
        targets.addProperty("query_p50_ms_max", TARGET_QUERY_P50_MS);
        j.add("targets", targets);
        j.addProperty("input", input);
        j.addProperty("runs", runs);
        j.add("machine", machine);
        JsonObject detail = new JsonObject();
        detail.add("floor", rounded(floor));
        detail.add("kbp", kbp == null ? null : rounded(kbp));
        detail.add("cold", rounded(this.cold));
        detail.add("warm", rounded(warm));
        detail.add("code_change", rounded(recode));
        detail.add("queries", rounded(queries));
        JsonArray scaleDetail = new JsonArray();
        for (ScalePoint p : scaling) {
            JsonObject s = rounded(p.result());
            s.addProperty("input_x", p.x());
            scaleDetail.add(s);
        }
        detail.add("scaling", scaleDetail);
        j.add("detail", detail);
        return j;
    }

    public String toJsonString() {
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(toJson()) + "\n";
    }

    /** The table: one row per figure, with the parts it is made of and the target where there is one. */
    public String table() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"figure", "value", "target", "detail"});
        rows.add(new String[]{"floor: CoreNLP " + BenchPhase.FLOOR_ANNOTATORS, secs(floorSeconds()), "",
                anchorDetail(floor)});
        rows.add(kbp == null
                ? new String[]{"KBP: CoreNLP " + BenchPhase.KBP_ANNOTATORS, "skipped", "", "--skip-kbp"}
                : new String[]{"KBP: CoreNLP " + BenchPhase.KBP_ANNOTATORS, secs(kbpSeconds()), "",
                anchorDetail(kbp) + String.format(Locale.ROOT, "; parse.maxlen %d; %d KBP triples",
                        (int) num(kbp, "parse_maxlen"), (int) num(kbp, "kbp_triples"))});
        rows.add(new String[]{"biokg cold build (fresh caches)", secs(coldSeconds()), "", buildDetail(cold)});
        rows.add(new String[]{"biokg warm build (text unchanged, caches present)", secs(warmSeconds()), "", buildDetail(warm)});
        rows.add(new String[]{"biokg rebuild after a code change (annotations cached)", secs(num(recode, "total_s")), "",
                buildDetail(recode)});
        double rf = coldSeconds() / floorSeconds();
        rows.add(new String[]{"ratio cold / floor", ratio(rf), target(rf, TARGET_COLD_FLOOR),
                "cpu time: " + ratio(num(cold, "cpu_s") / num(floor, "cpu_s"))});
        if (kbp != null) {
            double rk = coldSeconds() / kbpSeconds();
            rows.add(new String[]{"ratio cold / KBP", ratio(rk), target(rk, TARGET_COLD_KBP),
                    "cpu time: " + ratio(num(cold, "cpu_s") / num(kbp, "cpu_s"))});
        }
        double rw = warmSeconds() / coldSeconds();
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
        Map.Entry<String, JsonObject> slowest = slowestQuery();
        double p50 = num(slowest.getValue(), "p50_ms");
        rows.add(new String[]{"slowest query p50 / worst p95", ms(p50) + " / " + ms(maxQuery("p95_ms")),
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
                input, machine.has("cpu") ? machine.get("cpu").getAsString() : "?", (int) num(machine, "cores"),
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

    static double num(JsonObject o, String key) {
        JsonElement e = o == null ? null : o.get(key);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()
                ? Double.NaN : e.getAsDouble();
    }

    private static JsonElement round(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d))
            return com.google.gson.JsonNull.INSTANCE;
        return new JsonPrimitive(Math.round(d * 1000) / 1000.0);
    }

    /** A copy with every number rounded to 3 decimals. */
    private static JsonObject rounded(JsonObject o) {
        JsonObject c = new JsonObject();
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            JsonElement v = e.getValue();
            if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()) {
                double d = v.getAsDouble();
                c.add(e.getKey(), d == Math.rint(d) && Math.abs(d) < 1e15 ? new JsonPrimitive((long) d) : round(d));
            } else if (v.isJsonObject()) {
                c.add(e.getKey(), rounded(v.getAsJsonObject()));
            } else {
                c.add(e.getKey(), v);
            }
        }
        return c;
    }
}
