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
        assertEquals(List.of("res:Mara_Velinska", "res:Ilse_Kordt", "res:Pavel_Oren", "res:Tomas_Rell"), blocks.subList(0, 4),
                "the subject, then the other people by label: " + blocks);
        // Organisations, places, offices follow, each kind by label; then the document and the statements.
        assertEquals(List.of("res:Coastal_Council", "res:Harbour_Workers_League", "res:Drovnik",
                "res:Chair_of_the_Coastal_Council", "doc:mara-velinska"), blocks.subList(4, 9));
        assertTrue(blocks.get(9).startsWith("fact:"), blocks.toString());
        int firstSentence = indexOfPrefix(blocks, "<https://w3id.org/biokg/resource/document/mara-velinska/sentence/");
        assertTrue(firstSentence > 9, blocks.toString());
        assertTrue(blocks.get(firstSentence + 1).endsWith("/sentence/1>"), "sentences in text order: " + blocks);
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
        Dataset ds = SampleBiography.builder().toDataset(SampleBiography.result());
        org.apache.jena.rdf.model.Model m = ds.getDefaultModel();
        for (String name : List.of("Zora_Quill", "Anton_Brel", "Mika_Dorn")) {
            m.add(m.getResource(BIOKG.RESOURCE_BASE + "Mara_Velinska"), BIOKG.property(org.biokg.extract.Relation.OPPOSED),
                    m.getResource(BIOKG.RESOURCE_BASE + name));
        }
        String ttl = RdfExporter.toString(ds, ExportFormat.TTL);
        // A predicate alone on its line heads a list of several objects, one a line below it.
        List<String> lines = ttl.lines().toList();
        int at = -1;
        for (int i = 0; i < lines.size() && at < 0; i++) {
            if (lines.get(i).matches("    \\S+") && !lines.get(i).equals("    a")) {
                at = i;
            }
        }
        assertTrue(at > 0, ttl);
        List<String> objects = lines.subList(at + 1, lines.size()).stream().takeWhile(l -> l.startsWith("        "))
                .map(String::strip).map(l -> l.replaceAll(" [,;.]$", "")).toList();
        assertEquals(List.of("res:Anton_Brel", "res:Ilse_Kordt", "res:Mika_Dorn", "res:Zora_Quill"), objects);
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
