package org.biokg.cli;

import com.google.gson.JsonObject;
import org.biokg.BiokgException;
import org.biokg.bench.PhaseRunner;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code biokg bench --corpus INPUT}: the corpus build on 1 and 2 threads, each in a JVM of its own, and what
 * the figures project for larger corpora. The figures are printed, not checked: a benchmark, not a test.
 */
final class CorpusBench {
    /** The whole corpus of ../shared/corpus: documents and characters (its README). */
    static final long CORPUS_DOCUMENTS = 1_381;
    static final long CORPUS_CHARACTERS = 37_600_000L;
    /** English Wikipedia's biographies, about. */
    static final long WIKIPEDIA_BIOGRAPHIES = 1_500_000;

    private CorpusBench() {
    }

    static int run(Path corpus, String heap, Path workDir, Function<Path, PhaseRunner> runners, PrintWriter out, PrintWriter err) {
        if (!Files.exists(corpus)) {
            throw BiokgException.badInput(corpus + ": no such file or folder");
        }
        Path work;
        try {
            work = workDir == null ? Files.createTempDirectory("biokg-bench-corpus-") : Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new BiokgException(BiokgException.RUNTIME, "cannot create the work folder: " + e.getMessage(), e);
        }
        PhaseRunner runner = runners.apply(work.resolve("logs"));
        List<JsonObject> phases = new ArrayList<>();
        for (int threads : new int[]{1, 2}) {
            err.printf(Locale.ROOT, "bench: corpus build of %s on %d thread%s (caches off)...%n", corpus, threads, threads == 1 ? "" : "s");
            err.flush();
            phases.add(runner.run(heap, List.of("corpus", corpus.toAbsolutePath().toString(), String.valueOf(threads),
                    work.resolve("store-" + threads).toString())));
        }
        out.print(table(phases));
        out.flush();
        return 0;
    }

    static String table(List<JsonObject> phases) {
        StringBuilder sb = new StringBuilder();
        JsonObject one = phases.get(0);
        int docs = one.get("documents").getAsInt();
        long chars = one.get("characters").getAsLong();
        sb.append(String.format(Locale.ROOT, "corpus: %d documents, %,d characters (%d failed)%n", docs, chars, one.get("failed").getAsInt()));
        sb.append(String.format(Locale.ROOT, "%-8s %9s %9s %13s %15s %9s %9s %9s %12s%n", "threads", "models s", "read s",
                "docs/min/core", "chars/min/core", "graph s", "store s", "triples/s", "peak RSS MB"));
        for (JsonObject p : phases) {
            int t = p.get("threads").getAsInt();
            double read = p.get("read_s").getAsDouble();
            sb.append(String.format(Locale.ROOT, "%-8d %9.1f %9.1f %13.1f %,15.0f %9.1f %9.1f %,9.0f %12.0f%n", t,
                    p.get("load_models_s").getAsDouble(), read, docs / (read / 60) / t, chars / (read / 60) / t,
                    p.get("graph_s").getAsDouble(), p.get("store_s").getAsDouble(),
                    p.get("triples").getAsLong() / Math.max(1e-9, p.get("store_s").getAsDouble()), p.get("peak_rss_mb").getAsDouble()));
        }
        if (phases.size() >= 2) {
            double t1 = phases.get(0).get("read_s").getAsDouble();
            double t2 = phases.get(1).get("read_s").getAsDouble();
            sb.append(String.format(Locale.ROOT, "scaling: 2 threads read in %.2f x (T1 / 2) (1.00 = linear; target <= 1.30)%n",
                    t2 / (t1 / 2)));
            double charsPerCoreHour = chars / (t2 / 3600) / 2;
            double avgChars = CORPUS_CHARACTERS / (double) CORPUS_DOCUMENTS;
            sb.append(String.format(Locale.ROOT, "projection at %,.0f characters per core-hour (the 2-thread rate):%n", charsPerCoreHour));
            sb.append(String.format(Locale.ROOT, "  %,d biographies (%,d characters): %,.1f core-hours, %.1f hours on 2 cores, %.1f hours on 32%n",
                    CORPUS_DOCUMENTS, CORPUS_CHARACTERS, CORPUS_CHARACTERS / charsPerCoreHour,
                    CORPUS_CHARACTERS / charsPerCoreHour / 2, CORPUS_CHARACTERS / charsPerCoreHour / 32));
            double big = WIKIPEDIA_BIOGRAPHIES * avgChars;
            sb.append(String.format(Locale.ROOT, "  %,d biographies (at this corpus's %,.0f characters each): %,.0f core-hours, "
                            + "%.0f hours on 100 cores, %.0f hours on 1,000%n", WIKIPEDIA_BIOGRAPHIES, avgChars,
                    big / charsPerCoreHour, big / charsPerCoreHour / 100, big / charsPerCoreHour / 1000));
        }
        return sb.toString();
    }
}
