package org.biokg.eval.redocred;

import org.biokg.BiokgException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WikidataAlignmentTest {
    private final WikidataAlignment a = RedocredFixtures.alignment();

    @Test
    void readsSameDirectionAndInverseMappingsToWikidataDirectProperties() {
        assertEquals(List.of(new PropertyTarget("P39", false, true)), a.targets("heldOffice"));
        assertEquals(List.of(new PropertyTarget("P102", false, true), new PropertyTarget("P463", false, true)),
                a.targets("memberOf"));
        assertEquals(List.of(new PropertyTarget("P26", false, true)), a.targets("spouse"));
        assertEquals(List.of(new PropertyTarget("P20", false, true)), a.targets("diedIn"));
        assertEquals(List.of(new PropertyTarget("P112", true, true)), a.targets("founded"));
        assertEquals(List.of(new PropertyTarget("P569", false, true)), a.targets("birthDate"));
        assertTrue(a.targets("alliedWith").isEmpty());
        assertFalse(a.relations().contains("noSuchRelation"));
    }

    @Test
    void parentOfAlsoReachesFatherAndMotherFromTheChildsSide() {
        assertEquals(List.of(new PropertyTarget("P22", true, false), new PropertyTarget("P25", true, false),
                new PropertyTarget("P40", false, true)), a.targets("parentOf"));
        WikidataAlignment inverseOnly = WikidataAlignment.load(new ByteArrayInputStream((
                "@prefix biokg: <https://w3id.org/biokg/ontology#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
                        + "@prefix wdt: <http://www.wikidata.org/prop/direct/> .\n"
                        + "biokg:parentOf owl:inverseOf wdt:P22 , wdt:P25 .\n").getBytes(StandardCharsets.UTF_8)), "t.ttl");
        assertEquals(List.of(new PropertyTarget("P22", true, true), new PropertyTarget("P25", true, true),
                new PropertyTarget("P40", false, false)), inverseOnly.targets("parentOf"));
    }

    @Test
    void listsPropertiesInNumericOrder() {
        assertEquals(List.of("P19", "P20", "P22", "P25", "P26", "P39", "P40", "P102", "P112", "P463", "P569",
                "P570", "P3373"), List.copyOf(a.properties()));
    }

    @Test
    void malformedOrMissingAlignmentIsBadInput() {
        BiokgException e = assertThrows(BiokgException.class, () -> WikidataAlignment.load(
                new ByteArrayInputStream("biokg:x rdfs:subPropertyOf".getBytes(StandardCharsets.UTF_8)), "bad.ttl"));
        assertEquals(BiokgException.BAD_INPUT, e.exitCode());
        assertTrue(e.getMessage().startsWith("bad.ttl: malformed Turtle"), e.getMessage());
        e = assertThrows(BiokgException.class, () -> WikidataAlignment.fromClasspath("no/alignment.ttl"));
        assertEquals("alignment not on the classpath: no/alignment.ttl", e.getMessage());
    }

    @Test
    void theOntologysOwnAlignmentWhenPresent() {
        Assumptions.assumeTrue(getClass().getClassLoader().getResource(WikidataAlignment.RESOURCE) != null,
                "ontology/alignment.ttl not written yet");
        WikidataAlignment standard = WikidataAlignment.standard();
        assertTrue(standard.targets("heldOffice").stream().anyMatch(t -> t.property().equals("P39") && !t.inverse()));
        assertTrue(standard.targets("parentOf").stream().anyMatch(t -> t.property().equals("P40") && !t.inverse()));
        assertTrue(standard.targets("parentOf").stream().anyMatch(t -> t.property().equals("P22") && t.inverse()));
        assertTrue(standard.targets("bornIn").stream().anyMatch(t -> t.property().equals("P19")));
    }
}
