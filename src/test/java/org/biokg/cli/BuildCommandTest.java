package org.biokg.cli;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.biokg.TestPipelines;
import org.biokg.rdf.DatasetReader;
import org.biokg.rdf.GraphValidator;
import org.biokg.rdf.ValidationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** biokg build on the seed: files, counts, SHACL conformance, evidence queries, stable IRIs. */
class BuildCommandTest {
    @TempDir
    static Path tmp;
    private static Path out1;
    private static CliRunner first;

    @BeforeAll
    static void buildTheSeed() {
        TestPipelines.seed(); // annotate once, shared with the other seed tests
        out1 = tmp.resolve("out1");
        first = CliRunner.run("build", "--quiet", "--cache-dir", TestPipelines.CACHE.toString(), "--out", out1.toString(),
                "--store", tmp.resolve("store").toString(), TestPipelines.SEED.toString());
    }

    @Test
    void writesTurtleAndTrigAndReportsCounts() {
        assertEquals(0, first.code(), first.err());
        assertTrue(Files.isRegularFile(out1.resolve("biokg.ttl")));
        assertTrue(Files.isRegularFile(out1.resolve("biokg.trig")));
        assertTrue(first.out().contains("Entities:") && first.out().contains("Person"), first.out());
        assertTrue(first.out().contains("heldOffice"), first.out());
    }

    @Test
    void theSeedGraphConformsToTheShapes() {
        Dataset ds = DatasetReader.read(out1.resolve("biokg.trig"));
        ValidationResult v = GraphValidator.standard().validate(ds);
        assertTrue(v.conforms(), v.report());
    }

    private static List<String> why(Dataset ds, String property, String objectLabelPart) {
        String q = """
                PREFIX biokg: <https://w3id.org/biokg/ontology#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX schema: <http://schema.org/>
                SELECT ?text ?rule ?conf ?start WHERE {
                  ?doc schema:about ?s .
                  ?st rdf:subject ?s ; rdf:predicate biokg:%s ; rdf:object ?o ; biokg:evidence ?ev .
                  ?o rdfs:label ?ol FILTER(CONTAINS(?ol, "%s"))
                  ?ev biokg:rule ?rule ; biokg:confidence ?conf ; biokg:sentence ?sent .
                  ?sent biokg:text ?text ; biokg:startOffset ?start .
                }""".formatted(property, objectLabelPart);
        List<String> texts = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                texts.add(s.getLiteral("text").getString());
            }
        }
        return texts;
    }

    @Test
    void theEvidenceQueryAnswersForTheCoreRelations() {
        Dataset ds = DatasetReader.read(out1.resolve("biokg.trig"));
        List<String> expelled = why(ds, "expelledFrom", "Communist Party");
        assertFalse(expelled.isEmpty());
        assertTrue(expelled.stream().anyMatch(t -> t.contains("expelled from the Communist Party")), expelled.toString());
        List<String> office = why(ds, "heldOffice", "Foreign Affairs");
        assertTrue(office.stream().anyMatch(t -> t.contains("People's Commissar for Foreign Affairs")), office.toString());
        List<String> allies = why(ds, "alliedWith", "Lenin");
        assertTrue(allies.stream().anyMatch(t -> t.contains("sided with Lenin")), allies.toString());
    }

    @Test
    void twoBuildsOfTheSameTextGiveTheSameIris() throws IOException {
        Path out2 = tmp.resolve("out2");
        CliRunner second = CliRunner.run("build", "--quiet", "--cache-dir", TestPipelines.CACHE.toString(), "--out",
                out2.toString(), "--store", tmp.resolve("store2").toString(), TestPipelines.SEED.toString());
        assertEquals(0, second.code(), second.err());
        Dataset a = DatasetReader.read(out1.resolve("biokg.trig"));
        Dataset b = DatasetReader.read(out2.resolve("biokg.trig"));
        // the run's timestamps are the only thing allowed to differ
        for (Dataset d : List.of(a, b)) {
            d.getDefaultModel().removeAll(null, d.getDefaultModel().createProperty("http://www.w3.org/ns/prov#startedAtTime"), null);
            d.getDefaultModel().removeAll(null, d.getDefaultModel().createProperty("http://www.w3.org/ns/prov#endedAtTime"), null);
        }
        assertTrue(a.getDefaultModel().isIsomorphicWith(b.getDefaultModel()), "same graph, same IRIs");
        assertEquals(subjects(a), subjects(b));
    }

    private static List<String> subjects(Dataset ds) {
        return ds.getDefaultModel().listSubjects().toList().stream().filter(r -> r.isURIResource())
                .map(r -> r.getURI()).sorted().toList();
    }

    @Test
    void anUnchangedRebuildLeavesTheStoreAndExportsAlone() throws IOException {
        Path out = tmp.resolve("out4");
        String storeDir = tmp.resolve("store4").toString();
        String cache = TestPipelines.CACHE.toString();
        String seed = TestPipelines.SEED.toString();
        assertEquals(0, CliRunner.run("build", "--quiet", "--cache-dir", cache, "--out", out.toString(), "--store", storeDir, seed).code());
        var before = org.biokg.store.BiokgStore.at(Path.of(storeDir)).current().orElseThrow().generation();
        long ttl = Files.getLastModifiedTime(out.resolve("biokg.ttl")).toMillis();

        CliRunner again = CliRunner.run("build", "--quiet", "--cache-dir", cache, "--out", out.toString(), "--store", storeDir, seed);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("graph unchanged since the last build"), again.out());
        assertTrue(again.out().contains("Entities:"), "the counts are still reported: " + again.out());
        assertEquals(before, org.biokg.store.BiokgStore.at(Path.of(storeDir)).current().orElseThrow().generation());
        assertEquals(ttl, Files.getLastModifiedTime(out.resolve("biokg.ttl")).toMillis());

        CliRunner stricter = CliRunner.run("build", "--quiet", "--threshold", "0.8", "--cache-dir", cache, "--out", out.toString(),
                "--store", storeDir, seed);
        assertEquals(0, stricter.code(), stricter.err());
        assertFalse(stricter.out().contains("graph unchanged"), "a new threshold is a new graph");
        assertFalse(before.equals(org.biokg.store.BiokgStore.at(Path.of(storeDir)).current().orElseThrow().generation()));
    }

    @Test
    void aMissingInputIsBadInput() {
        CliRunner r = CliRunner.run("build", "--quiet", "--out", tmp.resolve("x").toString(), "--store", tmp.resolve("xs").toString(),
                tmp.resolve("nope.txt").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("nope.txt: no such file"), r.err());
        assertFalse(Files.exists(tmp.resolve("x").resolve("biokg.ttl")));
    }
}
