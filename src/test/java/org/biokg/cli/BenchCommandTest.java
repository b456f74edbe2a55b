package org.biokg.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.biokg.bench.FakePhases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** biokg bench on the command line, with made-up phase results in place of the child JVMs. */
class BenchCommandTest {
    @TempDir
    Path tmp;
    private Path biography;

    @BeforeEach
    void fakePhases() throws IOException {
        BenchCommand.runnerFactory = logDir -> new FakePhases();
        biography = tmp.resolve("grace-hopper.txt");
        Files.writeString(biography, "Grace Hopper was born in New York City in 1906.\n");
    }

    @AfterEach
    void realPhases() {
        BenchCommand.runnerFactory = logDir -> new org.biokg.bench.ChildJvmRunner(logDir, org.biokg.bench.ChildJvmRunner.inheritedJvmOptions());
    }

    @Test
    void printsTheTableAndWritesTheJson() throws IOException {
        Path json = tmp.resolve("out/bench.json");
        CliRunner r = CliRunner.run("bench", biography.toString(), "--json", json.toString(), "--work-dir", tmp.resolve("w").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("ratio cold / floor"), r.out());
        assertTrue(r.out().contains("scaling 4x input"), r.out());
        assertTrue(r.err().contains("bench: biokg cold build"), r.err());
        JsonObject j = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        assertEquals(3, j.getAsJsonArray("scaling").size());
        assertTrue(j.get("input").getAsString().endsWith("grace-hopper.txt"));
    }

    @Test
    void scalingZeroAndSkipKbpLeaveThoseOut() {
        CliRunner r = CliRunner.run("bench", biography.toString(), "--skip-kbp", "--scaling", "0", "--work-dir", tmp.resolve("w").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("skipped"), r.out());
        assertTrue(!r.out().contains("scaling 1x"), r.out());
    }

    @Test
    void corpusFiguresComeFromAOneAndATwoThreadPhase() throws IOException {
        java.util.List<java.util.List<String>> calls = new java.util.ArrayList<>();
        BenchCommand.runnerFactory = logDir -> (heap, args) -> {
            calls.add(args);
            int threads = Integer.parseInt(args.get(2));
            JsonObject o = new JsonObject();
            o.addProperty("threads", threads);
            o.addProperty("documents", 100);
            o.addProperty("failed", 0);
            o.addProperty("characters", 1_000_000L);
            o.addProperty("load_models_s", 12.0);
            o.addProperty("read_s", threads == 1 ? 600.0 : 330.0);
            o.addProperty("graph_s", 2.0);
            o.addProperty("store_s", 4.0);
            o.addProperty("triples", 200_000L);
            o.addProperty("peak_rss_mb", 3000.0);
            return o;
        };
        Path corpus = Files.writeString(tmp.resolve("shelf.jsonl"), "{\"id\": \"a\", \"text\": \"Ada Roe was a chemist.\"}\n");
        CliRunner r = CliRunner.run("bench", "--corpus", corpus.toString(), "--work-dir", tmp.resolve("w").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(2, calls.size());
        assertEquals(java.util.List.of("corpus", "1"), java.util.List.of(calls.get(0).get(0), calls.get(0).get(2)));
        assertEquals(java.util.List.of("corpus", "2"), java.util.List.of(calls.get(1).get(0), calls.get(1).get(2)));
        // 100 documents in 600 s on one core: 10 a minute; on two in 330 s: 9.1 a minute a core
        assertTrue(r.out().contains("10.0"), r.out());
        assertTrue(r.out().contains("scaling: 2 threads read in 1.10 x (T1 / 2)"), r.out());
        assertTrue(r.out().contains("50,000"), "triples per second of the load: " + r.out());
        assertTrue(r.out().contains("1,381 biographies"), r.out());
    }

    @Test
    void aMissingFileIsBadInput() {
        CliRunner r = CliRunner.run("bench", tmp.resolve("nobody.txt").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("biokg: ") && r.err().contains("no such file"), r.err());
    }

    @Test
    void badNumbersAreUsageErrors() {
        assertEquals(1, CliRunner.run("bench", biography.toString(), "--runs", "0").code());
        assertEquals(1, CliRunner.run("bench", biography.toString(), "--heap", "lots").code());
        assertEquals(1, CliRunner.run("bench", biography.toString(), "--scaling", "-2").code());
    }

    @Test
    void helpShowsExamples() {
        CliRunner r = CliRunner.run("bench", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Examples:") && r.out().contains("--skip-kbp"), r.out());
    }
}
