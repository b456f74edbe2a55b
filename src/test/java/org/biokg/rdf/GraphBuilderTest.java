package org.biokg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;
import org.biokg.text.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.biokg.rdf.SampleBiography.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraphBuilderTest {
    private static final String RES = BIOKG.RESOURCE_BASE;

    /** The "why" query of ontology/README.md, for one relation, subject label and object label fragment. */
    static String whyQuery(String relation, String subject, String objectFragment) {
        return """
                SELECT ?text ?rule ?conf WHERE {
                  ?st rdf:subject ?s ; rdf:predicate biokg:%s ; rdf:object ?o ; biokg:evidence ?ev .
                  ?ev biokg:rule ?rule ; biokg:confidence ?conf ; biokg:sentence/biokg:text ?text .
                  ?s rdfs:label "%s"@en .
                  ?o rdfs:label ?ol FILTER(CONTAINS(?ol, "%s"))
                }""".formatted(relation, subject, objectFragment);
    }

    private static Dataset sample() {
        return SampleBiography.builder().toDataset(SampleBiography.result());
    }

    @Test
    void entitiesAreTypedAndLabelledOnce() {
        Model m = sample().getDefaultModel();
        Resource mara = m.getResource(RES + "Mara_Velinska");
        assertTrue(m.contains(mara, RDF.type, BIOKG.Person));
        // English labels: "Mara Velinska"@en.
        assertEquals(List.of("\"Mara Velinska\"@en"), m.listObjectsOfProperty(mara, RDFS.label).mapWith(RDFNode::toString).toList());
        assertTrue(m.contains(mara, SKOS.altLabel, "Velinska", "en"));
        assertTrue(m.contains(m.getResource(RES + "Tomas_Rell"), RDFS.label, "Tomás Rell", "en"));
        assertTrue(m.contains(m.getResource(RES + "Harbour_Workers_League"), RDF.type, BIOKG.Organization));
        assertTrue(m.contains(m.getResource(RES + "Chair_of_the_Coastal_Council"), RDF.type, BIOKG.Office));
        assertTrue(m.contains(m.getResource(RES + "Drovnik"), RDF.type, BIOKG.Place));
    }

    /** Evidence read over edges parse repairs added names each repair, beside its rule; other evidence names none. */
    @Test
    void evidenceNamesTheParseRepairsBehindItsMatch() {
        Entity ann = new Entity("e1", "Ann Roe", EntityType.PERSON);
        Entity guild = new Entity("e2", "Glass Guild", EntityType.ORGANIZATION);
        Fact expelled = Fact.between(Relation.EXPELLED_FROM, ann, guild);
        String text = "In 1890 Ann Roe was expelled from the Glass Guild.";
        expelled.addEvidence(new Evidence("ann-roe", 0, new Span(0, text.length()), text, new Span(8, 15), new Span(38, 49),
                "expelledFrom/expelled-from", 0.9, List.of("restore-glued-subjects", "share-subjects-with-earlier-conjuncts")));
        Fact member = Fact.between(Relation.MEMBER_OF, ann, guild);
        member.addEvidence(new Evidence("ann-roe", 0, new Span(0, text.length()), text, new Span(8, 15), new Span(38, 49),
                "memberOf/expelled-implies", 0.6));
        Model m = GraphBuilder.create().build()
                .toDataset(new ExtractionResult("ann-roe", "ann-roe.txt", ann, List.of(ann, guild), List.of(expelled, member)))
                .getDefaultModel();

        Resource withRepairs = m.listResourcesWithProperty(BIOKG.rule, "expelledFrom/expelled-from").next();
        assertEquals(Set.of("restore-glued-subjects", "share-subjects-with-earlier-conjuncts"),
                m.listObjectsOfProperty(withRepairs, BIOKG.repair).mapWith(n -> n.asLiteral().getString()).toSet());
        Resource without = m.listResourcesWithProperty(BIOKG.rule, "memberOf/expelled-implies").next();
        assertFalse(m.contains(without, BIOKG.repair), "no repair behind it");
    }

    @Test
    void plainTriplesForEveryAssertedFact() {
        Model m = sample().getDefaultModel();
        assertTrue(Sparql.ask(m, "res:Mara_Velinska biokg:expelledFrom res:Harbour_Workers_League"));
        assertTrue(Sparql.ask(m, "res:Mara_Velinska biokg:heldOffice res:Chair_of_the_Coastal_Council"));
        assertTrue(Sparql.ask(m, "res:Mara_Velinska biokg:bornIn res:Drovnik"));
        assertTrue(Sparql.ask(m, "res:Mara_Velinska biokg:birthDate \"1881-03-12\"^^xsd:date"));
        assertTrue(Sparql.ask(m, "res:Mara_Velinska biokg:memberOf res:Harbour_Workers_League"));
    }

    @Test
    void symmetricFactsAreQueryableInBothDirections() {
        Model m = sample().getDefaultModel();
        assertTrue(Sparql.ask(m, "res:Mara_Velinska biokg:alliedWith res:Tomas_Rell"));
        assertTrue(Sparql.ask(m, "res:Tomas_Rell biokg:alliedWith res:Mara_Velinska"));
        assertTrue(Sparql.ask(m, "res:Ilse_Kordt biokg:opposed res:Mara_Velinska"));
        assertTrue(Sparql.ask(m, "res:Pavel_Oren biokg:spouse res:Mara_Velinska"));
        // The evidence too: the "why" query works from either side, with the mentions swapped.
        List<QuerySolution> fromRell = Sparql.select(m, whyQuery("alliedWith", "Tomás Rell", "Mara"));
        assertEquals(1, fromRell.size());
        assertTrue(fromRell.get(0).getLiteral("text").getString().contains("sided with Tomás Rell"));
        List<QuerySolution> spans = Sparql.select(m, """
                SELECT ?ss ?os WHERE { ?st rdf:subject res:Tomas_Rell ; rdf:predicate biokg:alliedWith ;
                  biokg:evidence [ biokg:subjectStart ?ss ; biokg:objectStart ?os ] }""");
        assertEquals(TEXT.indexOf("Tomás Rell"), spans.get(0).getLiteral("ss").getInt());
        assertEquals(TEXT.indexOf("she sided"), spans.get(0).getLiteral("os").getInt());
        // A non-symmetric relation is not reversed.
        assertFalse(Sparql.ask(m, "res:Harbour_Workers_League biokg:expelledFrom res:Mara_Velinska"));
    }

    @Test
    void whyQueryReturnsTheEvidenceSentenceForTheCoreRelations() {
        Dataset ds = sample();
        assertWhy(ds, "alliedWith", "Tomás", "In 1904 she sided with Tomás Rell against the harbour owners.",
                "alliedWith/sided-with", 0.8);
        assertWhy(ds, "expelledFrom", "League", "She was expelled from the Harbour Workers' League in 1927.",
                "expelledFrom/expelled-from", 0.9);
        assertWhy(ds, "heldOffice", "Chair", "From April 1919 to 1922 she served as Chair of the Coastal Council.",
                "heldOffice/served-as", 0.9);
    }

    private static void assertWhy(Dataset ds, String relation, String objectFragment, String sentence, String rule,
                                  double confidence) {
        List<QuerySolution> rows = Sparql.select(ds.getDefaultModel(), whyQuery(relation, "Mara Velinska", objectFragment));
        assertEquals(1, rows.size(), relation);
        assertEquals(sentence, rows.get(0).getLiteral("text").getString());
        assertEquals(rule, rows.get(0).getLiteral("rule").getString());
        assertEquals(confidence, rows.get(0).getLiteral("conf").getDouble(), 1e-9);
    }

    @Test
    void evidenceOffsetsPointIntoTheOriginalText() {
        Model m = sample().getDefaultModel();
        List<QuerySolution> rows = Sparql.select(m, """
                SELECT ?start ?end ?os ?oe ?text ?doc WHERE {
                  ?st rdf:predicate biokg:expelledFrom ; biokg:evidence ?ev .
                  ?ev biokg:objectStart ?os ; biokg:objectEnd ?oe ; biokg:sentence ?s .
                  ?s biokg:startOffset ?start ; biokg:endOffset ?end ; biokg:text ?text ; biokg:inDocument ?doc }""");
        assertEquals(1, rows.size());
        QuerySolution r = rows.get(0);
        assertEquals(r.getLiteral("text").getString(),
                TEXT.substring(r.getLiteral("start").getInt(), r.getLiteral("end").getInt()));
        assertEquals("Harbour Workers' League", TEXT.substring(r.getLiteral("os").getInt(), r.getLiteral("oe").getInt()));
        assertEquals(XSDDatatype.XSDinteger.getURI(), r.getLiteral("start").getDatatypeURI());
        assertEquals(RES + "document/mara-velinska", r.getResource("doc").getURI());
    }

    @Test
    void documentAndRunCarryProvenance() {
        Model m = sample().getDefaultModel();
        Resource doc = m.getResource(RES + "document/mara-velinska");
        assertTrue(m.contains(doc, RDF.type, BIOKG.SourceDocument));
        // Named by its file name and titled by its subject, never by a local path.
        assertTrue(m.contains(doc, RDFS.label, "mara-velinska.txt", "en"));
        assertTrue(m.contains(doc, SCHEMA.name, "Mara Velinska", "en"));
        assertTrue(m.contains(doc, SCHEMA.about, m.getResource(RES + "Mara_Velinska")));
        assertTrue(m.contains(doc, BIOKG.sha256, Digests.sha256Hex(TEXT)));
        List<QuerySolution> runs = Sparql.select(m, """
                SELECT ?run ?t ?th WHERE { ?run a biokg:ExtractionRun ; prov:used ?doc ; prov:startedAtTime ?t ;
                  biokg:confidenceThreshold ?th . ?ev prov:wasGeneratedBy ?run }""");
        assertFalse(runs.isEmpty());
        assertEquals("2024-05-01T12:00:00Z", runs.get(0).getLiteral("t").getLexicalForm());
        assertEquals(0.5, runs.get(0).getLiteral("th").getDouble());
    }

    @Test
    void officeTermKeepsDatesAndBody() {
        Model m = sample().getDefaultModel();
        List<QuerySolution> rows = Sparql.select(m, """
                SELECT ?term ?start ?end ?body WHERE {
                  res:Mara_Velinska biokg:hasOfficeTerm ?term .
                  ?term a biokg:OfficeTerm ; biokg:holder res:Mara_Velinska ;
                    biokg:office res:Chair_of_the_Coastal_Council ; biokg:ofBody ?body ;
                    biokg:startDate ?start ; biokg:endDate ?end .
                  ?st rdf:predicate biokg:heldOffice ; biokg:officeTerm ?term }""");
        assertEquals(1, rows.size());
        QuerySolution r = rows.get(0);
        assertTrue(r.getResource("term").getURI().matches(RES.replace(".", "\\.") + "term/[0-9a-f]{16}"));
        assertEquals(RES + "Coastal_Council", r.getResource("body").getURI());
        assertLiteral(r.getLiteral("start"), "1919-04", XSDDatatype.XSDgYearMonth);
        assertLiteral(r.getLiteral("end"), "1922", XSDDatatype.XSDgYear);
    }

    private static void assertLiteral(Literal l, String lexical, XSDDatatype type) {
        assertEquals(lexical, l.getLexicalForm());
        assertEquals(type.getURI(), l.getDatatypeURI());
    }

    @Test
    void lowConfidenceFactsGoToTheCandidatesGraphOnly() {
        Dataset ds = sample();
        Model asserted = ds.getDefaultModel();
        Model candidates = ds.getNamedModel(BIOKG.CANDIDATES_GRAPH);
        assertFalse(Sparql.ask(asserted, "?s biokg:residedIn ?o"));
        assertFalse(Sparql.ask(asserted, "?st rdf:predicate biokg:residedIn"));
        assertFalse(asserted.containsResource(asserted.getResource(RES + "Port_Halden")));
        assertTrue(Sparql.ask(candidates, "res:Mara_Velinska biokg:residedIn res:Port_Halden"));
        // Self-contained: statement, evidence, sentence and both entities' labels are in the graph.
        assertTrue(Sparql.ask(candidates, """
                ?st a biokg:FactStatement ; rdf:predicate biokg:residedIn ; biokg:confidence 0.3e0 ;
                    biokg:evidence/biokg:sentence/biokg:text "She may have lived in Port Halden for a while." .
                res:Mara_Velinska rdfs:label "Mara Velinska"@en . res:Port_Halden a biokg:Place ; rdfs:label "Port Halden"@en ."""));
        // Nothing asserted leaks into the candidates graph.
        assertFalse(Sparql.ask(candidates, "?s biokg:alliedWith ?o"));
    }

    @Test
    void thresholdIsConfigurable() {
        ExtractionResult r = SampleBiography.result();
        Dataset lenient = GraphBuilder.create().confidenceThreshold(0.2).startedAt(SampleBiography.STARTED).build().toDataset(r);
        assertTrue(Sparql.ask(lenient.getDefaultModel(), "res:Mara_Velinska biokg:residedIn res:Port_Halden"));
        assertFalse(lenient.containsNamedModel(BIOKG.CANDIDATES_GRAPH), "no candidates, no empty named graph");

        Dataset strict = GraphBuilder.create().confidenceThreshold(0.85).startedAt(SampleBiography.STARTED).build().toDataset(r);
        assertFalse(Sparql.ask(strict.getDefaultModel(), "?s biokg:alliedWith ?o"));
        assertTrue(Sparql.ask(strict.getNamedModel(BIOKG.CANDIDATES_GRAPH), "?s biokg:alliedWith ?o"));
        // At the threshold is asserted.
        assertTrue(Sparql.ask(strict.getDefaultModel(), "?s biokg:bornIn ?o"));
    }

    @Test
    void twoBuildsGiveTheSameIrisAndTriples() {
        Dataset first = sample();
        Dataset second = SampleBiography.builder().toDataset(SampleBiography.result());
        assertEquals(iris(first), iris(second));
        assertTrue(IsoMatcher.isomorphic(first.asDatasetGraph(), second.asDatasetGraph()));
        for (ExportFormat format : ExportFormat.values()) {
            assertEquals(RdfExporter.toString(first, format), RdfExporter.toString(second, format), format.formatName());
        }
    }

    @Test
    void irisDoNotDependOnTheBuildTime() {
        Dataset now = GraphBuilder.create().sourceDigest(SampleBiography.DOCUMENT_ID, Digests.sha256Hex(TEXT)).build()
                .toDataset(SampleBiography.result());
        Dataset fixed = sample();
        assertEquals(iris(fixed), iris(now));
    }

    private static Set<String> iris(Dataset ds) {
        Set<String> iris = new TreeSet<>();
        ds.asDatasetGraph().find().forEachRemaining(q -> {
            if (q.getSubject().isURI()) {
                iris.add(q.getSubject().getURI());
            }
            if (q.getObject().isURI()) {
                iris.add(q.getObject().getURI());
            }
        });
        return iris;
    }

    @Test
    void baseIriIsConfigurable() {
        Dataset ds = GraphBuilder.create().baseIri("http://example.org/kg/").startedAt(SampleBiography.STARTED)
                .build().toDataset(SampleBiography.result());
        Model m = ds.getDefaultModel();
        assertTrue(m.contains(m.getResource("http://example.org/kg/Mara_Velinska"), RDF.type, BIOKG.Person));
        assertEquals("http://example.org/kg/", ds.getPrefixMapping().getNsPrefixURI("res"));
        assertFalse(iris(ds).stream().anyMatch(i -> i.startsWith(RES)));
    }

    @Test
    void sameFactInTwoDocumentsIsOneStatementWithCombinedEvidence() {
        Entity ada = new Entity("p1", "Ada Brand", EntityType.PERSON);
        Entity guild = new Entity("o1", "Weavers' Guild", EntityType.ORGANIZATION);
        Entity ada2 = new Entity("x7", "Ada Brand", EntityType.PERSON);
        ada2.addAlias("A. Brand");
        Entity guild2 = new Entity("x8", "Weavers' Guild", EntityType.ORGANIZATION);
        ExtractionResult one = result("one", ada, guild, 0.9);
        ExtractionResult two = result("two", ada2, guild2, 0.5);
        Model m = GraphBuilder.create().startedAt(SampleBiography.STARTED).build().toDataset(one, two).getDefaultModel();
        List<QuerySolution> rows = Sparql.select(m, """
                SELECT ?st ?conf (COUNT(?ev) AS ?n) WHERE { ?st rdf:subject res:Ada_Brand ;
                  rdf:predicate biokg:memberOf ; biokg:confidence ?conf ; biokg:evidence ?ev } GROUP BY ?st ?conf""");
        assertEquals(1, rows.size());
        assertEquals(2, rows.get(0).getLiteral("n").getInt());
        assertEquals(0.95, rows.get(0).getLiteral("conf").getDouble(), 1e-9);
        assertTrue(m.contains(m.getResource(RES + "Ada_Brand"), SKOS.altLabel, "A. Brand", "en"));
        assertEquals(2, m.listSubjectsWithProperty(RDF.type, BIOKG.SourceDocument).toList().size());
    }

    private static ExtractionResult result(String doc, Entity person, Entity org, double confidence) {
        String sentence = person.label() + " joined the " + org.label() + ".";
        Fact f = Fact.between(Relation.MEMBER_OF, person, org);
        f.addEvidence(new Evidence(doc, 0, new Span(0, sentence.length()), sentence, new Span(0, 9),
                new Span(sentence.indexOf(org.label()), sentence.length() - 1), "memberOf/joined", confidence));
        return new ExtractionResult(doc, doc + ".txt", person, List.of(person, org), List.of(f));
    }

    @Test
    void confidencesAreRoundedDoubles() {
        Entity ada = new Entity("p1", "Ada Brand", EntityType.PERSON);
        Entity guild = new Entity("o1", "Weavers' Guild", EntityType.ORGANIZATION);
        Fact f = Fact.between(Relation.MEMBER_OF, ada, guild);
        f.addEvidence(new Evidence("d", 0, new Span(0, 5), "text.", null, null, "r1", 0.7));
        f.addEvidence(new Evidence("d", 1, new Span(6, 11), "more.", null, null, "r2", 0.7));
        Model m = GraphBuilder.create().build()
                .toDataset(new ExtractionResult("d", "d.txt", ada, List.of(ada, guild), List.of(f))).getDefaultModel();
        Literal conf = Sparql.select(m, "SELECT ?c WHERE { ?st rdf:predicate biokg:memberOf ; biokg:confidence ?c }")
                .get(0).getLiteral("c");
        assertEquals("0.91", conf.getLexicalForm()); // 1 - 0.3 * 0.3, not 0.9099999999999999
        assertEquals(XSDDatatype.XSDdouble.getURI(), conf.getDatatypeURI());
    }

    @Test
    void factWithoutEvidenceIsRejected() {
        Entity ada = new Entity("p1", "Ada Brand", EntityType.PERSON);
        Entity town = new Entity("l1", "Kessel", EntityType.PLACE);
        Fact f = Fact.between(Relation.BORN_IN, ada, town);
        ExtractionResult r = new ExtractionResult("d", "d.txt", ada, List.of(ada, town), List.of(f));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GraphBuilder.create().build().toDataset(r));
        assertTrue(e.getMessage().contains("bornIn(Ada Brand, Kessel)"), e.getMessage());
    }

    @Test
    void builderRejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> GraphBuilder.create().confidenceThreshold(1.5));
        assertThrows(IllegalArgumentException.class, () -> GraphBuilder.create().confidenceThreshold(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> GraphBuilder.create().baseIri("example.org/"));
        assertThrows(IllegalArgumentException.class, () -> GraphBuilder.create().baseIri("http://example.org/x"));
        assertThrows(IllegalArgumentException.class, () -> GraphBuilder.create().sourceDigest("d", "ABC"));
        assertEquals(GraphBuilder.DEFAULT_THRESHOLD, GraphBuilder.create().build().confidenceThreshold());
    }

    @Test
    void statementsAreDistinctPerDirectionAndTerm() {
        Model m = sample().getDefaultModel();
        List<QuerySolution> rows = Sparql.select(m, "SELECT DISTINCT ?st WHERE { ?st a biokg:FactStatement }");
        // 8 asserted facts, 3 of them symmetric (alliedWith, opposed, spouse) and so stated twice.
        assertEquals(11, rows.size());
        String nt = RDFWriter.source(m).format(RDFFormat.NTRIPLES).asString();
        assertNotNull(nt);
        assertNotEquals(0, nt.length());
    }
}
