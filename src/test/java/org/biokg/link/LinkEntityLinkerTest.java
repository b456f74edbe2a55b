package org.biokg.link;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;
import org.biokg.rdf.SampleBiography;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The linker on made-up biographies with a made-up dictionary: choices, refusals, merges, copies. */
class LinkEntityLinkerTest {
    @TempDir
    static Path tmp;
    private static WikiDict dict;

    @BeforeAll
    static void dictionary() {
        dict = WikiDict.of(LinkFixtures.dictionary(tmp, true));
    }

    private static EntityLinker linker() {
        return EntityLinker.builder().dictionary(dict).build();
    }

    private static Entity entity(ExtractionResult r, String label) {
        return find(r, label).orElseThrow(() -> new AssertionError("no entity " + label + " in " + r.entities()));
    }

    private static Optional<Entity> find(ExtractionResult r, String label) {
        return r.entities().stream().filter(e -> e.label().equals(label)).findFirst();
    }

    @Test
    void linksTheSubjectAndTheOthersWithTheDictionaryScores() {
        ExtractionResult r = linker().link(SampleBiography.result());
        Entity mara = r.subject();
        assertEquals("Mara_Velinska", mara.wikipediaTitle());
        assertTrue(mara.linkConfidence() >= 0.97, "label and alias agree: " + mara.linkConfidence());
        assertEquals("Tomás_Rell", entity(r, "Tomás Rell").wikipediaTitle());
        assertEquals(1.0, entity(r, "Tomás Rell").linkConfidence(), "a short alias that disagrees costs nothing");
        assertEquals("Harbour_Workers'_League", entity(r, "Harbour Workers' League").wikipediaTitle());
        assertEquals("Drovnik", entity(r, "Drovnik").wikipediaTitle());
        assertEquals(0.45, entity(r, "Drovnik").linkConfidence(), "kept, below the threshold: a suggestion");
    }

    @Test
    void refusesPagesThatCannotBeTheEntity() {
        ExtractionResult r = linker().link(SampleBiography.result());
        assertNull(entity(r, "Ilse Kordt").wikipediaTitle(), "a person's page must share a name with the person");
        assertNull(entity(r, "Port Halden").wikipediaTitle(), "a list is not a place");
        assertNull(entity(r, "Pavel Oren").wikipediaTitle(), "a lower-case link is a common noun");
        assertNull(entity(r, "Chair of the Coastal Council").wikipediaTitle());
        assertEquals(0.0, entity(r, "Ilse Kordt").linkConfidence());
    }

    @Test
    void aBodyNamedByItsKindFindsThePageOfItsParent() {
        // "Coastal Council" alone is a common-noun page; qualified by the League of the same text it has its own.
        ExtractionResult r = linker().link(SampleBiography.result());
        Entity council = entity(r, "Coastal Council");
        assertEquals("Coastal_Council_of_the_Harbour_Workers'_League", council.wikipediaTitle());
        assertEquals(0.95, council.linkConfidence(), 1e-9);
    }

    @Test
    void aBareRoleWordIsNotLinked() {
        Entity mara = new Entity("e0", "Mara Velinska", EntityType.PERSON);
        Entity chair = new Entity("e1", "Chair", EntityType.OFFICE);
        ExtractionResult in = new ExtractionResult("d", "d.txt", mara, List.of(mara, chair),
                List.of(LinkFixtures.fact(Relation.HELD_OFFICE, mara, chair, 1)));
        assertNull(entity(linker().link(in), "Chair").wikipediaTitle());
    }

    @Test
    void anEventMayHaveASentenceCaseTitle() {
        Entity mara = new Entity("e0", "Mara Velinska", EntityType.PERSON);
        Entity rising = new Entity("e1", "Harbour Rising", EntityType.EVENT);
        Entity council = new Entity("e2", "Coastal Council", EntityType.ORGANIZATION);
        ExtractionResult in = new ExtractionResult("d", "d.txt", mara, List.of(mara, rising, council),
                List.of(LinkFixtures.fact(Relation.FOUNDED, mara, council, 1)));
        ExtractionResult r = linker().link(in);
        assertEquals("Harbour_rising", entity(r, "Harbour Rising").wikipediaTitle());
        assertNull(entity(r, "Coastal Council").wikipediaTitle(), "an organisation's page is not a common noun");
    }

    @Test
    void anUnknownMadeUpNameGetsNoLink() {
        Entity who = new Entity("e0", "Zorvath Quillinby", EntityType.PERSON);
        Entity where = new Entity("e1", "Blintervale", EntityType.PLACE);
        ExtractionResult in = new ExtractionResult("zorvath", "zorvath.txt", who, List.of(who, where),
                List.of(LinkFixtures.fact(Relation.BORN_IN, who, where, 1)));
        ExtractionResult r = linker().link(in);
        assertNull(r.subject().wikipediaTitle());
        assertNull(entity(r, "Blintervale").wikipediaTitle());
    }

    @Test
    void theSubjectCanBeFoundByTheDocumentName() {
        Entity mara = new Entity("e0", "M. V.", EntityType.PERSON);
        mara.addAlias("Velinska Mara");
        Entity place = new Entity("e1", "Drovnik", EntityType.PLACE);
        ExtractionResult in = new ExtractionResult("mara-velinska", "mara-velinska.txt", mara, List.of(mara, place),
                List.of(LinkFixtures.fact(Relation.BORN_IN, mara, place, 1)));
        ExtractionResult r = linker().link(in);
        assertEquals("Mara_Velinska", r.subject().wikipediaTitle());
        ExtractionResult other = new ExtractionResult("drovnik-notes", "drovnik-notes.txt", mara, List.of(mara, place),
                in.facts());
        assertNull(linker().link(other).subject().wikipediaTitle(), "a document name that shares no word is no name");
    }

    @Test
    void twoEntitiesOnOnePageAreMerged() {
        ExtractionResult in = LinkFixtures.twoNamesForOneAlly("allies");
        ExtractionResult r = linker().link(in);
        assertEquals(List.of("Mara Velinska", "Tomás Rell", "Velinska", "Harbour Workers' League"),
                r.entities().stream().map(Entity::label).toList());
        Entity rell = entity(r, "Tomás Rell");
        assertTrue(rell.aliases().containsAll(List.of("T. Rell", "Rell")), rell.aliases().toString());
        assertEquals(1.0, rell.linkConfidence());

        List<String> facts = r.facts().stream().map(Fact::toString).toList();
        assertEquals(List.of("alliedWith(Mara Velinska, Tomás Rell)", "memberOf(Tomás Rell, Harbour Workers' League)",
                "residedIn(Mara Velinska, Velinska)"), facts, "re-pointed, one fact per key, no self-opposition");
        assertEquals(2, r.facts().get(0).evidence().size(), "the merged fact keeps the evidence of both");
    }

    @Test
    void ofTwoTypesOnOnePageTheSurerKeepsTheLink() {
        ExtractionResult r = linker().link(LinkFixtures.twoNamesForOneAlly("allies"));
        assertEquals("Mara_Velinska", r.subject().wikipediaTitle());
        Entity place = entity(r, "Velinska");
        assertNull(place.wikipediaTitle(), "a place cannot be the same as a person");
        assertEquals(EntityType.PLACE, place.type());
    }

    @Test
    void linksBelowTheThresholdMergeNothing() {
        ExtractionResult r = EntityLinker.builder().dictionary(dict).threshold(0.95).build()
                .link(LinkFixtures.twoNamesForOneAlly("allies"));
        assertEquals("Tomás_Rell", entity(r, "T. Rell").wikipediaTitle());
        assertEquals(0.9, entity(r, "T. Rell").linkConfidence());
        assertEquals(5, r.facts().size());
    }

    @Test
    void acrossDocumentsOnePageGetsOneLabel() {
        Entity a = new Entity("e0", "T. Rell", EntityType.PERSON);
        Entity b = new Entity("e1", "Drovnik", EntityType.PLACE);
        ExtractionResult second = new ExtractionResult("rell", "rell.txt", a, List.of(a, b),
                List.of(LinkFixtures.fact(Relation.BORN_IN, a, b, 1)));
        List<ExtractionResult> r = linker().link(List.of(SampleBiography.result(), second));
        assertEquals("Tomás Rell", r.get(1).subject().label());
        assertTrue(r.get(1).subject().aliases().contains("T. Rell"));
    }

    @Test
    void entitiesOfTwoDocumentsWithTheSameIdsAreLinkedEachToItsOwnPage() {
        Entity a = new Entity("e0", "Tomás Rell", EntityType.PERSON);
        Entity x = new Entity("e1", "Drovnik", EntityType.PLACE);
        Entity b = new Entity("e0", "Zorvath Quillinby", EntityType.PERSON);
        Entity y = new Entity("e1", "Harbour Workers' League", EntityType.ORGANIZATION);
        List<ExtractionResult> r = linker().link(List.of(
                new ExtractionResult("a", "a.txt", a, List.of(a, x), List.of(LinkFixtures.fact(Relation.BORN_IN, a, x, 1))),
                new ExtractionResult("b", "b.txt", b, List.of(b, y), List.of(LinkFixtures.fact(Relation.MEMBER_OF, b, y, 1)))));
        assertEquals("Tomás_Rell", r.get(0).subject().wikipediaTitle());
        assertEquals("Drovnik", entity(r.get(0), "Drovnik").wikipediaTitle());
        assertNull(r.get(1).subject().wikipediaTitle());
        assertEquals("Harbour_Workers'_League", entity(r.get(1), "Harbour Workers' League").wikipediaTitle());
    }

    @Test
    void theResultGivenIsNeverChanged() {
        ExtractionResult in = LinkFixtures.twoNamesForOneAlly("allies");
        List<String> before = snapshot(in);
        ExtractionResult out = linker().link(in);
        assertEquals(before, snapshot(in));
        assertNotSame(in.subject(), out.subject());
        for (Entity e : in.entities()) {
            assertNull(e.wikipediaTitle());
        }
    }

    @Test
    void aThresholdOutsideZeroToOneIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> EntityLinker.builder().threshold(1.5));
    }

    private static List<String> snapshot(ExtractionResult r) {
        List<String> s = new ArrayList<>();
        for (Entity e : r.entities()) {
            s.add(e.id() + " " + e.label() + " " + e.aliases() + " " + e.wikipediaTitle());
        }
        for (Fact f : r.facts()) {
            s.add(f + " " + f.evidence().size());
        }
        return s;
    }
}
