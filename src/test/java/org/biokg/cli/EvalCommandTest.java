package org.biokg.cli;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.biokg.eval.GoldEvidence;
import org.biokg.eval.GoldFact;
import org.biokg.eval.GoldSet;
import org.biokg.eval.Prediction;
import org.biokg.eval.PredictionTsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalCommandTest {
    private static final String SEED = "data/leon-trotsky.txt";

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static Path goldDir() throws URISyntaxException {
        return Path.of(EvalCommandTest.class.getResource("/gold").toURI());
    }

    /** The gold facts in scope as `biokg facts` would print them, minus `drop` facts, plus `extra`. */
    private Path tsvFromGold(int drop, List<Prediction> extra) throws Exception {
        GoldSet gold = GoldSet.load(goldDir());
        List<Prediction> preds = new ArrayList<>();
        for (GoldFact g : gold.factsInScope()) {
            GoldEvidence ev = g.evidenceIn(gold.scope());
            preds.add(new Prediction(g.relation().id(), g.subject(), g.object(), g.start(), g.end(), 0.9,
                    "leon-trotsky", ev.offset(), ev.end(), "gold"));
        }
        preds = new ArrayList<>(preds.subList(drop, preds.size()));
        preds.addAll(extra);
        Path file = tmp.resolve("facts.tsv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            PredictionTsv.write(preds, w);
        }
        return file;
    }

    private static String row(String out, String key) {
        return out.lines().filter(l -> l.startsWith(key + " ")).findFirst().orElseThrow(() -> new AssertionError(out));
    }

    @Test
    void scoresASavedTsvMadeFromTheGold() throws Exception {
        Path facts = tsvFromGold(0, List.of());
        Run r = run("eval", "--gold", goldDir().toString(), "--facts", facts.toString(), SEED);
        assertEquals(0, r.code(), r.err());
        assertTrue(row(r.out(), "overall").matches("overall\\s+(\\d+)\\s+\\1\\s+\\1\\s+0\\s+0\\s+0\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+\\d+/\\d+"),
                r.out());
        assertTrue(row(r.out(), "heldOffice").contains("1.000  1.000  1.000"), r.out());
        assertTrue(r.out().contains("0 misses, 0 false positives, 0 date errors"), r.out());
        assertTrue(r.out().startsWith("relation "), r.out());
    }

    @Test
    void anAnnotationOfTheRestOfTheTextLetsRule4IgnoreFactsStatedLater() throws Exception {
        // the lead's expulsion, stated again (and annotated) only after the development part's scope
        String seed = Files.readString(Path.of(SEED), StandardCharsets.UTF_8);
        int start = seed.indexOf("Trotsky was expelled from the Communist Party");
        int end = seed.indexOf('.', start) + 1;
        Prediction lead = new Prediction("expelledFrom", "Leon Trotsky", "Communist Party", null, null, 0.8,
                "leon-trotsky", start, end, "expelledFrom/test");
        Path facts = tsvFromGold(0, List.of(lead));
        Path rest = Path.of(EvalCommandTest.class.getResource("/second-half").toURI());

        Run strict = run("eval", "--gold", goldDir().toString(), "--facts", facts.toString(), SEED);
        Run whole = run("eval", "--gold", goldDir().toString(), "--outside", rest.toString(), "--facts", facts.toString(), SEED);

        assertEquals(0, whole.code(), whole.err());
        assertTrue(row(strict.out(), "expelledFrom").contains("0.667"), strict.out());
        assertTrue(row(whole.out(), "expelledFrom").matches("expelledFrom\\s+2\\s+3\\s+2\\s+0\\s+0\\s+1\\s+1\\.000.*"), whole.out());
        assertTrue(whole.out().contains("predictions ignored"), whole.out());
        Run missing = run("eval", "--gold", goldDir().toString(), "--outside", tmp.resolve("nope").toString(), "--facts", facts.toString());
        assertEquals(2, missing.code(), missing.out());
        assertTrue(missing.err().contains("gold folder not found"), missing.err());
    }

    @Test
    void errorsListMissesAndFalsePositivesWithTheirSentences() throws Exception {
        String seed = Files.readString(Path.of(SEED), StandardCharsets.UTF_8);
        int start = seed.indexOf("Trotsky quickly sided with");
        int end = seed.indexOf('.', start) + 1;
        Prediction wrong = new Prediction("opposed", "Trotsky", "Iskra", null, null, 0.4, "leon-trotsky", start,
                end, "opposed/test");
        Path facts = tsvFromGold(1, List.of(wrong));
        Run r = run("eval", "--gold", goldDir().toString(), "--facts", facts.toString(), "--errors", SEED);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Misses (1):"), r.out());
        assertTrue(r.out().contains("MISS F001 alliedWith(Leon Trotsky, Iskra)"), r.out());
        assertTrue(r.out().contains("@5582: Trotsky quickly sided with the Iskra position"), r.out());
        assertTrue(r.out().contains("False positives (1):"), r.out());
        assertTrue(r.out().contains("FP   opposed(Trotsky, Iskra)  {opposed/test}"), r.out());
        assertTrue(r.out().contains("@" + start + ": " + seed.substring(start, end).replaceAll("\\s+", " ").strip()),
                r.out());
    }

    @Test
    void writesJson() throws Exception {
        Path facts = tsvFromGold(2, List.of());
        Path json = tmp.resolve("scores.json");
        Run r = run("eval", "--gold", goldDir().toString(), "--facts", facts.toString(), "--json", json.toString());
        assertEquals(0, r.code(), r.err());
        JsonObject o = JSON.read(json.toString());
        assertEquals(2, o.get("misses").getAsArray().size());
        JsonObject overall = o.getObj("overall");
        assertEquals(1.0, overall.getNumber("precision").doubleValue());
        assertTrue(overall.getNumber("recall").doubleValue() < 1.0);
        assertTrue(o.getObj("relations").hasKey("heldOffice"));

        Run stdout = run("eval", "--gold", goldDir().toString(), "--facts", facts.toString(), "--json", "-");
        assertEquals(0, stdout.code(), stdout.err());
        assertEquals(o, JSON.parse(stdout.out()));
    }

    @Test
    void withoutFactsItExtractsFromTheFileAndScores() throws Exception {
        // the same annotation cache as the other seed tests: CoreNLP runs at most once per build
        Run r = run("eval", "--gold", goldDir().toString(), "--cache-dir", "target/nlp-cache", "--quiet", SEED);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("overall"), r.out());
        assertTrue(r.out().contains("heldOffice"), r.out());
    }

    @Test
    void badInputsGiveOneLineAndExitCode() throws Exception {
        Path facts = tsvFromGold(0, List.of());
        Run noGold = run("eval", "--gold", tmp.resolve("nope").toString(), "--facts", facts.toString());
        assertEquals(2, noGold.code());
        assertEquals("biokg: gold folder not found: " + tmp.resolve("nope"), noGold.err().strip());

        Path broken = Files.createDirectory(tmp.resolve("broken"));
        for (String f : List.of("facts.tsv", "entities.tsv")) {
            Files.copy(goldDir().resolve(f), broken.resolve(f));
        }
        Run noScope = run("eval", "--gold", broken.toString(), "--facts", facts.toString());
        assertEquals(2, noScope.code());
        assertEquals("biokg: gold folder " + broken + ": missing SCOPE", noScope.err().strip());

        Files.writeString(broken.resolve("SCOPE"), "0 to 100\n");
        Run badScope = run("eval", "--gold", broken.toString(), "--facts", facts.toString());
        assertEquals(2, badScope.code());
        assertTrue(badScope.err().startsWith("biokg: " + broken.resolve("SCOPE") + ": expected two offsets"), badScope.err());
        assertEquals(1, badScope.err().lines().count());

        Files.writeString(broken.resolve("SCOPE"), "0 100\n");
        Files.writeString(broken.resolve("facts.tsv"), "relation\tsubject\tobject\n");
        Run badHeader = run("eval", "--gold", broken.toString(), "--facts", facts.toString());
        assertEquals(2, badHeader.code());
        assertTrue(badHeader.err().contains("facts.tsv: line 1: wrong header"), badHeader.err());

        Run noFacts = run("eval", "--gold", goldDir().toString(), "--facts", tmp.resolve("none.tsv").toString());
        assertEquals(2, noFacts.code());
        assertEquals("biokg: no such file: " + tmp.resolve("none.tsv"), noFacts.err().strip());

        Path badTsv = tmp.resolve("bad.tsv");
        Files.writeString(badTsv, Files.readString(facts) + "spouse\tA\n");
        Run malformed = run("eval", "--gold", goldDir().toString(), "--facts", badTsv.toString());
        assertEquals(2, malformed.code());
        assertTrue(malformed.err().matches("biokg: .*bad\\.tsv: line \\d+: 2 fields, expected 10\\R"), malformed.err());

        Run noText = run("eval", "--gold", goldDir().toString(), "--facts", facts.toString(), tmp.resolve("x.txt").toString());
        assertEquals(2, noText.code());

        Run usage = run("eval", "--facts", facts.toString());
        assertEquals(1, usage.code());
        assertTrue(usage.err().contains("Missing required option: '--gold=DIR'"), usage.err());
    }

    @Test
    void helpShowsExamples() {
        Run r = run("eval", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Examples:"));
        assertTrue(r.out().contains("--facts=TSV"));
    }
}
