package org.biokg.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertSame;

/** How bare surnames resolve between the subject and a relative who bears the same surname. */
class EntityRegistryTest {
    @Test
    void aBareSurnameRightAfterANamesakeIsTheNamesakesThenTheSubjectsAgain() {
        EntityRegistry registry = new EntityRegistry();
        Entity subject = registry.resolve("Karl Roe", EntityType.PERSON, 0);
        Entity father = registry.resolve("Peter Roe", EntityType.PERSON, 1);
        // "His father, Peter Roe, was a clerk. Roe left Lund in 1901."
        assertSame(father, registry.resolve("Roe", EntityType.PERSON, 2));
        // the bare surname does not name the father again: "Roe settled in Bergen. Roe died there."
        assertSame(subject, registry.resolve("Roe", EntityType.PERSON, 3));
        assertSame(subject, registry.resolve("Roe", EntityType.PERSON, 4));
        // named in full again, the father takes the next sentence's surname once more
        registry.resolve("Peter Roe", EntityType.PERSON, 5);
        assertSame(father, registry.resolve("Roe", EntityType.PERSON, 6));
    }

    @Test
    void aRulersNameAloneIsTheOneBeforeTheNumeral() {
        EntityRegistry registry = new EntityRegistry();
        Entity subject = registry.resolve("Carl XII", EntityType.PERSON, 0);
        Entity father = registry.resolve("Carl XI", EntityType.PERSON, 1);
        // "Carl XII was the son of Carl XI. ... Carl led the army.": the subject, once the father is a while back
        assertSame(subject, registry.resolve("Carl", EntityType.PERSON, 5));
        assertSame(subject, registry.resolve("Carl XII", EntityType.PERSON, 6));
        assertSame(father, registry.resolve("Carl XI", EntityType.PERSON, 7));
    }
}
