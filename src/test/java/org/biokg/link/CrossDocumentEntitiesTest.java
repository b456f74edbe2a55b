package org.biokg.link;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;
import org.biokg.text.Span;
import org.biokg.extract.TimeValue;
import org.biokg.rdf.GraphBuilder;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up documents: who is "Roe" in a biography that never gives her first name? */
class CrossDocumentEntitiesTest {
    private int next;

    /** A document whose subject holds an office and knows the people given, with an optional birth year. */
    private ExtractionResult doc(String id, String subject, String born, String... allies) {
        Entity s = new Entity(id + "-s", subject, EntityType.PERSON);
        List<Fact> facts = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        for (String a : allies) {
            Entity e = new Entity(id + "-" + (next++), a, EntityType.PERSON);
            entities.add(e);
            facts.add(withEvidence(Fact.between(Relation.ALLIED_WITH, s, e), id));
        }
        if (born != null) {
            facts.add(withEvidence(Fact.dated(Relation.BIRTH_DATE, s, new TimeValue(born)), id));
        }
        Entity party = new Entity(id + "-p", "People's League", EntityType.ORGANIZATION);
        entities.add(party);
        facts.add(withEvidence(Fact.between(Relation.MEMBER_OF, s, party), id));
        return new ExtractionResult(id, id + ".txt", s, entities, facts);
    }

    private static Fact withEvidence(Fact f, String doc) {
        f.addEvidence(new Evidence(doc, 0, new Span(0, 40), "A made-up sentence of " + doc + ".", new Span(0, 3),
                new Span(10, 13), "test/made-up", 0.8));
        return f;
    }

    private static Map<String, String> merged(List<ExtractionResult> results) {
        return CrossDocumentEntities.labels(CrossDocumentEntities.find(results));
    }

    @Test
    void aSurnameAloneIsThePersonAnotherDocumentNamesInFullWhenThereIsOnlyOne() {
        List<ExtractionResult> rs = List.of(doc("ada", "Ada Roe", "1901"), doc("cy", "Cy Ng", null, "Roe", "General Roe"),
                doc("dee", "Dee Po", null, "A. Roe"));
        assertEquals(Map.of("cy:Roe", "Ada Roe", "cy:General Roe", "Ada Roe", "dee:A. Roe", "Ada Roe"), merged(rs));
    }

    @Test
    void twoPeopleWithTheSurnameLeaveItUndecidedAndAFirstNameIsNeverASurname() {
        List<ExtractionResult> rs = List.of(doc("ada", "Ada Roe", null), doc("ben", "Ben Roe", null),
                doc("cy", "Cy Ng", null, "Roe", "Ada", "Ben Roe"));
        Map<String, String> m = merged(rs);
        assertFalse(m.containsKey("cy:Roe"), m.toString());
        assertFalse(m.containsKey("cy:Ada"), m.toString());
        assertTrue(m.isEmpty(), "'Ben Roe' is the same label in two documents: one resource already, no merge: " + m);
    }

    @Test
    void fullerSpellingsOfOneNameAreOneTargetAndChainsEndAtTheFullest() {
        List<ExtractionResult> rs = List.of(doc("ada", "Ada Mary Roe", null), doc("cy", "Cy Ng", null, "Ada Roe"),
                doc("dee", "Dee Po", null, "Roe"));
        assertEquals(Map.of("cy:Ada Roe", "Ada Mary Roe", "dee:Roe", "Ada Mary Roe"), merged(rs));
    }

    /** Cy Ng's biography names a "Roe" born in {@code year}. */
    private ExtractionResult cyKnowsRoeBornIn(String year) {
        ExtractionResult cy = doc("cy", "Cy Ng", null, "Roe");
        Entity roe = cy.entities().get(0);
        List<Fact> facts = new ArrayList<>(cy.facts());
        facts.add(withEvidence(Fact.dated(Relation.BIRTH_DATE, roe, new TimeValue(year)), "cy"));
        return new ExtractionResult("cy", "cy.txt", cy.subject(), cy.entities(), facts);
    }

    @Test
    void birthYearsThatDisagreeForbidAMergeAndASubjectIsNeverMergedAway() {
        ExtractionResult mother = doc("ada", "Ada Roe", "1901");
        assertTrue(merged(List.of(mother, cyKnowsRoeBornIn("1950"))).isEmpty());
        assertEquals(Map.of("cy:Roe", "Ada Roe"), merged(List.of(mother, cyKnowsRoeBornIn("1901"))));
        assertTrue(merged(List.of(mother, doc("roe", "Roe", "1901"))).isEmpty(), "the subject of a biography is its own");
    }

    @Test
    void otherTypesAreOneByTheirExactLabelOnlyAndTheDecisionIgnoresItsOwnDocument() {
        List<ExtractionResult> rs = List.of(doc("ada", "Ada Roe", null), doc("cy", "Cy Ng", null));
        List<EntityProfile> profiles = new ArrayList<>();
        rs.forEach(r -> profiles.addAll(EntityProfile.of(r)));
        EntityProfile league = profiles.stream().filter(p -> p.type() == EntityType.ORGANIZATION).findFirst().orElseThrow();
        assertEquals(List.of("Organization:people s league"), league.blockingKeys());
        assertEquals(Optional.empty(), CrossDocumentEntities.decide(league, profiles));
        EntityProfile ada = profiles.stream().filter(p -> p.label().equals("Ada Roe")).findFirst().orElseThrow();
        EntityProfile roeInAda = new EntityProfile("ada", "x", EntityType.PERSON, "Roe", List.of("Roe"), false, null, null);
        assertEquals(Optional.empty(), CrossDocumentEntities.decide(roeInAda, List.of(ada)), "same document: the extraction's job");
    }

    @Test
    void applyRelabelsCopiesKeepsTheOldNameAsAnAliasAndTheGraphExplainsTheMerge() {
        List<ExtractionResult> rs = List.of(doc("ada", "Ada Roe", null), doc("cy", "Cy Ng", null, "Roe"));
        List<EntityMerge> merges = CrossDocumentEntities.find(rs);
        List<ExtractionResult> applied = CrossDocumentEntities.apply(rs, merges);
        assertEquals("Roe", rs.get(1).entities().get(0).label(), "the results given are not changed");
        Entity roe = applied.get(1).entities().get(0);
        assertEquals("Ada Roe", roe.label());
        assertTrue(roe.aliases().contains("Roe"));

        Dataset ds = GraphBuilder.create().startedAt(Instant.parse("2026-01-01T00:00:00Z")).merges(merges).build().toDataset(applied);
        String q = """
                PREFIX biokg: <https://w3id.org/biokg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?name ?into ?doc ?why (COUNT(DISTINCT ?ally) AS ?allies) WHERE {
                  ?m a biokg:EntityMerge ; biokg:mergedName ?name ; biokg:mergedInto ?e ; biokg:mergedDocument ?d ;
                     biokg:targetDocument ?t ; biokg:mergeReason ?why .
                  ?e rdfs:label ?into . ?d rdfs:label ?doc .
                  OPTIONAL { ?ally biokg:alliedWith ?e }
                } GROUP BY ?name ?into ?doc ?why""";
        try (QueryExecution qe = QueryExecution.create(q, ds)) {
            ResultSet rows = qe.execSelect();
            QuerySolution row = rows.next();
            assertEquals("Roe", row.getLiteral("name").getString());
            assertEquals("Ada Roe", row.getLiteral("into").getString());
            assertEquals("cy.txt", row.getLiteral("doc").getString());
            assertTrue(row.getLiteral("why").getString().contains("one person only"));
            assertEquals(1, row.getLiteral("allies").getInt(), "Cy Ng's ally is the resource of Ada Roe's own biography");
            assertFalse(rows.hasNext());
        }
    }

    @Test
    void eachDocumentsOwnEvidenceIsInItsNamedGraphAndTheDefaultGraphMergesThem() {
        List<ExtractionResult> rs = List.of(doc("ada", "Ada Roe", null), doc("cy", "Cy Ng", null));
        Dataset ds = GraphBuilder.create().startedAt(Instant.parse("2026-01-01T00:00:00Z")).build().toDataset(rs);
        String q = """
                PREFIX biokg: <https://w3id.org/biokg/ontology#>
                SELECT ?g (COUNT(DISTINCT ?ev) AS ?n) (COUNT(DISTINCT ?doc) AS ?docs) WHERE {
                  GRAPH ?g { ?st biokg:evidence ?ev . ?ev biokg:sentence/biokg:inDocument ?doc }
                } GROUP BY ?g ORDER BY ?g""";
        List<String> graphs = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(q, ds)) {
            qe.execSelect().forEachRemaining(r -> {
                graphs.add(r.getResource("g").getURI());
                assertEquals(1, r.getLiteral("docs").getInt(), "one document per graph");
                assertEquals(1, r.getLiteral("n").getInt());
            });
        }
        assertEquals(List.of("https://w3id.org/biokg/graph/document/ada", "https://w3id.org/biokg/graph/document/cy"), graphs);
        String both = "PREFIX biokg: <https://w3id.org/biokg/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?p biokg:memberOf ?l }";
        try (QueryExecution qe = QueryExecution.create(both, ds)) {
            assertEquals(2, qe.execSelect().next().getLiteral("n").getInt(), "the default graph holds both documents' facts");
        }
    }
}
