package org.biokg.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.List;
import java.util.Map;

/**
 * The benchmark's figures: a table with one row per figure for people, and JSON with stable top-level keys
 * (seconds, MB, ms) for comparing runs over time. Built from the phases' raw results; written by
 * {@link BenchTable} and {@link BenchJson}.
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
    Map.Entry<String, JsonObject> slowestQuery() {
        Map.Entry<String, JsonObject> worst = null;
        for (Map.Entry<String, JsonElement> e : queries.getAsJsonObject("queries").entrySet()) {
            JsonObject q = e.getValue().getAsJsonObject();
            if (worst == null || num(q, "p50_ms") > num(worst.getValue(), "p50_ms"))
                worst = Map.entry(e.getKey(), q);
        }
        return worst;
    }

    /** The highest value of a key over the named queries. */
    double maxQuery(String key) {
        double max = 0;
        for (Map.Entry<String, JsonElement> e : queries.getAsJsonObject("queries").entrySet())
            max = Math.max(max, num(e.getValue().getAsJsonObject(), key));
        return max;
    }

    /** The report as JSON: the top-level keys of issue 6, then the machine and every phase's detail. */
    public JsonObject toJson() {
        return new BenchJson(this).toJson();
    }

    public String toJsonString() {
        return new BenchJson(this).toJsonString();
    }

    /** The table: one row per figure, with the parts it is made of and the target where there is one. */
    public String table() {
        return new BenchTable(this).render();
    }

    JsonObject machine() {
        return machine;
    }

    String input() {
        return input;
    }

    int runs() {
        return runs;
    }

    JsonObject floor() {
        return floor;
    }

    /** Null when the KBP phase was skipped. */
    JsonObject kbp() {
        return kbp;
    }

    JsonObject cold() {
        return cold;
    }

    JsonObject warm() {
        return warm;
    }

    JsonObject recode() {
        return recode;
    }

    JsonObject queries() {
        return queries;
    }

    List<ScalePoint> scaling() {
        return scaling;
    }

    static double num(JsonObject o, String key) {
        JsonElement e = o == null ? null : o.get(key);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()
                ? Double.NaN : e.getAsDouble();
    }
}
