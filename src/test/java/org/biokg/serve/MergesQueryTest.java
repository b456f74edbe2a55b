package org.biokg.serve;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;
import org.biokg.text.Span;
import org.biokg.link.CrossDocumentEntities;
import org.biokg.link.DocumentConsolidation;
import org.biokg.link.EntityMerge;
import org.biokg.rdf.GraphBuilder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The named query "merges" on two made-up biographies: Cy Ng's names his ally "Roe" only. */
class MergesQueryTest {
    private static ExtractionResult doc(String id, String subject, String ally, String sentence) {
        Entity s = new Entity(id + "-s", subject, EntityType.PERSON);
        List<Entity> entities = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        Entity league = new Entity(id + "-l", "Harbour League", EntityType.ORGANIZATION);
        entities.add(league);
        facts.add(evidenced(Fact.between(Relation.MEMBER_OF, s, league), id, sentence));
        if (ally != null) {
            Entity a = new Entity(id + "-a", ally, EntityType.PERSON);
            entities.add(a);
            facts.add(evidenced(Fact.between(Relation.ALLIED_WITH, s, a), id, sentence));
        }
        return new ExtractionResult(id, id + ".txt", s, entities, facts);
    }

    private static Fact evidenced(Fact f, String doc, String sentence) {
        f.addEvidence(new Evidence(doc, 0, new Span(0, sentence.length()), sentence, new Span(0, 2), new Span(5, 8), "test/made-up", 0.8));
        return f;
    }

    @Test
    void explainsWhyAShortNameIsThePersonAnotherBiographyIsAbout() {
        List<ExtractionResult> rs = List.of(doc("ada-roe", "Ada Roe", null, "Ada Roe joined the Harbour League."),
                doc("cy-ng", "Cy Ng", "Roe", "Cy Ng sided with Roe in the Harbour League."));
        List<EntityMerge> merges = CrossDocumentEntities.find(rs);
        Dataset ds = GraphBuilder.create().merges(merges).build().toDataset(CrossDocumentEntities.apply(rs, merges));
        try (QueryExecution qe = QueryExecution.create(NamedQueries.find("merges").orElseThrow().text(), ds)) {
            var rows = qe.execSelect();
            QuerySolution row = rows.next();
            assertEquals("Roe", row.getLiteral("name").getString());
            assertEquals("Ada Roe", row.getLiteral("label").getString());
            assertEquals("cy-ng.txt", row.getLiteral("document").getString());
            assertEquals("ada-roe.txt", row.getLiteral("target").getString());
            assertEquals("Cy Ng sided with Roe in the Harbour League.", row.getLiteral("sentence").getString());
            assertEquals(false, rows.hasNext());
        }
    }

    @Test
    void explainsAMergeWithinOneDocumentToo() {
        Entity ann = new Entity("s", "Ann Roe", EntityType.PERSON);
        Entity editor = new Entity("o1", "Editor", EntityType.OFFICE);
        Entity clarion = new Entity("o2", "Editor of the Clarion", EntityType.OFFICE);
        Fact bare = evidenced(Fact.between(Relation.HELD_OFFICE, ann, editor), "ann-roe", "The Clarion hired Ann Roe as its editor.");
        Fact full = evidenced(Fact.between(Relation.HELD_OFFICE, ann, clarion), "ann-roe", "Ann Roe was editor of the Clarion.");
        bare.setStart(new org.biokg.extract.TimeValue("1900"));
        full.setStart(new org.biokg.extract.TimeValue("1900"));
        List<ExtractionResult> rs = DocumentConsolidation.apply(List.of(
                new ExtractionResult("ann-roe", "ann-roe.txt", ann, List.of(editor, clarion), List.of(bare, full))));
        Dataset ds = GraphBuilder.create().build().toDataset(rs);
        try (QueryExecution qe = QueryExecution.create(NamedQueries.find("merges").orElseThrow().text(), ds)) {
            var rows = qe.execSelect();
            QuerySolution row = rows.next();
            assertEquals("Editor", row.getLiteral("name").getString());
            assertEquals("Editor of the Clarion", row.getLiteral("label").getString());
            assertEquals("ann-roe.txt", row.getLiteral("document").getString());
            assertEquals("ann-roe.txt", row.getLiteral("target").getString());
            assertEquals("'Editor' and 'Editor of the Clarion' are one post with and without its body, held by Ann Roe at the same time",
                    row.getLiteral("reason").getString());
            assertEquals(false, rows.hasNext());
        }
    }
}
