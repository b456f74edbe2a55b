package org.biokg.bench;

import com.google.gson.JsonObject;
import org.biokg.BiokgException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The benchmark: the two CoreNLP anchors, biokg's cold and warm builds, the named queries over HTTP and the
 * scaling runs, each phase run by a {@link PhaseRunner} (in production a fresh JVM per phase). Configured with
 * {@link #builder()}; {@link #run()} returns the {@link BenchReport}.
 */
public final class Benchmark {
    private final Path input;
    private final Path workDir;
    private final PhaseRunner runner;
    private final int runs;
    private final boolean skipKbp;
    private final List<Integer> scaling;
    private final int queryRuns;
    private final int queryWarmup;
    private final String heap;
    private final String kbpHeap;
    private final Consumer<String> log;

    private Benchmark(Builder b) {
        this.input = Objects.requireNonNull(b.input, "input");
        this.workDir = Objects.requireNonNull(b.workDir, "workDir");
        this.runner = Objects.requireNonNull(b.runner, "runner");
        this.runs = b.runs;
        this.skipKbp = b.skipKbp;
        this.scaling = List.copyOf(b.scaling);
        this.queryRuns = b.queryRuns;
        this.queryWarmup = b.queryWarmup;
        this.heap = b.heap;
        this.kbpHeap = b.kbpHeap;
        this.log = b.log;
    }

    public static Builder builder() {
        return new Builder();
    }

    public BenchReport run() {
        JsonObject machine = Machine.describe();
        double loadStart = Machine.loadAverage();
        String in = input.toAbsolutePath().toString();

        // Floor and cold runs alternate, so that both see the same load from whatever else the machine runs.
        List<JsonObject> floors = new ArrayList<>();
        List<JsonObject> colds = new ArrayList<>();
        Path cache = null;
        Path coldStore = null;
        for (int i = 1; i <= runs; i++) {
            floors.add(phase("floor: CoreNLP " + BenchPhase.FLOOR_ANNOTATORS + run(i), heap, "floor", in));
            cache = dir("cache-" + i);
            coldStore = dir("store-cold-" + i);
            colds.add(phase("biokg cold build (fresh caches)" + run(i), heap, "build",
                    cache.toString(), dir("out-cold-" + i).toString(), coldStore.toString(), in));
        }
        JsonObject kbp = skipKbp ? null
                : phase("KBP: CoreNLP " + BenchPhase.KBP_ANNOTATORS + " (slow)", kbpHeap, "kbp", in);

        // warm: the same build again (same caches, exports and store), as a user rebuilding unchanged text does
        List<JsonObject> warms = new ArrayList<>();
        for (int i = 1; i <= runs; i++)
            warms.add(phase("biokg warm build (caches present)" + run(i), heap, "build",
                    cache.toString(), dir("out-cold-" + runs).toString(), coldStore.toString(), in));
        List<JsonObject> recodes = new ArrayList<>();
        for (int i = 1; i <= runs; i++)
            recodes.add(phase("biokg rebuild after a code change (annotation cache only)" + run(i), heap, "build",
                    cache.toString(), dir("out-recode-" + i).toString(), dir("store-recode-" + i).toString(), in,
                    "annotations-only"));

        JsonObject queries = phase("named queries over HTTP, " + queryRuns + " runs each", heap, "queries",
                coldStore.toString(), String.valueOf(queryRuns), String.valueOf(queryWarmup));

        List<BenchReport.ScalePoint> scale = new ArrayList<>();
        for (int x : scaling) {
            Path docs = copies(x);
            JsonObject r = phase("scaling " + x + "x (" + x + " documents, no annotation cache)", heap, "build",
                    "none", dir("out-scale-" + x).toString(), dir("store-scale-" + x).toString(), docs.toString());
            scale.add(new BenchReport.ScalePoint(x, r));
        }
        double loadEnd = Machine.loadAverage();
        machine.addProperty("loadavg_start", loadStart);
        machine.addProperty("loadavg_end", loadEnd);
        return new BenchReport(machine, input.toString(), runs, median(floors), kbp, median(colds), median(warms), median(recodes), queries, scale);
    }

    private String run(int i) {
        return runs > 1 ? " run " + i + "/" + runs : "";
    }

    private JsonObject phase(String what, String jvmHeap, String... args) {
        log.accept("bench: " + what + "...");
        double load0 = Machine.loadAverage();
        long t0 = System.nanoTime();
        JsonObject r = runner.run(jvmHeap, List.of(args));
        double wall = (System.nanoTime() - t0) / 1e9;
        r.addProperty("process_s", wall);
        r.addProperty("loadavg_start", load0);
        r.addProperty("loadavg_end", Machine.loadAverage());
        log.accept(String.format(Locale.ROOT, "bench: %s: done in %.1f s", what, wall));
        return r;
    }

    /** The run whose total is the median (the lower one of the middle two for an even count). */
    static JsonObject median(List<JsonObject> results) {
        List<JsonObject> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparingDouble(o -> o.get("total_s").getAsDouble()));
        JsonObject m = sorted.get((sorted.size() - 1) / 2).deepCopy();
        if (results.size() > 1) {
            com.google.gson.JsonArray all = new com.google.gson.JsonArray();
            results.forEach(r -> all.add(r.get("total_s").getAsDouble()));
            m.add("all_runs_total_s", all);
        }
        return m;
    }

    private Path dir(String name) {
        Path d = workDir.resolve(name);
        try {
            Files.createDirectories(d);
        } catch (IOException e) {
            throw new BiokgException(BiokgException.RUNTIME, "cannot create " + d + ": " + e.getMessage(), e);
        }
        return d;
    }

    /** A folder with {@code x} copies of the input as separate documents (distinct file names, so distinct ids). */
    private Path copies(int x) {
        Path d = dir("scale-" + x + "x");
        String name = input.getFileName().toString();
        String stem = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        try {
            for (int k = 1; k <= x; k++)
                Files.copy(input, d.resolve(stem + "-copy" + k + ".txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new BiokgException(BiokgException.RUNTIME, "cannot copy " + input + " into " + d + ": " + e.getMessage(), e);
        }
        return d;
    }

    public static final class Builder {
        private Path input;
        private Path workDir;
        private PhaseRunner runner;
        private int runs = 1;
        private boolean skipKbp;
        private List<Integer> scaling = List.of(1, 2, 4);
        private int queryRuns = 200;
        private int queryWarmup = 50;
        private String heap = "6g";
        private String kbpHeap = "12g";
        private Consumer<String> log = s -> { };

        /** The biography to measure (a single text file). */
        public Builder input(Path input) {
            this.input = input;
            return this;
        }

        /** Scratch folder for caches, stores, exports, scaling copies and the phases' logs. */
        public Builder workDir(Path workDir) {
            this.workDir = workDir;
            return this;
        }

        public Builder runner(PhaseRunner runner) {
            this.runner = runner;
            return this;
        }

        /** How often the floor, cold and warm builds run (the median counts); KBP always runs once. */
        public Builder runs(int runs) {
            if (runs < 1)
                throw new BiokgException(BiokgException.USAGE, "--runs must be at least 1");
            this.runs = runs;
            return this;
        }

        public Builder skipKbp(boolean skip) {
            this.skipKbp = skip;
            return this;
        }

        /** Input multiples for the scaling runs, e.g. 1, 2, 4; empty for none. */
        public Builder scaling(List<Integer> multiples) {
            for (int x : multiples)
                if (x < 1)
                    throw new BiokgException(BiokgException.USAGE, "--scaling takes positive multiples, not " + x);
            this.scaling = List.copyOf(multiples);
            return this;
        }

        public Builder queryRuns(int runs) {
            if (runs < 1)
                throw new BiokgException(BiokgException.USAGE, "--query-runs must be at least 1");
            this.queryRuns = runs;
            return this;
        }

        /** Untimed rounds of all named queries before the timed runs. */
        public Builder queryWarmup(int runs) {
            this.queryWarmup = Math.max(0, runs);
            return this;
        }

        /** -Xmx of the floor, build and query phases (the launcher's default). */
        public Builder heap(String heap) {
            this.heap = heap;
            return this;
        }

        /** -Xmx of the KBP phase (its constituency parser and coreference need more). */
        public Builder kbpHeap(String heap) {
            this.kbpHeap = heap;
            return this;
        }

        /** Where progress lines go. */
        public Builder log(Consumer<String> log) {
            this.log = log == null ? s -> { } : log;
            return this;
        }

        public Benchmark build() {
            return new Benchmark(this);
        }
    }
}
