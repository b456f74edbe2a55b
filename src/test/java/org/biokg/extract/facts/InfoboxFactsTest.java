package org.biokg.extract.facts;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityRegistry;
import org.biokg.extract.Evidence;
import org.biokg.extract.Fact;
import org.biokg.extract.FactBook;

import org.biokg.text.InfoboxField;
import org.biokg.text.Span;
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

    @Test
    void anInfoboxFieldIsShownAsOneAndNotAsItsRawLine() {
        // made up: "|spouse = Ann Roe" at offset 10 of a file
        EntityRegistry registry = new EntityRegistry();
        Entity subject = registry.subject("Bob Roe", List.of());
        FactBook book = new FactBook();
        InfoboxFacts.defaults().read(List.of(new InfoboxField("spouse", "Ann Roe", new Span(10, 27), new Span(20, 27))),
                subject, registry, book, "bob-roe");
        Evidence ev = book.facts().get(0).evidence().get(0);
        assertEquals("infobox: spouse = Ann Roe", ev.sentenceText());
        assertEquals(new Span(10, 27), ev.sentence(), "the offsets still point at the field in the file");
    }

    @Test
    void aPlaceFieldSaysTheTownLiesInTheCountry() {
        // made up: "|birth_place = Lindby, Morva, Vetria"
        EntityRegistry registry = new EntityRegistry();
        Entity subject = registry.subject("Bob Roe", List.of());
        FactBook book = new FactBook();
        InfoboxFacts.defaults().read(List.of(new InfoboxField("birth_place", "Lindby, Morva, Vetria", new Span(0, 36),
                new Span(15, 36))), subject, registry, book, "bob-roe");
        assertEquals(List.of("bornIn(Bob Roe, Lindby)", "bornIn(Bob Roe, Vetria)", "locatedIn(Lindby, Vetria)"),
                book.facts().stream().map(Fact::toString).toList());
    }
}
