package org.biokg.rdf;

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
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The body of an office, from its title or from the sentence that gives it (made-up text). */
class OfficeBodiesTest {
    private static final String TEXT = String.join("\n",
            "Ada Roe joined the Harbour Soviet and was elected vice-chairman.",
            "In 1920 Ada Roe became Chairman of the Riverside Soviet.",
            "She was editor of Lantern and Secretary of the Guild.",
            "She was later Commissar of War and Commissar for Foreign Affairs.",
            "She chaired the Revolutionary Naval Council of the Republic and the committee.",
            "");

    private final List<Fact> facts = new ArrayList<>();
    private final Entity ada = new Entity("e1", "Ada Roe", EntityType.PERSON);

    @Test
    void theTitleOrTheSentenceNamesTheBody() {
        Entity harbour = new Entity("e2", "Harbour Soviet", EntityType.ORGANIZATION);
        Entity lantern = new Entity("e3", "Lantern", EntityType.ORGANIZATION);
        Entity guild = new Entity("e4", "Seamen's Guild", EntityType.ORGANIZATION);
        guild.addAlias("the Guild");
        fact(Relation.MEMBER_OF, harbour, 0);
        office("Vice-chairman", 0);
        office("Chairman of the Riverside Soviet", 1);
        office("Editor of Lantern", 2);
        office("Secretary of the Guild", 2);
        office("Commissar of War", 3);
        office("Commissar for Foreign Affairs", 3);
        office("Chairman of the Revolutionary Naval Council of the Republic", 4);
        office("Chairman of the committee", 4);
        ExtractionResult result = new ExtractionResult("ada-roe", "ada-roe.txt", ada,
                List.of(ada, harbour, lantern, guild), facts);

        Dataset ds = GraphBuilder.create().startedAt(Instant.parse("2024-01-01T00:00:00Z")).build().toDataset(result);

        assertEquals(Map.of(
                "Vice-chairman", "Harbour Soviet",
                "Chairman of the Riverside Soviet", "Riverside Soviet",
                "Editor of Lantern", "Lantern",
                "Secretary of the Guild", "Seamen's Guild",
                "Chairman of the Revolutionary Naval Council of the Republic",
                "Revolutionary Naval Council of the Republic",
                "Commissar of War", "",
                "Commissar for Foreign Affairs", "",
                "Chairman of the committee", ""), bodies(ds));
        ValidationResult valid = GraphValidator.standard().validate(ds);
        assertEquals(true, valid.conforms(), valid.report());
    }

    /** Office label → body label ("" when none), from the office terms of the graph. */
    private static Map<String, String> bodies(Dataset ds) {
        Map<String, String> out = new TreeMap<>();
        String q = Prefixes.sparql(BIOKG.RESOURCE_BASE) + """
                SELECT ?office ?body WHERE {
                  ?term a biokg:OfficeTerm ; biokg:office/rdfs:label ?office .
                  OPTIONAL { ?term biokg:ofBody ?b . ?b a biokg:Organization ; rdfs:label ?body }
                }""";
        try (QueryExecution qe = QueryExecution.create(q, ds)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                out.put(s.getLiteral("office").getString(), s.contains("body") ? s.getLiteral("body").getString() : "");
            }
        }
        return out;
    }

    private void office(String label, int line) {
        fact(Relation.HELD_OFFICE, new Entity("o" + facts.size(), label, EntityType.OFFICE), line);
    }

    private void fact(Relation relation, Entity object, int line) {
        int start = 0;
        for (int i = 0; i < line; i++) {
            start = TEXT.indexOf('\n', start) + 1;
        }
        Span sentence = new Span(start, TEXT.indexOf('\n', start));
        Fact f = Fact.between(relation, ada, object);
        f.addEvidence(new Evidence("ada-roe", line, sentence, TEXT.substring(sentence.start(), sentence.end()),
                null, null, relation.id() + "/test", 0.9));
        facts.add(f);
    }
}
