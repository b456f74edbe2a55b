package org.biokg.cli;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.biokg.TestPipelines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A shelf of made-up biographies as one JSON-lines corpus, one of its lines broken. */
class CorpusBuildTest {
    @TempDir
    Path tmp;

    private static final String SHELF = """
            {"id": "Ada_Roe", "title": "Ada Roe", "text": "Ada Roe (4 May 1881 – 11 June 1950) was a Norwegian chemist. She was born in Bergen. In 1905 Roe joined the Norwegian Chemical Society. She married Per Holm in 1910."}
            {"id": "Cy_Ng", "title": "Cy Ng", "text": "Cy Ng (1890 – 1960) was a Norwegian engineer. He was born in Oslo. Ng worked with Roe at the Norwegian Chemical Society, and in 1921 he was expelled from the Norwegian Chemical Society."}
            {"id": "Broken", "title": "Broken"
            {"id": "Blank", "title": "Blank", "text": " "}
            """;

    @Test
    void aCorpusBuildReportsEachDocumentSkipsTheBadOnesAndMergesOnePersonAcrossDocuments() throws IOException {
        Path shelf = tmp.resolve("shelf.jsonl");
        Files.writeString(shelf, SHELF);
        CliRunner r = CliRunner.run("build", "--cache-dir", TestPipelines.CACHE.toString(), "--out", tmp.resolve("out").toString(),
                "--store", tmp.resolve("store").toString(), shelf.toString());
        assertEquals(3, r.code(), "some documents failed: exit 3\n" + r.err());
        assertTrue(r.err().contains("[4/4]"), "progress per document with the count: " + r.err());
        assertTrue(r.err().contains("left about") || r.err().contains("left"), r.err());
        assertTrue(r.err().contains("2 documents failed and are left out of the graph:"), r.err());
        assertTrue(r.err().contains(shelf + ":3: not valid JSON"), r.err());
        assertTrue(r.err().contains(shelf + ":4 (Blank): file holds only whitespace"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");

        Dataset ds = RDFDataMgr.loadDataset(tmp.resolve("out/biokg.trig").toString());
        String q = """
                PREFIX biokg: <https://w3id.org/biokg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                ASK {
                  ?cy rdfs:label "Cy Ng"@en ; biokg:expelledFrom ?society .
                  ?ada rdfs:label "Ada Roe"@en ; biokg:memberOf ?society .
                  GRAPH <https://w3id.org/biokg/graph/document/Cy_Ng> { ?cy biokg:expelledFrom ?society }
                  GRAPH <https://w3id.org/biokg/graph/document/Ada_Roe> { ?ada biokg:memberOf ?society }
                }""";
        try (QueryExecution qe = QueryExecution.create(q, ds)) {
            assertTrue(qe.execAsk(), "one society across the two documents, each document's facts in its own graph");
        }

        CliRunner facts = CliRunner.run("facts", "--quiet", "--cache-dir", TestPipelines.CACHE.toString(), shelf.toString());
        assertEquals(3, facts.code(), facts.err());
        assertTrue(facts.out().contains("Ada_Roe") && facts.out().contains("Cy_Ng"), facts.out());
    }

    @Test
    void aCorpusWhoseDocumentsAllFailIsBadInput() throws IOException {
        Path shelf = tmp.resolve("bad.jsonl");
        Files.writeString(shelf, "{\"id\": \"a\"}\nnot json\n");
        CliRunner r = CliRunner.run("build", "--quiet", "--no-store", "--out", tmp.resolve("o").toString(), shelf.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("none of the 2 documents could be read"), r.err());
        assertFalse(Files.exists(tmp.resolve("o/biokg.ttl")), "nothing written");
    }
}
