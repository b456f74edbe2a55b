package org.biokg.cli;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDFS;
import org.biokg.rdf.BIOKG;
import org.biokg.rdf.GraphWriter;
import org.biokg.rdf.SampleBiography;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code biokg export} and {@code biokg validate}, run in-process. */
class RdfCommandsTest {
    @TempDir
    Path dir;
    private Dataset dataset;
    private Path trig;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeSample() {
        dataset = SampleBiography.builder().toDataset(SampleBiography.result());
        trig = GraphWriter.writeOutputs(dataset, dir).dataset();
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private void assertOneLineError(String expectedStart) {
        String e = err.toString();
        assertTrue(e.startsWith("biokg: " + expectedStart), e);
        assertEquals(1, e.strip().lines().count(), e);
        assertFalse(e.contains("\tat "), "no stack trace: " + e);
    }

    @Test
    void exportEachFormatToAFile() {
        for (String format : new String[]{"ttl", "trig", "jsonld", "nt", "nq", "rdfxml"}) {
            Path file = dir.resolve("export/graph." + (format.equals("rdfxml") ? "rdf" : format));
            assertEquals(0, run("export", "--format", format, "--in", trig.toString(), "--out", file.toString()), err.toString());
            assertTrue(Files.isRegularFile(file), format);
            if (format.equals("trig") || format.equals("nq")) {
                assertTrue(IsoMatcher.isomorphic(dataset.asDatasetGraph(), RDFDataMgr.loadDatasetGraph(file.toString())));
            } else if (!format.equals("jsonld")) {
                assertTrue(RDFDataMgr.loadGraph(file.toString()).isIsomorphicWith(dataset.asDatasetGraph().getDefaultGraph()), format);
            } else {
                assertEquals(dataset.getDefaultModel().size(), RDFDataMgr.loadGraph(file.toString()).size());
            }
        }
        assertTrue(out.toString().contains("Wrote " + dir.resolve("export/graph.nt")), out.toString());
    }

    @Test
    void exportReadsTheStoreWhichAlsoHoldsTheOntology() {
        Path storeDir = dir.resolve("store");
        org.biokg.store.BiokgStore.at(storeDir).load(org.biokg.rdf.OntologyGraph.with(dataset));
        assertEquals(0, run("export", "--loc", storeDir.toString(), "--output", "N-Quads"), err.toString());
        org.apache.jena.sparql.core.DatasetGraph back = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        org.apache.jena.riot.RDFParser.fromString(out.toString(), org.apache.jena.riot.Lang.NQUADS).parse(back);
        assertTrue(IsoMatcher.isomorphic(dataset.asDatasetGraph(), back), "the data graphs, the ontology left out");

        // The ontology graph is in the store: the alignment answers SPARQL.
        out.getBuffer().setLength(0);
        Path rq = dir.resolve("p39.rq");
        try {
            Files.writeString(rq, """
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    PREFIX wdt: <http://www.wikidata.org/prop/direct/>
                    SELECT ?p WHERE { GRAPH <https://w3id.org/biokg/graph/ontology> { ?p rdfs:subPropertyOf wdt:P39 } }""");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(0, run("query", rq.toString(), "--store", storeDir.toString(), "--format", "csv"), err.toString());
        assertEquals("p\nhttps://w3id.org/biokg/ontology#heldOffice\n", out.toString().replace("\r", ""));
        assertEquals(1, run("export", "--loc", storeDir.toString(), "--in", trig.toString()));
    }

    @Test
    void exportToStandardOutput() {
        assertEquals(0, run("export", "-f", "JSONLD", "-i", trig.toString()), err.toString());
        JsonObject doc = Json.createReader(new StringReader(out.toString())).readObject();
        assertTrue(doc.containsKey("@context"));
        assertFalse(doc.getJsonArray("@graph").isEmpty());
    }

    @Test
    void exportDefaultsToTurtle() {
        assertEquals(0, run("export", "--in", trig.toString()));
        assertTrue(out.toString().startsWith("PREFIX "), out.toString());
        assertTrue(out.toString().contains("res:Mara_Velinska"));
    }

    @Test
    void exportRejectsAnUnknownFormat() {
        assertEquals(1, run("export", "--format", "yaml", "--in", trig.toString()));
        assertTrue(err.toString().contains("unknown format 'yaml' (expected one of ttl, trig, jsonld, nt, nq, rdfxml)"), err.toString());
    }

    @Test
    void exportOfAMissingFileIsBadInput() {
        assertEquals(2, run("export", "--in", dir.resolve("nope.trig").toString()));
        assertOneLineError("no such file: " + dir.resolve("nope.trig"));
    }

    @Test
    void exportOfMalformedRdfNamesLineAndColumn() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.ttl"), "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c ;\n  ex:d \"open .\n");
        assertEquals(2, run("export", "--in", bad.toString()));
        assertOneLineError(bad + ": line ");
        assertTrue(err.toString().contains("column"), err.toString());
    }

    @Test
    void exportToAnUnwritablePlaceIsARuntimeFailure() throws IOException {
        Path blocker = Files.writeString(dir.resolve("blocker"), "x");
        assertEquals(3, run("export", "--in", trig.toString(), "--out", blocker.resolve("graph.ttl").toString()));
        assertOneLineError("cannot write");
    }

    @Test
    void validateAConformingDataset() {
        assertEquals(0, run("validate", trig.toString()), err.toString());
        assertTrue(out.toString().startsWith(trig + ": Conforms to the biokg shapes ("), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void validateTheAssertedTurtleToo() {
        assertEquals(0, run("validate", dir.resolve("biokg.ttl").toString()), out.toString());
    }

    @Test
    void validateABrokenGraphPrintsTheReport() throws IOException {
        dataset.getDefaultModel().getResource(BIOKG.RESOURCE_BASE + "Drovnik").removeAll(RDFS.label);
        Path broken = dir.resolve("broken.trig");
        GraphWriter.write(dataset, org.biokg.rdf.ExportFormat.TRIG, broken);
        assertEquals(2, run("validate", broken.toString()));
        assertTrue(out.toString().contains("Does not conform to the biokg shapes"), out.toString());
        assertTrue(out.toString().contains("res:Drovnik rdfs:label: an entity must have exactly one non-empty rdfs:label"), out.toString());
        assertOneLineError(broken + " does not conform to the shapes (");
    }

    @Test
    void validateAMissingFile() {
        assertEquals(2, run("validate", dir.resolve("missing.ttl").toString()));
        assertOneLineError("no such file: " + dir.resolve("missing.ttl"));
    }

    @Test
    void validateMalformedJsonLd() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.jsonld"), "{\"@context\": {\"x\": ");
        assertEquals(2, run("validate", bad.toString()));
        assertOneLineError(bad + ": ");
    }

    @Test
    void validateAnEmptyFile() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.nt"), "");
        assertEquals(2, run("validate", empty.toString()));
        assertOneLineError(empty + " holds no triples");
    }

    @Test
    void validateAFileOfUnknownSyntax() throws IOException {
        Path odd = Files.writeString(dir.resolve("graph.xyz"), "hello");
        assertEquals(2, run("validate", odd.toString()));
        assertOneLineError("cannot tell the RDF syntax of " + odd);
    }

    @Test
    void helpShowsExamples() {
        assertEquals(0, run("export", "--help"));
        assertTrue(out.toString().contains("Examples:"));
        assertTrue(out.toString().contains("ttl, trig, jsonld, nt"));
        assertEquals(0, run("validate", "--help"));
        assertTrue(out.toString().contains("biokg validate data/out/biokg.ttl"));
    }
}
