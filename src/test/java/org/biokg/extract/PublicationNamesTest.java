package org.biokg.extract;

import org.biokg.TestPipelines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A name the text calls a newspaper is a publication wherever it is named (made-up biography). */
class PublicationNamesTest {
    private static final String BIOGRAPHY = String.join(" ",
            "Mara Lind (1870–1931) was a Danish journalist.",
            "The radicals were led by the Hamburg-based newspaper Morgenruf, which was founded in 1890.",
            "In 1895 Lind quickly sided with the Morgenruf position.",
            "In 1899 she co-founded Nordlys, a weekly newspaper, with Karl Brun.",
            "Nordlys soon became popular with workers.");
    private static ExtractionResult result;

    @BeforeAll
    static void read() {
        result = TestPipelines.read("mara-lind.txt", BIOGRAPHY).result();
    }

    @Test
    void aNameIntroducedByANewspaperNounIsAPublicationEverywhere() {
        Fact allied = FactLookup.find(result, "alliedWith", "Mara Lind", "Morgenruf");
        assertNotNull(allied, result.facts().toString());
        assertEquals(EntityType.PUBLICATION, allied.object().type());
    }

    @Test
    void aNameDescribedAsAWeeklyInAppositionIsAPublication() {
        Fact founded = FactLookup.find(result, "founded", "Mara Lind", "Nordlys");
        assertNotNull(founded, result.facts().toString());
        assertEquals(EntityType.PUBLICATION, founded.object().type());
    }
}
