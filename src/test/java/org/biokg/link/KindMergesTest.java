package org.biokg.link;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;
import org.biokg.rdf.GraphBuilder;
import org.biokg.text.Span;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up biographies: when is one document's "President", "Tsar" or "Communist Party" (a label that names a kind,
 * which alone identifies nothing across documents) another document's?
 */
class KindMergesTest {
    /**
     * A document (its subject: "Subject Of " + id) in which each {holder, post} pair says the holder held the post
     * (one entity per post label); a post written "label|alias" has that alias too.
     */
    private static ExtractionResult doc(String id, String... holderPost) {
        Entity s = new Entity(id + "-s", "Subject Of " + id, EntityType.PERSON);
        List<Entity> entities = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        java.util.Map<String, Entity> posts = new java.util.HashMap<>();
        for (int i = 0; i < holderPost.length; i += 2) {
            Entity holder = holderPost[i].equals(s.label()) ? s : new Entity(id + "-h" + i, holderPost[i], EntityType.PERSON);
            String[] names = holderPost[i + 1].split("\\|");
            int n = i;
            Entity post = posts.computeIfAbsent(names[0], k -> {
                Entity p = new Entity(id + "-p" + n, k, EntityType.OFFICE);
                entities.add(p);
                return p;
            });
            for (int a = 1; a < names.length; a++) {
                post.addAlias(names[a]);
            }
            if (holder != s) {
                entities.add(holder);
            }
            facts.add(withEvidence(Fact.between(Relation.HELD_OFFICE, holder, post), id));
        }
        return new ExtractionResult(id, id + ".txt", s, entities, facts);
    }

    /** A document whose subject joined {@code party} (with its aliases). */
    private static ExtractionResult member(String id, String party, String... aliases) {
        Entity s = new Entity(id + "-s", "Subject Of " + id, EntityType.PERSON);
        Entity p = new Entity(id + "-o", party, EntityType.ORGANIZATION);
        for (String a : aliases) {
            p.addAlias(a);
        }
        return new ExtractionResult(id, id + ".txt", s, List.of(p), List.of(withEvidence(Fact.between(Relation.MEMBER_OF, s, p), id)));
    }

    private static Fact withEvidence(Fact f, String doc) {
        f.addEvidence(new Evidence(doc, 0, new Span(0, 40), "A made-up sentence of " + doc + ".", new Span(0, 3),
                new Span(10, 13), "test/made-up", 0.8));
        return f;
    }

    /** The resource an entity ends as after the cross-document step: its label and scope. */
    private static String resource(List<ExtractionResult> rs, String doc, String entityId) {
        for (ExtractionResult r : CrossDocumentEntities.resolve(rs)) {
            for (Entity e : r.entities()) {
                if (r.documentId().equals(doc) && e.id().equals(entityId)) {
                    return e.label() + " @ " + e.scope();
                }
            }
        }
        throw new AssertionError(doc + " has no " + entityId);
    }

    private static CrossDocumentEntities.Applier roundTrip(CrossDocumentEntities.Applier a) {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
                out.writeObject(a);
            }
            try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                return (CrossDocumentEntities.Applier) in.readObject();
            }
        } catch (java.io.IOException | ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void oneKindOfPostHeldByOnePersonInTwoDocumentsIsOnePostAndAnotherHoldersIsNot() {
        List<ExtractionResult> rs = List.of(doc("ada", "Ivan Roe", "Tsar"), doc("ben", "Ivan Roe", "Tsar"),
                doc("cy", "Olaf Ng", "Tsar"), doc("dee", "Roe", "Tsar"));
        assertEquals("Tsar @ ada", resource(rs, "ada", "ada-p0"));
        assertEquals("Tsar @ ada", resource(rs, "ben", "ben-p0"), "Ivan Roe holds both: one post");
        assertEquals("Tsar @ cy", resource(rs, "cy", "cy-p0"), "another tsar");
        assertEquals("Tsar @ dee", resource(rs, "dee", "dee-p0"), "'Roe' alone may be anyone");
        // Two more: the same chairman held by a biography's subject and named by another biography.
        List<ExtractionResult> chairs = List.of(doc("mia", "Subject Of mia", "Chairman"), doc("zed", "Subject Of mia", "Chairman"),
                doc("kim", "Subject Of kim", "Chairman"));
        assertEquals("Chairman @ mia", resource(chairs, "zed", "zed-p0"));
        assertEquals("Chairman @ kim", resource(chairs, "kim", "kim-p0"));
    }

    @Test
    void aPostsKindGoesToTheQualifiedPostTheSameHolderHoldsElsewhereButNotToAnotherKind() {
        List<ExtractionResult> rs = List.of(doc("ada", "Ivan Roe", "President"), doc("ben", "Ivan Roe", "Ruritanian President"),
                doc("cy", "Ivan Roe", "Vice President"), doc("dee", "Ivan Roe", "President of the Senate"));
        assertEquals("Ruritanian President @ null", resource(rs, "ada", "ada-p0"));
        assertEquals("Vice President @ cy", resource(rs, "cy", "cy-p0"), "'Vice' is a kind word: another post");
        assertEquals("President of the Senate @ dee", resource(rs, "dee", "dee-p0"), "a senate's president: another post");
        assertTrue(KindLabels.qualifies(List.of("president"), List.of("president", "of", "ruritania")));
        assertFalse(KindLabels.qualifies(List.of("prime", "minister"), List.of("deputy", "prime", "minister", "of", "ruritania")));
    }

    @Test
    void twoQualifiedPostsOfOneHolderLeaveTheKindToTheSameLabelElsewhere() {
        List<ExtractionResult> rs = List.of(doc("ada", "Ivan Roe", "President"), doc("ben", "Ivan Roe", "Ruritanian President"),
                doc("cy", "Ivan Roe", "President of Elbonia"), doc("dee", "Ivan Roe", "President"));
        assertEquals("President @ ada", resource(rs, "ada", "ada-p0"), "Ruritania's or Elbonia's: undecided");
        assertEquals("President @ ada", resource(rs, "dee", "dee-p0"), "but the same holder's 'President' elsewhere is one post");
    }

    @Test
    void aKindLabelIsTheFullNameItsOwnDocumentGivesItWhenAnotherDocumentUsesThatName() {
        List<ExtractionResult> rs = List.of(member("ada", "Communist Party", "Communist Party of Ruritania"),
                member("ben", "Communist Party of Ruritania"), member("cy", "Communist Party"),
                member("dee", "Communist Party", "Communist Party of Elbonia"));
        assertEquals("Communist Party of Ruritania @ null", resource(rs, "ada", "ada-o"));
        assertEquals("Communist Party of Ruritania @ null", resource(rs, "ben", "ben-o"));
        assertEquals("Communist Party @ cy", resource(rs, "cy", "cy-o"), "which party, cy does not say");
        assertEquals("Communist Party @ dee", resource(rs, "dee", "dee-o"), "no other document names Elbonia's party");
        List<ExtractionResult> posts = List.of(doc("eve", "Olaf Ng", "Prime Minister|Prime Minister of Elbonia"),
                doc("fay", "Kai Lu", "Prime Minister of Elbonia"));
        assertEquals("Prime Minister of Elbonia @ null", resource(posts, "eve", "eve-p0"));
    }

    @Test
    void chainsOfSharedPostsEndInOneDocumentAndTheGraphExplainsTheMerge() {
        // ben shares a holder with ada, cy only with ben: all three are ada's post.
        List<ExtractionResult> rs = List.of(doc("ada", "Ivan Roe", "Tsar"), doc("ben", "Ivan Roe", "Tsar", "Pyotr Roe", "Tsar"),
                doc("cy", "Pyotr Roe", "Tsar"));
        assertEquals("Tsar @ ada", resource(rs, "ben", "ben-p0"));
        assertEquals("Tsar @ ada", resource(rs, "cy", "cy-p0"));
        assertNotEquals(resource(rs, "cy", "cy-p0"), resource(List.of(rs.get(0), rs.get(2)), "cy", "cy-p0"));

        List<EntityMerge> merges = CrossDocumentEntities.find(rs);
        // As a distributed job ships it: the applier serialized, then applied to one document where it lies.
        CrossDocumentEntities.Applier shipped = roundTrip(new CrossDocumentEntities.Applier(merges,
                rs.stream().map(r -> r.subject().label()).toList()));
        assertEquals("ada", shipped.applyTo(rs.get(2)).entities().get(0).scope());
        Dataset ds = GraphBuilder.create().startedAt(Instant.parse("2026-01-01T00:00:00Z")).merges(merges).build()
                .toDataset(CrossDocumentEntities.apply(rs, merges));
        String q = """
                PREFIX biokg: <https://w3id.org/biokg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT (COUNT(DISTINCT ?post) AS ?posts) (COUNT(DISTINCT ?m) AS ?merges) WHERE {
                  ?m a biokg:EntityMerge ; biokg:mergedInto ?post ; biokg:mergeReason ?why .
                  ?holder biokg:heldOffice ?post .
                }""";
        try (QueryExecution qe = QueryExecution.create(q, ds)) {
            var row = qe.execSelect().next();
            assertEquals(1, row.getLiteral("posts").getInt(), "one post, which the people of three documents hold");
            assertEquals(2, row.getLiteral("merges").getInt(), "ben's post and cy's, each explained");
        }
    }

    @Test
    void aSharedPostRespelledInItsHomeDocumentStaysOnePostOfThatDocument() {
        // ada's "Foreign minister" takes cy's spelling but stays ada's post (cy's minister is Olaf Ng's); ben's follows it.
        List<ExtractionResult> rs = List.of(doc("ada", "Ivan Roe", "Foreign minister"), doc("ben", "Ivan Roe", "Foreign minister"),
                doc("cy", "Olaf Ng", "Foreign Minister"));
        assertEquals("Foreign Minister @ ada", resource(rs, "ada", "ada-p0"));
        assertEquals("Foreign Minister @ ada", resource(rs, "ben", "ben-p0"));
        assertEquals("Foreign Minister @ cy", resource(rs, "cy", "cy-p0"));
    }
}
