package org.biokg.rdf;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RdfExporterTest {
    private static final Dataset DATASET = SampleBiography.builder().toDataset(SampleBiography.result());

    private static Graph parseGraph(String text, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, lang).parse(g);
        return g;
    }

    @Test
    void turtleRoundTripIsIsomorphicToTheAssertedGraph() {
        String ttl = RdfExporter.toString(DATASET, ExportFormat.TTL);
        Graph back = parseGraph(ttl, Lang.TURTLE);
        assertTrue(back.isIsomorphicWith(DATASET.asDatasetGraph().getDefaultGraph()));
        assertTrue(ttl.contains("PREFIX biokg:"), "prefixes are written");
        assertTrue(ttl.contains("res:Mara_Velinska"), "entities are abbreviated");
        assertTrue(ttl.contains("fact:"), "statements are abbreviated");
        assertFalse(ttl.contains("PREFIX wd:"), "unused prefixes are left out");
        assertFalse(ttl.contains("residedIn"), "candidates are not in the Turtle export");
    }

    @Test
    void trigRoundTripIsIsomorphicToTheDataset() {
        String trig = RdfExporter.toString(DATASET, ExportFormat.TRIG);
        Dataset back = DatasetFactory.create();
        RDFParser.fromString(trig, Lang.TRIG).parse(back.asDatasetGraph());
        assertTrue(IsoMatcher.isomorphic(DATASET.asDatasetGraph(), back.asDatasetGraph()));
        assertTrue(back.containsNamedModel(BIOKG.CANDIDATES_GRAPH));
    }

    @Test
    void nTriplesAreTheAssertedGraphSorted() {
        String nt = RdfExporter.toString(DATASET, ExportFormat.NT);
        assertTrue(parseGraph(nt, Lang.NTRIPLES).isIsomorphicWith(DATASET.asDatasetGraph().getDefaultGraph()));
        String[] lines = nt.split("\n");
        String[] sorted = lines.clone();
        Arrays.sort(sorted);
        assertEquals(Arrays.asList(sorted), Arrays.asList(lines));
        assertEquals(DATASET.getDefaultModel().size(), lines.length);
    }

    @Test
    void jsonLdRoundTripKeepsEveryTripleAndValue() {
        String jsonld = RdfExporter.toString(DATASET, ExportFormat.JSONLD);
        Graph back = parseGraph(jsonld, Lang.JSONLD);
        // JSON numbers come back in canonical form ("9.0E-1" for "0.9"): compare values, not spellings.
        assertTrue(canonicalDoubles(back).isIsomorphicWith(canonicalDoubles(DATASET.asDatasetGraph().getDefaultGraph())));
        assertTrue(GraphValidator.standard().validate(back).conforms(), "datatypes survive the round trip");
    }

    @Test
    void jsonLdHasShortKeysForWebDevelopers() {
        JsonObject doc = Json.createReader(new StringReader(RdfExporter.toString(DATASET, ExportFormat.JSONLD))).readObject();
        assertEquals("https://w3id.org/biokg/resource/", doc.getJsonObject("@context").getString("res"));
        JsonArray graph = doc.getJsonArray("@graph");
        JsonObject mara = node(graph, "res:Mara_Velinska");
        assertEquals("Person", mara.getString("type"));
        assertEquals("Mara Velinska", mara.getString("label"));
        assertEquals(List.of("res:Tomas_Rell"), mara.getJsonArray("alliedWith").getValuesAs(JsonValue::toString)
                .stream().map(s -> s.replace("\"", "")).toList());
        assertEquals("res:Drovnik", mara.getString("bornIn"));
        JsonObject statement = graph.getValuesAs(JsonObject.class).stream()
                .filter(o -> "expelledFrom".equals(o.getString("predicate", null))).findFirst().orElseThrow();
        assertEquals("FactStatement", statement.getString("type"));
        assertEquals("res:Mara_Velinska", statement.getString("subject"));
        assertEquals(0.9, statement.getJsonNumber("confidence").doubleValue());
        JsonObject evidence = node(graph, statement.getJsonArray("evidence").getString(0));
        assertEquals("expelledFrom/expelled-from", evidence.getString("rule"));
        assertEquals(SampleBiography.TEXT.indexOf("She was expelled"), evidence.getJsonNumber("subjectStart").intValue());
    }

    @Test
    void jsonLdOfAnEmptyGraphStillHasAGraphArray() {
        JsonObject doc = Json.createReader(new StringReader(RdfExporter.toString(DatasetFactory.create(), ExportFormat.JSONLD))).readObject();
        assertTrue(doc.containsKey("@context"));
        assertEquals(0, doc.getJsonArray("@graph").size());
    }

    @Test
    void customBaseIsUsedInEveryFormat() {
        Dataset ds = GraphBuilder.create().baseIri("http://example.org/kg/").startedAt(SampleBiography.STARTED).build()
                .toDataset(SampleBiography.result());
        String ttl = RdfExporter.toString(ds, ExportFormat.TTL);
        assertTrue(ttl.matches("(?s).*PREFIX res: +<http://example\\.org/kg/>.*"), ttl.substring(0, 400));
        JsonObject doc = Json.createReader(new StringReader(RdfExporter.toString(ds, ExportFormat.JSONLD))).readObject();
        assertEquals("http://example.org/kg/", doc.getJsonObject("@context").getString("res"));
        assertTrue(parseGraph(RdfExporter.toString(ds, ExportFormat.TTL), Lang.TURTLE)
                .isIsomorphicWith(ds.asDatasetGraph().getDefaultGraph()));
    }

    @Test
    void formatsAreFoundByNameInAnyCase() {
        assertEquals(ExportFormat.JSONLD, ExportFormat.byName("JsonLD").orElseThrow());
        assertTrue(ExportFormat.byName("yaml").isEmpty());
        // As Jena's riot spells them, too.
        assertEquals(ExportFormat.RDFXML, ExportFormat.byName("RDF/XML").orElseThrow());
        assertEquals(ExportFormat.NQ, ExportFormat.byName("N-Quads").orElseThrow());
        assertEquals(ExportFormat.TTL, ExportFormat.byName("Turtle").orElseThrow());
        assertEquals(ExportFormat.NT, ExportFormat.byName("ntriples").orElseThrow());
        assertEquals("ttl, trig, jsonld, nt, nq, rdfxml", ExportFormat.names());
    }

    private static JsonObject node(JsonArray graph, String id) {
        return graph.getValuesAs(JsonObject.class).stream().filter(o -> id.equals(o.getString("id", null)))
                .findFirst().orElseThrow(() -> new AssertionError("no node " + id));
    }

    private static Graph canonicalDoubles(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isLiteral() && XSDDatatype.XSDdouble.getURI().equals(o.getLiteralDatatypeURI())) {
                o = NodeFactory.createLiteralDT(Double.toString(Double.parseDouble(o.getLiteralLexicalForm())),
                        XSDDatatype.XSDdouble);
            }
            out.add(Triple.create(t.getSubject(), t.getPredicate(), o));
        });
        return out;
    }
}
