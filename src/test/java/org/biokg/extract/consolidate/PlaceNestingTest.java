package org.biokg.extract.consolidate;

import org.biokg.extract.EntityType;
import org.biokg.extract.HandBuiltExtraction;
import org.biokg.extract.Mention;
import org.biokg.extract.Relation;
import org.biokg.nlp.HandBuiltDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code locatedIn/place-with-wider-place}, no CoreNLP model: the step reads the birth and death facts already in
 * the book, the place names of their sentences and the text between them, all put there by hand.
 */
class PlaceNestingTest {
    private static final PlaceNesting STEP = new PlaceNesting();

    @Test
    void aBirthPlaceFollowedByAPlaceAfterACommaLiesInIt() {
        // tokens: Eli0 Roe1 was2 born3 in4 Lund5 ,6 Scania7 .8
        HandBuiltDocument doc = new HandBuiltDocument("eli-roe");
        doc.sentence("Eli Roe was born in Lund, Scania.").tag(2, "VBD").tag(3, "VBN");
        HandBuiltExtraction extraction = new HandBuiltExtraction(doc.build());
        Mention eli = extraction.name(0, 0, 2, EntityType.PERSON);
        Mention lund = extraction.name(0, 5, 6, EntityType.PLACE);
        extraction.name(0, 7, 8, EntityType.PLACE);
        fact(extraction, Relation.BORN_IN, eli, lund, "bornIn/born-in");

        STEP.apply(extraction.state());

        assertEquals(List.of("bornIn(Eli Roe, Lund) [bornIn/born-in]",
                "locatedIn(Lund, Scania) [locatedIn/place-with-wider-place]"), extraction.factsWithRules());
    }

    @Test
    void eachFurtherPlaceLiesAroundTheOneBefore() {
        // tokens: Eli0 Roe1 died2 in3 Brno4 ,5 Moravia6 of7 Austria-Hungary8 .9
        HandBuiltDocument doc = new HandBuiltDocument("eli-roe");
        doc.sentence("Eli Roe died in Brno, Moravia of Austria-Hungary.").tag(2, "VBD");
        HandBuiltExtraction extraction = new HandBuiltExtraction(doc.build());
        Mention eli = extraction.name(0, 0, 2, EntityType.PERSON);
        Mention brno = extraction.name(0, 4, 5, EntityType.PLACE);
        extraction.name(0, 6, 7, EntityType.PLACE);
        extraction.name(0, 8, 9, EntityType.PLACE);
        fact(extraction, Relation.DIED_IN, eli, brno, "diedIn/died-in");

        STEP.apply(extraction.state());

        assertEquals(List.of("diedIn(Eli Roe, Brno) [diedIn/died-in]",
                "locatedIn(Brno, Moravia) [locatedIn/place-with-wider-place]",
                "locatedIn(Moravia, Austria-Hungary) [locatedIn/place-with-wider-place]"), extraction.factsWithRules());
    }

    @Test
    void placesListedAfterWhereSomeoneLivedAreNotNested() {
        // one lives in several places, so "Lund, Oslo" lists two; one is born in one, so a place after it is wider
        // tokens: Eli0 Roe1 lived2 in3 Lund4 ,5 Oslo6 and7 Bergen8 .9
        HandBuiltDocument doc = new HandBuiltDocument("eli-roe");
        doc.sentence("Eli Roe lived in Lund, Oslo and Bergen.").tag(2, "VBD");
        HandBuiltExtraction extraction = new HandBuiltExtraction(doc.build());
        Mention eli = extraction.name(0, 0, 2, EntityType.PERSON);
        Mention lund = extraction.name(0, 4, 5, EntityType.PLACE);
        extraction.name(0, 6, 7, EntityType.PLACE);
        extraction.name(0, 8, 9, EntityType.PLACE);
        fact(extraction, Relation.RESIDED_IN, eli, lund, "residedIn/lived-in");

        STEP.apply(extraction.state());

        assertEquals(List.of("residedIn(Eli Roe, Lund) [residedIn/lived-in]"), extraction.factsWithRules());
    }

    @Test
    void aStateOrCountryEndingThePlaceSomeoneMovedToIsItsWiderPlace() {
        // tokens: Eli0 Roe1 moved2 to3 Belleville4 ,5 Ontario6 ,7 in8 1832 9 .10
        HandBuiltDocument doc = new HandBuiltDocument("eli-roe");
        doc.sentence("Eli Roe moved to Belleville, Ontario, in 1832.").tag(2, "VBD");
        HandBuiltExtraction extraction = new HandBuiltExtraction(doc.build());
        Mention eli = extraction.name(0, 0, 2, EntityType.PERSON);
        Mention town = extraction.name(0, 4, 5, EntityType.PLACE);
        Mention province = extraction.name(0, 6, 7, EntityType.PLACE);
        extraction.entity(town).addNerTag("CITY");
        extraction.entity(province).addNerTag("STATE_OR_PROVINCE");
        fact(extraction, Relation.RESIDED_IN, eli, town, "residedIn/moved-to");

        STEP.apply(extraction.state());

        assertEquals(List.of("residedIn(Eli Roe, Belleville) [residedIn/moved-to]",
                "locatedIn(Belleville, Ontario) [" + PlaceNesting.STAY_RULE + "]"), extraction.factsWithRules());
    }

    @Test
    void aCountryListedBeforeAnotherPlaceOrACityAfterOneIsNoWiderPlaceOfAStay() {
        // tokens: Eli0 Roe1 lived2 in3 Lund4 ,5 Sweden6 and7 Oslo8 .9 / Eli0 Roe1 lived2 in3 Lund4 ,5 Oslo6 .7
        HandBuiltDocument doc = new HandBuiltDocument("eli-roe");
        doc.sentence("Eli Roe lived in Lund, Sweden and Oslo.").tag(2, "VBD");
        doc.sentence("Eli Roe lived in Lund, Oslo.").tag(2, "VBD");
        HandBuiltExtraction extraction = new HandBuiltExtraction(doc.build());
        Mention eli = extraction.name(0, 0, 2, EntityType.PERSON);
        Mention lund = extraction.name(0, 4, 5, EntityType.PLACE);
        extraction.entity(extraction.name(0, 6, 7, EntityType.PLACE)).addNerTag("COUNTRY");
        extraction.entity(extraction.name(0, 8, 9, EntityType.PLACE)).addNerTag("CITY");
        fact(extraction, Relation.RESIDED_IN, eli, lund, "residedIn/lived-in");
        Mention eli2 = extraction.name(1, 0, 2, EntityType.PERSON);
        Mention lund2 = extraction.name(1, 4, 5, EntityType.PLACE);
        extraction.entity(extraction.name(1, 6, 7, EntityType.PLACE)).addNerTag("CITY");
        fact(extraction, Relation.RESIDED_IN, eli2, lund2, "residedIn/lived-in");

        STEP.apply(extraction.state());

        assertTrue(extraction.factsWithRules().stream().noneMatch(f -> f.startsWith("locatedIn")), extraction.factsWithRules().toString());
    }

    @Test
    void aPlaceAfterMoreThanACommaOrOfOrInIsNotAWiderOne() {
        // tokens: Eli0 Roe1 was2 born3 in4 Lund5 and6 moved7 to8 Oslo9 .10
        HandBuiltDocument doc = new HandBuiltDocument("eli-roe");
        doc.sentence("Eli Roe was born in Lund and moved to Oslo.").tag(2, "VBD").tag(3, "VBN").tag(7, "VBD");
        HandBuiltExtraction extraction = new HandBuiltExtraction(doc.build());
        Mention eli = extraction.name(0, 0, 2, EntityType.PERSON);
        Mention lund = extraction.name(0, 5, 6, EntityType.PLACE);
        extraction.name(0, 9, 10, EntityType.PLACE);
        fact(extraction, Relation.BORN_IN, eli, lund, "bornIn/born-in");

        STEP.apply(extraction.state());

        assertEquals(List.of("bornIn(Eli Roe, Lund) [bornIn/born-in]"), extraction.factsWithRules());
    }

    private static void fact(HandBuiltExtraction extraction, Relation relation, Mention person, Mention place, String rule) {
        extraction.state().book().add(relation, extraction.entity(person), extraction.entity(place),
                extraction.evidence(person, place, rule, 0.9));
    }
}
