package org.biokg.extract.facts;

import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.FactLookup;

import org.biokg.TestPipelines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A date is taken only from where the story is: never from a birth, nor for a time told by an age; a time told
 * relative to the narrative's moves it on (made-up biography, see {@link NarrativeDates}).
 */
class NarrativeDatesTest {
    private static final String BIOGRAPHY = String.join(" ",
            "Ada Roe (1815–1870) was a Danish weaver.",
            "Early life (1815–1860)Ada Roe was born in Lund on May 1, 1815.",
            "Her sister, Eva, married Bob Lind, a leading Liberal.",
            "When Ada was nine, her father sent her to Malmo.",
            "In 1840 she moved to Oslo.",
            "After two years, she was arrested.",
            "She then moved to Bergen.",
            "In 1850 she joined the Weavers Guild.",
            "When she was thirty-five years old, she moved to Lubeck.");
    private static ExtractionResult result;

    @BeforeAll
    static void read() {
        result = TestPipelines.read("ada-roe.txt", BIOGRAPHY).result();
    }

    private static Fact fact(String relation, String subject, String object) {
        Fact f = FactLookup.find(result, relation, subject, object);
        assertNotNull(f, relation + "(" + subject + ", " + object + ") in " + result.facts());
        return f;
    }

    @Test
    void aBirthDateDatesNoOtherFact() {
        assertEquals("1815-05-01", fact("birthDate", "Ada Roe", "1815-05-01").date().iso());
        assertNull(fact("spouse", "Eva", "Bob Lind").start(), "the sister's marriage is not at Ada's birth");
    }

    @Test
    void aTimeToldByAnAgeIsNotTheNarrativesDate() {
        assertNull(fact("residedIn", "Ada Roe", "Malmo").start(), "'when Ada was nine' is not 1815");
        assertNull(fact("residedIn", "Ada Roe", "Lubeck").start(), "'when she was thirty-five' is not 1850");
    }

    @Test
    void afterSoManyYearsMovesTheNarrativeOn() {
        assertEquals("1840", fact("residedIn", "Ada Roe", "Oslo").start().iso());
        assertEquals("1842", fact("residedIn", "Ada Roe", "Bergen").start().iso(), "1840 and two years");
        assertEquals("1850", fact("memberOf", "Ada Roe", "Weavers Guild").start().iso());
    }
}
