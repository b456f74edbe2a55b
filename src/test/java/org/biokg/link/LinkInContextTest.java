package org.biokg.link;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;
import org.biokg.text.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The linker with a made-up dictionary on a made-up biography whose sentences decide: a place qualifies an
 * organisation only where its sentences name them together, a place is told from its namesakes by the place
 * its sentence names with it, and the refusals of {@link LinkRefusals} take away links the dictionary gives.
 */
class LinkInContextTest {
    private static final String DICTIONARY = String.join("\n",
            "Orin Valdt\tOrin_Valdt\t1.0",
            "Estavia\tEstavia\t0.95",
            "Velmor\tVelmor\t0.95",
            "Provisional Council\tProvisional_Council\t0.55",
            "Provisional Council of Estavia\tProvisional_Council_of_Estavia\t1.0",
            "Provisional Council of Velmor\tProvisional_Council_of_Velmor\t0.98",
            "Halby\tHalby\t0.8",
            "Halby, Port Velm\tHalby_(Port_Velm)\t1.0",
            "Port Velm\tPort_Velm\t0.95",
            "Quillby\tTomas_Quillby\t0.93",
            "troika\tTroika\t0.6");
    @TempDir
    static Path tmp;
    private static WikiDict dict;

    @BeforeAll
    static void dictionary() throws IOException {
        dict = WikiDict.of(Files.writeString(tmp.resolve("wikidict.tab"), DICTIONARY, StandardCharsets.UTF_8));
    }

    private static Fact fact(Relation r, Entity s, Entity o, int n, String sentence) {
        Fact f = Fact.between(r, s, o);
        f.addEvidence(new Evidence("orin-valdt", n, new Span(n * 100, n * 100 + sentence.length()), sentence, null, null,
                r.id() + "/test", 0.8));
        return f;
    }

    private static ExtractionResult biography() {
        Entity orin = new Entity("e0", "Orin Valdt", EntityType.PERSON);
        Entity estavia = new Entity("e1", "Estavia", EntityType.PLACE);
        Entity velmor = new Entity("e2", "Velmor", EntityType.PLACE);
        Entity council = new Entity("e3", "Provisional Council", EntityType.ORGANIZATION);
        Entity halby = new Entity("e4", "Halby", EntityType.PLACE);
        Entity portVelm = new Entity("e5", "Port Velm", EntityType.PLACE);
        Entity quillby = new Entity("e6", "Quillby", EntityType.PERSON);
        Entity troika = new Entity("e7", "troika", EntityType.ORGANIZATION);
        List<Fact> facts = new ArrayList<>(List.of(
                fact(Relation.BORN_IN, orin, halby, 1, "Orin Valdt was born in 1885 in Halby, a suburb of Port Velm."),
                fact(Relation.RESIDED_IN, orin, portVelm, 2, "He grew up in Port Velm."),
                fact(Relation.RESIDED_IN, orin, velmor, 3, "He fled to Velmor in 1916."),
                fact(Relation.MEMBER_OF, orin, council, 4, "In 1917 he joined the Provisional Council in Velmor."),
                fact(Relation.RESIDED_IN, orin, estavia, 5, "He later lived in Estavia."),
                fact(Relation.ALLIED_WITH, orin, quillby, 6, "Quillby was his friend."),
                fact(Relation.OPPOSED, orin, troika, 7, "He opposed the troika.")));
        return new ExtractionResult("orin-valdt", "orin-valdt.txt", orin,
                List.of(orin, estavia, velmor, council, halby, portVelm, quillby, troika), facts);
    }

    private static Entity entity(ExtractionResult r, String label) {
        return r.subjectAndEntities().stream().filter(e -> e.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + label));
    }

    @Test
    void withItsSentencesTheLinkerTakesTheRightPageOrNone() {
        ExtractionResult r = EntityLinker.builder().dictionary(dict).build().link(biography());
        assertEquals("Orin_Valdt", r.subject().wikipediaTitle());
        // Estavia is in the text, not in the council's sentence: the council is Velmor's
        assertEquals("Provisional_Council_of_Velmor", entity(r, "Provisional Council").wikipediaTitle());
        // the Halby of Port Velm, not the famous one
        assertEquals("Halby_(Port_Velm)", entity(r, "Halby").wikipediaTitle());
        // a lone surname whose bearer's first name the text never uses; a common noun
        assertNull(entity(r, "Quillby").wikipediaTitle(), "refused, and not kept as a candidate either");
        assertNull(entity(r, "troika").wikipediaTitle());
    }

    @Test
    void withoutTheRefusalsTheDictionaryAloneDecides() {
        ExtractionResult r = EntityLinker.builder().dictionary(dict).refusals(false).build().link(biography());
        assertEquals("Provisional_Council_of_Estavia", entity(r, "Provisional Council").wikipediaTitle());
        assertEquals("Halby", entity(r, "Halby").wikipediaTitle());
        assertEquals("Tomas_Quillby", entity(r, "Quillby").wikipediaTitle());
        assertEquals("Troika", entity(r, "troika").wikipediaTitle());
    }
}
