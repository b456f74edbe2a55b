package org.biokg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InfoboxFactsTest {
    @Test
    void placeValueGivesTheMostSpecificPlaceAndTheCountry() {
        assertEquals(List.of("Brno", "Czechia"), InfoboxFacts.places("Brno, Moravia, Czechia"));
        assertEquals(List.of("Lund"), InfoboxFacts.places("Lund"));
    }

    @Test
    void anAsideIsNotPartOfAPlaceName() {
        assertEquals(List.of("Tarnow", "Austria"), InfoboxFacts.places("Tarnow, Austria (now in Poland)"));
        assertEquals(List.of("Tarnow", "Austria"), InfoboxFacts.places("Tarnow (Tarnau), Austria"));
    }
}
