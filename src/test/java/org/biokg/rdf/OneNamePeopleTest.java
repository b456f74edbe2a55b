package org.biokg.rdf;

import org.apache.jena.rdf.model.Model;
import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;
import org.biokg.text.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person named by one name only is described by her ties to people named in full (made-up facts). */
class OneNamePeopleTest {
    private static Fact fact(Relation r, Entity s, Entity o, int sentence) {
        Fact f = Fact.between(r, s, o);
        f.addEvidence(new Evidence("ada-roe", sentence, new Span(sentence * 100, sentence * 100 + 60),
                "Ada Roe's younger sister, Eva, married Bob Lind.", null, null, "rule", 0.85));
        return f;
    }

    @Test
    void aFirstNameAloneIsDescribedByHerFamily() {
        Entity ada = new Entity("e1", "Ada Roe", EntityType.PERSON);
        Entity eva = new Entity("e2", "Eva", EntityType.PERSON);
        Entity bob = new Entity("e3", "Bob Lind", EntityType.PERSON);
        Entity kim = new Entity("e4", "Kim", EntityType.PERSON);
        ExtractionResult r = new ExtractionResult("ada-roe", "ada-roe.txt", ada, List.of(ada, eva, bob, kim), List.of(
                fact(Relation.SIBLING_OF, ada, eva, 1), fact(Relation.SPOUSE, eva, bob, 1), fact(Relation.SPOUSE, eva, kim, 2)));
        Model m = GraphBuilder.create().build().toDataset(r).getDefaultModel();
        List<String> eva_ = Sparql.select(m, """
                SELECT ?d WHERE { ?p rdfs:label "Eva"@en ; <http://schema.org/description> ?d }""")
                .stream().map(s -> s.getLiteral("d").getString()).toList();
        assertEquals(List.of("sibling of Ada Roe, spouse of Bob Lind"), eva_, "ties to people named in full only");
        assertTrue(Sparql.select(m, """
                SELECT ?d WHERE { ?p rdfs:label "Bob Lind"@en ; <http://schema.org/description> ?d }""").isEmpty(),
                "a full name needs no description");
    }
}
