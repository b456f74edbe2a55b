package org.biokg.bench;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.biokg.bench.BenchReport.ScalePoint;

import java.util.List;
import java.util.Map;

import static org.biokg.bench.BenchReport.TARGET_COLD_FLOOR;
import static org.biokg.bench.BenchReport.TARGET_COLD_KBP;
import static org.biokg.bench.BenchReport.TARGET_QUERY_P50_MS;
import static org.biokg.bench.BenchReport.TARGET_RSS_MB;
import static org.biokg.bench.BenchReport.TARGET_WARM_COLD;
import static org.biokg.bench.BenchReport.num;

/**
 * A {@link BenchReport} as JSON: the top-level keys of issue 6 (seconds, MB, ms, ratios), CPU seconds beside
 * them, the targets, then the machine and every phase's detail, numbers rounded to 3 decimals.
 */
final class BenchJson extends BenchView {
    BenchJson(BenchReport report) {
        super(report);
    }

    /** The report as JSON: the top-level keys of issue 6, then the machine and every phase's detail. */
    JsonObject toJson() {
        JsonObject j = new JsonObject();
        double cold = report.coldSeconds();
        Double kbpS = report.kbpSeconds();
        j.add("floor_s", round(report.floorSeconds()));
        j.add("kbp_s", kbpS == null ? null : round(kbpS));
        j.add("cold_s", round(cold));
        j.add("warm_s", round(report.warmSeconds()));
        j.add("ratio_cold_floor", round(cold / report.floorSeconds()));
        j.add("ratio_cold_kbp", kbpS == null ? null : round(cold / kbpS));
        j.add("ratio_warm_cold", round(report.warmSeconds() / cold));
        j.add("code_change_s", round(num(recode, "total_s")));
        j.add("ratio_code_change_cold", round(num(recode, "total_s") / cold));
        j.add("peak_rss_mb", round(num(this.cold, "peak_rss_mb")));
        j.add("peak_heap_mb", round(num(this.cold, "peak_heap_mb")));
        Map.Entry<String, JsonObject> slowest = report.slowestQuery();
        j.add("query_p50_ms", round(num(slowest.getValue(), "p50_ms")));
        j.add("query_p95_ms", round(report.maxQuery("p95_ms")));
        j.add("query_evaluated_p50_ms", round(report.maxQuery("evaluated_p50_ms")));
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
        j.addProperty("input", report.input());
        j.addProperty("runs", report.runs());
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

    String toJsonString() {
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(toJson()) + "\n";
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
