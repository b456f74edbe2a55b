package org.biokg.spark;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.biokg.fixtures.CleanError;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document that cannot be read (or whose id an earlier one has) is listed in failed.jsonl with its place and why,
 * and the others go on (exit 3);
 * a wrong command line or a missing corpus is one line and exit 1 or 2, before any Spark work.
 */
class SparkFailuresTest {
    static final Path DIR = Path.of("target/spark-test/bad");
    static final Path CORPUS = DIR.resolve("corpus.jsonl");
    static final Path OUT = DIR.resolve("out");

    private static LocalSpark.Run run;

    @BeforeAll
    static void build() throws IOException {
        SparkOutput.deleteTree(DIR);
        Files.createDirectories(DIR);
        List<String> sample;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(SparkBuildTest.SAMPLE)), StandardCharsets.UTF_8))) {
            sample = in.lines().limit(2).toList();
        }
        Files.write(CORPUS, List.of(
                sample.get(0),
                "{\"id\": \"Broken\", \"text\": \"no end",
                "{\"id\": \"Empty\", \"title\": \"Empty\", \"text\": \"\"}",
                "",
                "[\"not\", \"an\", \"object\"]",
                sample.get(1),
                sample.get(0)), StandardCharsets.UTF_8);
        run = LocalSpark.run("--input", CORPUS.toString(), "--output", OUT.toString(), "--partitions", "2");
    }

    @Test
    void badLinesAreListedAsFailedAndTheOthersGoOn() {
        assertEquals(3, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("6 documents: 2 read, 4 failed (listed in " + OUT + "/failed.jsonl)"), run.out());
        List<String> failed = SparkOutput.lines(OUT.resolve("failed.jsonl"));
        assertEquals(4, failed.size(), String.join("\n", failed));
        JsonObject broken = JsonParser.parseString(failed.get(0)).getAsJsonObject();
        assertEquals(CORPUS + ":2", broken.get("where").getAsString());
        assertTrue(broken.get("error").getAsString().startsWith(CORPUS + ":2: not valid JSON"), failed.get(0));
        JsonObject empty = JsonParser.parseString(failed.get(1)).getAsJsonObject();
        assertEquals(CORPUS + ":3 (Empty)", empty.get("where").getAsString());
        assertEquals(CORPUS + ":3 (Empty): file is empty", empty.get("error").getAsString());
        JsonObject array = JsonParser.parseString(failed.get(2)).getAsJsonObject();
        assertEquals(CORPUS + ":5: not a JSON object", array.get("error").getAsString());
        // as biokg build: an id used twice keeps the first document
        JsonObject again = JsonParser.parseString(failed.get(3)).getAsJsonObject();
        assertEquals(CORPUS + ":7 (Berta Daniel)", again.get("where").getAsString());
        assertEquals("document id Berta_Daniel is already used by " + CORPUS + ":1 (Berta Daniel); the first one is kept",
                again.get("error").getAsString());

        Set<String> documents = new TreeSet<>();
        for (String line : SparkOutput.parts(OUT.resolve("facts"))) {
            documents.add(JsonParser.parseString(line).getAsJsonObject().get("document").getAsString());
        }
        assertEquals(Set.of("Berta_Daniel", "Else_Himmelheber"), documents);
        assertEquals(2, SparkOutput.parts(OUT.resolve("results")).size());
        assertTrue(Files.isRegularFile(OUT.resolve("graph.nq")));
    }

    @Test
    void usageErrorsAreOneLineAndExit1() {
        LocalSpark.Run noInput = LocalSpark.run("--output", DIR.resolve("x").toString());
        CleanError.assertClean(1, noInput.code(), noInput.err());
        LocalSpark.Run partitions = LocalSpark.run("--input", CORPUS.toString(), "--output", DIR.resolve("x").toString(),
                "--partitions", "0");
        assertTrue(CleanError.assertClean(1, partitions.code(), partitions.err()).contains("--partitions must be between 1"));
        LocalSpark.Run threshold = LocalSpark.run("--input", CORPUS.toString(), "--output", DIR.resolve("x").toString(),
                "--threshold", "2");
        CleanError.assertClean(1, threshold.code(), threshold.err());
    }

    @Test
    void aMissingCorpusOrAnExistingOutputIsBadInput() throws IOException {
        LocalSpark.Run missing = LocalSpark.run("--input", DIR.resolve("nothing.jsonl").toString(), "--output",
                DIR.resolve("x").toString());
        assertTrue(CleanError.assertClean(2, missing.code(), missing.err()).endsWith("nothing.jsonl: no such file or folder"));
        Path text = DIR.resolve("bio.txt");
        Files.writeString(text, "Ada Roe was a poet.");
        LocalSpark.Run notJsonLines = LocalSpark.run("--input", text.toString(), "--output", DIR.resolve("x").toString());
        assertTrue(CleanError.assertClean(2, notJsonLines.code(), notJsonLines.err()).contains("not a JSON-lines corpus"));
        Files.createDirectories(DIR.resolve("taken"));
        LocalSpark.Run exists = LocalSpark.run("--input", CORPUS.toString(), "--output", DIR.resolve("taken").toString());
        assertTrue(CleanError.assertClean(2, exists.code(), exists.err()).contains("already exists (--overwrite replaces it)"));
    }

    @Test
    void helpShowsHowToSubmit() {
        LocalSpark.Run help = LocalSpark.run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("spark-submit") && help.out().contains("--partitions")
                && help.out().contains("tdb2.tdbloader"), help.out());
    }
}
