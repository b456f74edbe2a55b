package org.biokg.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark's orchestration and report over made-up phase results (no CoreNLP, no child JVM). */
class BenchReportTest {
    @TempDir
    Path tmp;

    private Path biography() throws IOException {
        Path f = tmp.resolve("ada-lovelace.txt");
        Files.writeString(f, "Ada Lovelace was born in London in 1815. She worked with Charles Babbage.\n");
        return f;
    }

    private BenchReport run(FakePhases fake, boolean skipKbp, int runs) throws IOException {
        List<String> log = new ArrayList<>();
        BenchReport r = Benchmark.builder().input(biography()).workDir(tmp.resolve("work")).runner(fake)
                .skipKbp(skipKbp).runs(runs).scaling(List.of(1, 2, 4)).queryRuns(200).log(log::add).build().run();
        assertTrue(log.stream().anyMatch(l -> l.contains("floor")), log.toString());
        return r;
    }

    @Test
    void jsonHasTheTopLevelKeysWithTheRatiosOfTheFigures() throws IOException {
        JsonObject j = JsonParser.parseString(run(new FakePhases(), false, 1).toJsonString()).getAsJsonObject();
        for (String key : List.of("floor_s", "kbp_s", "cold_s", "warm_s", "ratio_cold_floor", "ratio_cold_kbp",
                "ratio_warm_cold", "peak_rss_mb", "query_p50_ms", "query_p95_ms", "scaling"))
            assertTrue(j.has(key), key + " missing in " + j);
        assertEquals(100.0, j.get("floor_s").getAsDouble());
        assertEquals(800.0, j.get("kbp_s").getAsDouble());
        assertEquals(114.0, j.get("cold_s").getAsDouble());
        assertEquals(4.0, j.get("warm_s").getAsDouble());
        assertEquals(1.14, j.get("ratio_cold_floor").getAsDouble());
        assertEquals(0.143, j.get("ratio_cold_kbp").getAsDouble());
        assertEquals(0.035, j.get("ratio_warm_cold").getAsDouble());
        assertEquals(10.0, j.get("code_change_s").getAsDouble());
        assertEquals(2600.0, j.get("peak_rss_mb").getAsDouble());
        // The slowest query by p50 is timeline; the worst p95 is family's.
        assertEquals(2.5, j.get("query_p50_ms").getAsDouble());
        assertEquals(9.0, j.get("query_p95_ms").getAsDouble());
        assertEquals("timeline", j.get("query_slowest").getAsString());
        assertEquals(0.8, j.get("query_http_floor_p50_ms").getAsDouble());
        JsonArray scaling = j.getAsJsonArray("scaling");
        assertEquals(3, scaling.size());
        int[] xs = {1, 2, 4};
        double[] cold = {114, 208, 396};
        for (int i = 0; i < 3; i++) {
            JsonObject p = scaling.get(i).getAsJsonObject();
            assertEquals(xs[i], p.get("input_x").getAsInt());
            assertEquals(cold[i], p.get("cold_s").getAsDouble());
            assertTrue(p.has("peak_rss_mb"));
        }
        JsonObject detail = j.getAsJsonObject("detail");
        for (String part : List.of("load_s", "annotate_s", "extract_s", "rdf_s", "store_s", "total_s"))
            assertTrue(detail.getAsJsonObject("cold").has(part), part);
        assertTrue(detail.getAsJsonObject("queries").getAsJsonObject("queries").has("allies"));
        assertTrue(j.getAsJsonObject("machine").has("cores"));
    }

    @Test
    void tableHasOneRowPerFigureAndMarksMissedTargets() throws IOException {
        String table = run(new FakePhases(), false, 1).table();
        for (String row : List.of("floor: CoreNLP tokenize,ssplit,pos,lemma,ner,depparse", "KBP: CoreNLP",
                "biokg cold build", "biokg warm build", "biokg rebuild after a code change", "ratio cold / floor", "ratio cold / KBP", "ratio warm / cold",
                "peak RSS, cold build", "HTTP round trip of ASK {}", "query allies p50 / p95", "query timeline p50 / p95", "slowest query p50",
                "scaling 1x input", "scaling 2x input", "scaling 4x input"))
            assertTrue(table.contains(row), row + " missing in\n" + table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("ratio cold / floor") && l.contains("1.140") && l.contains("<= 1.5 ok")), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("ratio cold / KBP") && l.contains("<= 0.25 ok")), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("ratio warm / cold") && l.contains("<= 0.05 ok")), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("query timeline") && l.contains("2.5 ms / 7.0 ms")), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("biokg cold build") && l.contains("load 20.0 s, annotate 90.0 s")), table);
    }

    @Test
    void skippedKbpIsNullInJsonAndSaidInTheTable() throws IOException {
        FakePhases fake = new FakePhases();
        BenchReport r = run(fake, true, 1);
        JsonObject j = JsonParser.parseString(r.toJsonString()).getAsJsonObject();
        assertTrue(j.get("kbp_s").isJsonNull());
        assertTrue(j.get("ratio_cold_kbp").isJsonNull());
        assertTrue(r.table().lines().anyMatch(l -> l.startsWith("KBP") && l.contains("skipped")));
        assertFalse(fake.calls.stream().anyMatch(c -> c.get(0).equals("kbp")));
    }

    @Test
    void phasesRunInTheirOrderWithFreshCachesAndDistinctScalingDocuments() throws IOException {
        FakePhases fake = new FakePhases();
        run(fake, false, 3);
        List<String> order = fake.calls.stream().map(c -> c.get(0)).toList();
        assertEquals(List.of("floor", "build", "floor", "build", "floor", "build", "kbp", "build", "build", "build",
                "build", "build", "build", "queries", "build", "build", "build"), order);
        // Cold builds each get a fresh cache folder; warm builds reuse the last cold one.
        List<List<String>> colds = List.of(fake.calls.get(1), fake.calls.get(3), fake.calls.get(5));
        assertEquals(3, colds.stream().map(c -> c.get(1)).distinct().count());
        assertTrue(fake.calls.subList(7, 10).stream().allMatch(c -> c.get(1).equals(fake.calls.get(5).get(1))));
        assertTrue(fake.calls.subList(10, 13).stream().allMatch(c -> c.size() == 6 && c.get(5).equals("annotations-only")));
        // Scaling runs read x copies with distinct names and no cache.
        List<String> scale4 = fake.calls.get(16);
        assertEquals("none", scale4.get(1));
        try (Stream<Path> s = Files.list(Path.of(scale4.get(4)))) {
            assertEquals(4, s.map(p -> p.getFileName().toString()).distinct().count());
        }
        assertEquals("12g", fake.heaps.get(6));
        assertEquals("6g", fake.heaps.get(0));
    }

    @Test
    void medianRunCountsAndAllRunsAreKept() {
        List<JsonObject> runs = new ArrayList<>();
        for (double t : new double[]{30, 10, 20}) {
            JsonObject o = new JsonObject();
            o.addProperty("total_s", t);
            runs.add(o);
        }
        JsonObject m = Benchmark.median(runs);
        assertEquals(20.0, m.get("total_s").getAsDouble());
        assertEquals(3, m.getAsJsonArray("all_runs_total_s").size());
    }

    @Test
    void percentilesAreNearestRank() {
        double[] sample = new double[200];
        for (int i = 0; i < 200; i++)
            sample[i] = 200 - i; // 1..200, unsorted
        assertEquals(100.0, Percentiles.of(sample, 50));
        assertEquals(190.0, Percentiles.of(sample, 95));
        assertEquals(200.0, Percentiles.of(sample, 100));
        assertEquals(7.0, Percentiles.of(new double[]{7}, 50));
    }

    @Test
    void procStatusAndCpuInfoAreParsed() {
        List<String> status = List.of("Name:\tjava", "VmHWM:\t 2048000 kB", "VmRSS:\t  1024 kB");
        assertEquals(2048000L, ResourceMonitor.parseStatusKb(status, "VmHWM").getAsLong());
        assertEquals(1024L, ResourceMonitor.parseStatusKb(status, "VmRSS").getAsLong());
        assertTrue(ResourceMonitor.parseStatusKb(status, "VmPeak").isEmpty());
        assertEquals("Made-Up CPU 9000", Machine.cpuModel(List.of("processor\t: 0", "model name\t: Made-Up CPU 9000")));
        assertEquals("unknown", Machine.cpuModel(List.of()));
    }

    @Test
    void childJvmGetsTheHeapTheClassPathAndThePhaseAndItsResultLineIsFound() {
        ChildJvmRunner r = new ChildJvmRunner(tmp, List.of("-XX:+UseSerialGC"));
        List<String> cmd = r.command("3g", List.of("floor", "in.txt"));
        assertTrue(cmd.get(0).endsWith("java"), cmd.toString());
        assertTrue(cmd.contains("-Xmx3g") && cmd.contains("-XX:+UseSerialGC") && cmd.contains("-cp"), cmd.toString());
        assertEquals(List.of(BenchPhase.class.getName(), "floor", "in.txt"), cmd.subList(cmd.size() - 3, cmd.size()));
        JsonObject parsed = ChildJvmRunner.parseResult(List.of("noise", BenchPhase.MARKER + "{\"total_s\":1.5}", "more noise"))
                .orElseThrow();
        assertEquals(1.5, parsed.get("total_s").getAsDouble());
        assertTrue(ChildJvmRunner.parseResult(List.of("no result")).isEmpty());
        assertEquals(List.of("-XX:+UseParallelGC", "-Xss2m"), ChildJvmRunner.inheritable(List.of("-Xmx6g", "-XX:+UseParallelGC",
                "-Dbiokg.home=/x", "-XX:ArchiveClassesAtExit=a.jsa", "-Xss2m", "-XX:StartFlightRecording=x.jfr")));
    }
}
