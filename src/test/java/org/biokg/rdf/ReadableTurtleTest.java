package org.biokg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Turtle export reads top to bottom: people first, the subject first of all, sorted blocks and lists. */
class ReadableTurtleTest {
    private static final Dataset DATASET = SampleBiography.builder().toDataset(SampleBiography.result());

    @Test
    void theSubjectFirstThenPeopleThenOtherEntitiesThenStatements() {
        String ttl = RdfExporter.toString(DATASET, ExportFormat.TTL);
        List<String> blocks = ttl.lines().filter(l -> !l.isEmpty() && !l.startsWith(" ") && !l.startsWith("PREFIX"))
                .toList();
        assertEquals(List.of("res:Mara_Velinska", "res:Pavel_Oren", "res:Tomas_Rell"), blocks.subList(0, 3),
                "the subject, then the other people by label: " + blocks);
        // Organisations, places, offices follow, each kind by label; then the document and the statements.
        assertEquals(List.of("res:Coastal_Council", "res:Harbour_Workers_League", "res:Drovnik",
                "res:Chair_of_the_Coastal_Council", "doc:mara-velinska"), blocks.subList(3, 8));
        assertTrue(blocks.get(8).startsWith("fact:"), blocks.toString());
        int firstSentence = indexOfPrefix(blocks, "<https://w3id.org/biokg/resource/document/mara-velinska/sentence/");
        assertTrue(firstSentence > 8, blocks.toString());
        assertTrue(blocks.get(blocks.size() - 1).startsWith("run:"), "the run last: " + blocks);

        // In a block: a, the labels, then the other predicates; a statement's subject, predicate and object first.
        String mara = ttl.substring(ttl.indexOf("res:Mara_Velinska\n"), ttl.indexOf(" .\n", ttl.indexOf("res:Mara_Velinska\n")));
        assertTrue(mara.startsWith("res:Mara_Velinska\n    a biokg:Person ;\n    rdfs:label \"Mara Velinska\"@en ;\n"
                + "    skos:altLabel \"Velinska\"@en ;\n"), mara);
        String fact = ttl.substring(ttl.indexOf("\nfact:") + 1);
        assertTrue(fact.matches("(?s)fact:\\w+\\n    a biokg:FactStatement ;\\n    rdf:subject \\S+ ;\\n    rdf:predicate .*"), fact);

        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(back);
        assertTrue(back.isIsomorphicWith(DATASET.asDatasetGraph().getDefaultGraph()));
    }

    @Test
    void objectListsAreSortedOneALine() {
        String ttl = RdfExporter.toString(DATASET, ExportFormat.TTL);
        int at = ttl.indexOf("    biokg:evidence\n");
        assertTrue(at > 0, ttl);
        List<String> objects = ttl.substring(at).lines().skip(1).takeWhile(l -> l.startsWith("        ")).map(String::strip)
                .map(l -> l.replaceAll(" [,;.]$", "")).toList();
        assertTrue(objects.size() >= 1);
        List<String> sorted = objects.stream().sorted().toList();
        assertEquals(sorted, objects);
    }

    @Test
    void trigHoldsTheCandidatesInTheirGraphAndParsesBack() {
        String trig = RdfExporter.toString(DATASET, ExportFormat.TRIG);
        assertTrue(trig.contains("\n<" + BIOKG.CANDIDATES_GRAPH + "> {\n"), trig);
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.fromString(trig, Lang.TRIG).parse(back);
        assertTrue(IsoMatcher.isomorphic(DATASET.asDatasetGraph(), back));
        String nq = RdfExporter.toString(DATASET, ExportFormat.NQ);
        DatasetGraph fromNq = DatasetGraphFactory.create();
        RDFParser.fromString(nq, Lang.NQUADS).parse(fromNq);
        assertTrue(IsoMatcher.isomorphic(DATASET.asDatasetGraph(), fromNq));
        assertEquals(nq.lines().sorted().toList(), nq.lines().toList(), "N-Quads sorted");
    }

    private static int indexOfPrefix(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
