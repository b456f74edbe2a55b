package org.biokg.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;
import org.biokg.extract.ResultJson;
import org.biokg.extract.TimeValue;
import org.biokg.link.CrossDocumentEntities;
import org.biokg.link.EntityMerge;
import org.biokg.text.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The join gives the merges the in-memory step gives, in the same order, and the same documents after them: made-up
 * documents (no CoreNLP) with a surname alone, an initial, a chain to the fullest name, two people of one surname,
 * disagreeing birth years, one-word names and a mention named the same way in several documents.
 */
class CrossDocumentJoinTest {
    private int next;

    private ExtractionResult doc(String id, String subject, String born, String... allies) {
        Entity s = new Entity(id + "-s", subject, EntityType.PERSON);
        List<Fact> facts = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        for (String a : allies) {
            String[] nameAndBirth = a.split("@");
            Entity e = new Entity(id + "-" + (next++), nameAndBirth[0], EntityType.PERSON);
            entities.add(e);
            facts.add(withEvidence(Fact.between(Relation.ALLIED_WITH, s, e), id));
            if (nameAndBirth.length > 1) {
                facts.add(withEvidence(Fact.dated(Relation.BIRTH_DATE, e, new TimeValue(nameAndBirth[1])), id));
            }
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

    @Test
    void theJoinFindsAndAppliesWhatTheInMemoryStepDoes() {
        List<ExtractionResult> results = List.of(
                doc("ada", "Ada Mary Roe", "1901"),
                doc("cy", "Cy Ng", null, "Ada Roe", "Roe", "General Roe", "Mary"),
                doc("dee", "Dee Po", null, "A. Roe", "Ng", "Ko"),
                doc("ben", "Ben Ko", null, "Eve Ko", "Roe@1950"),
                doc("eve", "Eve Ko", "1933", "Ko", "Po", "Mary"),
                doc("fay", "Fay Li", null, "Ada Roe", "Cy Ng", "Li"));
        List<DocumentOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            ExtractionResult r = results.get(i);
            CorpusLine line = new CorpusLine(0, "made-up.jsonl", i + 1, "");
            outcomes.add(DocumentOutcome.read(line, line.where(), r.documentId(), "0".repeat(64), r.subject().label(), ResultJson.toLine(r)));
        }
        Dataset<DocumentOutcome> documents = LocalSpark.session()
                .createDataset(outcomes, Encoders.bean(DocumentOutcome.class)).repartition(3);

        List<EntityMerge> want = CrossDocumentEntities.find(results);
        assertTrue(want.size() >= 4, "made-up merges: " + want);
        assertEquals(want, CrossDocumentJoin.find(documents));

        CrossDocumentJoin.Merged merged = CrossDocumentJoin.merge(LocalSpark.session(), documents);
        assertEquals(want, merged.merges());
        List<String> wantDocs = CrossDocumentEntities.apply(results, want).stream().map(ResultJson::toLine).sorted().toList();
        List<String> gotDocs = merged.documents().collectAsList().stream().map(DocumentOutcome::getResult).sorted().toList();
        assertEquals(wantDocs, gotDocs);
    }
}
