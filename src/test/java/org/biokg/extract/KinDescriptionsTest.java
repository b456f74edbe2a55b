package org.biokg.extract;

import org.biokg.TestPipelines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A relative named once beside a kin noun, then only by the noun: "His father died in 1941" (resolve.KinDescriptions). */
class KinDescriptionsTest {
    private static final String TEXT = "Ivo Lund (born 3 May 1901) was a Ruritanian lawyer.\n\n"
            + "Lund was born in Bergen. His father, Karl Lund, was a teacher, and his mother Eva Holm was a nurse. "
            + "His brother Sten Lund became a sailor. Ivo Lund's brother Rolf Lund became a farmer. "
            + "His father died in 1941. His mother moved to Tromsø in 1942. "
            + "His brother died in 1943. In 1930 Lund married Ada Brun. His wife died in Narvik in 1950.";

    private static ExtractionResult result;

    @BeforeAll
    static void read() {
        result = TestPipelines.read("ivo-lund-kin.txt", TEXT).result();
    }

    @Test
    void aParentNamedBesideTheNounIsTheBareNounLater() {
        assertEquals("1941", fact("deathDate", "Karl Lund", "1941").date().iso());
        assertNotNull(FactLookup.find(result, "residedIn", "Eva Holm", "Tromsø"), result.facts().toString());
    }

    @Test
    void theOneMarriedIsTheBareSpouseLater() {
        fact("diedIn", "Ada Brun", "Narvik");
        fact("deathDate", "Ada Brun", "1950");
    }

    @Test
    void aNounTwoPeopleWereNamedByStaysUnresolved() {
        assertNull(FactLookup.find(result, "deathDate", "Sten Lund", "1943"), result.facts().toString());
        assertNull(FactLookup.find(result, "deathDate", "Rolf Lund", "1943"), result.facts().toString());
        assertNull(FactLookup.find(result, "deathDate", "Ivo Lund", "1943"), result.facts().toString());
    }

    private static Fact fact(String relation, String subject, String object) {
        Fact f = FactLookup.find(result, relation, subject, object);
        assertNotNull(f, relation + "(" + subject + ", " + object + ") in " + result.facts());
        return f;
    }
}
