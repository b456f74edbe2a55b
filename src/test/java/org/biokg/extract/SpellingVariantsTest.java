package org.biokg.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpellingVariantsTest {
    @Test
    void aLetterLostOrATransliteratedVowelInsideALongNameIsTheSameName() {
        assertTrue(SpellingVariants.areVariants("Rasmussen", "Rasmusen"));
        assertTrue(SpellingVariants.areVariants("Hallstromer", "Hallstremmer"));
        assertTrue(SpellingVariants.areVariants("Belyakovich", "Beljakovich"));
    }

    @Test
    void endingsShortNamesAndFirstLettersKeepNamesApart() {
        assertFalse(SpellingVariants.areVariants("Ivanov", "Ivanova"), "a woman's form of the name");
        assertFalse(SpellingVariants.areVariants("Andersen", "Anderson"), "a different family");
        assertFalse(SpellingVariants.areVariants("Hansen", "Hanson"), "short names");
        assertFalse(SpellingVariants.areVariants("Rasmussen", "Basmussen"), "another first letter");
        assertFalse(SpellingVariants.areVariants("Rasmussen", "Rasmussen"), "the same spelling is no variant");
        assertFalse(SpellingVariants.areVariants("Lindqvist", "Lundqvest"), "two letters in a nine-letter name");
    }
}
