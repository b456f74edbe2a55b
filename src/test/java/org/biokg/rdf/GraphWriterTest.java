package org.biokg.rdf;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.biokg.BiokgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraphWriterTest {
    private static final Dataset DATASET = SampleBiography.builder().toDataset(SampleBiography.result());

    @Test
    void writesTheDatasetAndTheAssertedGraph(@TempDir Path dir) throws IOException {
        GraphWriter.Outputs out = GraphWriter.writeOutputs(DATASET, dir.resolve("out"));
        assertEquals(dir.resolve("out/biokg.trig"), out.dataset());
        assertEquals(dir.resolve("out/biokg.ttl"), out.asserted());
        assertTrue(IsoMatcher.isomorphic(DATASET.asDatasetGraph(), RDFDataMgr.loadDatasetGraph(out.dataset().toString())));
        assertTrue(RDFDataMgr.loadGraph(out.asserted().toString()).isIsomorphicWith(DATASET.asDatasetGraph().getDefaultGraph()));
        try (var files = Files.list(dir.resolve("out"))) {
            assertEquals(2, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void unwritableOutputIsARuntimeFailure(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        BiokgException e = assertThrows(BiokgException.class, () -> GraphWriter.writeOutputs(DATASET, file));
        assertEquals(BiokgException.RUNTIME, e.exitCode());
        assertTrue(e.getMessage().startsWith("cannot create output directory"), e.getMessage());
    }

    @Test
    void countsEntitiesFactsAndTriples() {
        GraphStats stats = GraphStats.of(DATASET);
        assertEquals(Map.of("Person", 4, "Organization", 2, "Place", 1, "Office", 1, "Publication", 0, "Event", 0),
                stats.entitiesByType());
        // Symmetric facts count once although both directions are stored.
        assertEquals(1, stats.factsByRelation().get("alliedWith"));
        assertEquals(1, stats.factsByRelation().get("spouse"));
        assertEquals(8, stats.totalFacts());
        assertEquals(1, stats.candidateFacts().get("residedIn"));
        assertEquals(1, stats.totalCandidates());
        assertEquals(DATASET.getDefaultModel().size(), stats.assertedTriples());
        assertEquals(DATASET.getNamedModel(BIOKG.CANDIDATES_GRAPH).size(), stats.candidateTriples());
        String report = stats.report();
        assertTrue(report.contains("Entities: 8 (Person 4, Organization 2, Place 1, Office 1)"), report);
        assertTrue(report.contains("Facts: 8 (alliedWith 1, opposed 1, expelledFrom 1, heldOffice 1, memberOf 1, spouse 1, bornIn 1, birthDate 1)"), report);
        assertTrue(report.contains("Candidate facts (below the confidence threshold): 1 (residedIn 1)"), report);
    }
}
