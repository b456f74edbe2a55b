package org.biokg.link;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.OWL;
import org.biokg.extract.ExtractionResult;
import org.biokg.rdf.BIOKG;
import org.biokg.rdf.GraphBuilder;
import org.biokg.rdf.GraphValidator;
import org.biokg.rdf.SCHEMA;
import org.biokg.rdf.SampleBiography;
import org.biokg.rdf.ValidationResult;
import org.biokg.rdf.WikiIris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Links in the graph: sameAs above the link threshold, a candidate below, nothing when linking is off. */
class LinkRdfTest {
    private static final String RES = "https://w3id.org/biokg/resource/";
    @TempDir
    static Path tmp;
    private static ExtractionResult linked;

    @BeforeAll
    static void link() {
        linked = EntityLinker.builder().dictionary(WikiDict.of(LinkFixtures.dictionary(tmp, false))).build()
                .link(SampleBiography.result());
    }

    private static GraphBuilder builder(double linkThreshold) {
        return GraphBuilder.create().startedAt(SampleBiography.STARTED).linkThreshold(linkThreshold).build();
    }

    @Test
    void aLinkAboveTheThresholdIsSameAsDbpediaAndTheArticle() {
        Model m = builder(0.5).toDataset(linked).getDefaultModel();
        Resource rell = m.getResource(RES + "Tomas_Rell");
        assertTrue(rell.hasProperty(OWL.sameAs, m.getResource("http://dbpedia.org/resource/Tomás_Rell")));
        assertTrue(rell.hasProperty(SCHEMA.sameAs, m.getResource("https://en.wikipedia.org/wiki/Tomás_Rell")));
        assertTrue(rell.hasProperty(FOAF.isPrimaryTopicOf, m.getResource("https://en.wikipedia.org/wiki/Tomás_Rell")));
        assertEquals(1.0, rell.getProperty(BIOKG.linkConfidence).getDouble());
        assertFalse(rell.hasProperty(BIOKG.linkCandidate));
    }

    @Test
    void aLinkBelowTheThresholdIsOnlyACandidate() {
        Model m = builder(0.5).toDataset(linked).getDefaultModel();
        Resource drovnik = m.getResource(RES + "Drovnik");
        assertTrue(drovnik.hasProperty(BIOKG.linkCandidate, m.getResource("http://dbpedia.org/resource/Drovnik")));
        assertEquals(0.45, drovnik.getProperty(BIOKG.linkConfidence).getDouble());
        assertFalse(drovnik.hasProperty(OWL.sameAs));
        assertFalse(drovnik.hasProperty(FOAF.isPrimaryTopicOf));

        Model strict = builder(0.995).toDataset(linked).getDefaultModel();
        Resource rell = strict.getResource(RES + "Tomas_Rell");
        assertTrue(rell.hasProperty(OWL.sameAs), "1.0 is above the threshold 0.995");
        Resource mara = strict.getResource(RES + "Mara_Velinska");
        assertTrue(mara.hasProperty(BIOKG.linkCandidate) && !mara.hasProperty(OWL.sameAs));
    }

    @Test
    void theLinkedGraphConformsToTheShapes() {
        ValidationResult v = GraphValidator.standard().validate(builder(0.5).toDataset(linked));
        assertTrue(v.conforms(), v.report());
    }

    @Test
    void withoutLinksTheGraphHasNoLinkTriplesAndLinkingAddsOnlyThem() {
        Dataset plain = builder(0.5).toDataset(SampleBiography.result());
        for (var p : new org.apache.jena.rdf.model.Property[]{OWL.sameAs, SCHEMA.sameAs, FOAF.isPrimaryTopicOf,
                BIOKG.linkCandidate, BIOKG.linkConfidence}) {
            assertFalse(plain.getDefaultModel().contains(null, p), p + " without linking");
        }
        // The sample merges nothing: its linked graph is the plain graph plus the link triples.
        Model withLinks = builder(0.5).toDataset(linked).getDefaultModel();
        Model stripped = org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(withLinks);
        for (var p : new org.apache.jena.rdf.model.Property[]{OWL.sameAs, SCHEMA.sameAs, FOAF.isPrimaryTopicOf,
                BIOKG.linkCandidate, BIOKG.linkConfidence}) {
            stripped.removeAll(null, p, null);
        }
        assertTrue(stripped.isIsomorphicWith(plain.getDefaultModel()));
        assertTrue(withLinks.size() > stripped.size());
    }

    @Test
    void linkingWithADictionaryThatKnowsNobodyChangesNothing() throws IOException {
        Path empty = java.nio.file.Files.writeString(tmp.resolve("empty.tab"), "Somebody Else\tSomebody_Else\t1.0\n");
        ExtractionResult none = EntityLinker.builder().dictionary(WikiDict.of(empty)).build().link(SampleBiography.result());
        Dataset a = builder(0.5).toDataset(SampleBiography.result());
        Dataset b = builder(0.5).toDataset(none);
        assertTrue(a.getDefaultModel().isIsomorphicWith(b.getDefaultModel()));
    }

    @Test
    void titlesBecomeValidIris() {
        assertEquals("http://dbpedia.org/resource/Lázaro_Cárdenas", WikiIris.dbpedia("Lázaro_Cárdenas"));
        assertEquals("http://dbpedia.org/resource/AC/DC", WikiIris.dbpedia("AC/DC"));
        assertEquals("https://en.wikipedia.org/wiki/Who%3F_(band)", WikiIris.wikipedia("Who? (band)"));
        assertEquals("http://dbpedia.org/resource/%22Weird%22_Al_100%25", WikiIris.dbpedia("\"Weird\"_Al_100%"));
        assertEquals("http://dbpedia.org/resource/C%5E2%60%7B%7D%7C%5C", WikiIris.dbpedia("C^2`{}|\\"));
    }

    @Test
    void theEntityLinksQueryListsEveryEntityWithItsStatus() throws IOException {
        String query;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/biokg/queries/entity-links.rq")) {
            assertNotNull(in, "the query is packed in the jar");
            query = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(query.startsWith("# "), "comment lines first");
        Map<String, String> status = new LinkedHashMap<>();
        Map<String, Double> confidence = new LinkedHashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(builder(0.5).toDataset(linked)).query(query).build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> {
                String label = s.getLiteral("label").getString();
                status.put(label, s.getLiteral("status").getString() + " " + (s.contains("dbpedia") ? s.getResource("dbpedia").getURI() : "-"));
                if (s.contains("confidence")) {
                    confidence.put(label, s.getLiteral("confidence").getDouble());
                }
            });
        }
        assertEquals("linked http://dbpedia.org/resource/Tomás_Rell", status.get("Tomás Rell"));
        assertEquals("candidate http://dbpedia.org/resource/Drovnik", status.get("Drovnik"));
        assertEquals("unlinked -", status.get("Ilse Kordt"));
        assertEquals(0.45, confidence.get("Drovnik"));
        // Port Halden is only in a candidate fact, so only in the candidates graph.
        assertEquals(8, status.size(), "every entity of the default graph, once: " + status.keySet());
        assertEquals("linked", status.values().iterator().next().split(" ")[0], "linked entities first");
    }
}
