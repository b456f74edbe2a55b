package org.biokg.extract.facts;

import org.biokg.extract.EntityType;
import org.biokg.extract.HandBuiltExtraction;
import org.biokg.extract.rules.LifeDatesFinder;
import org.biokg.nlp.HandBuiltDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The life-date rules ({@code birthDate/…}, {@code deathDate/…}, {@code bornIn/…}, {@code diedIn/…}) on the examples
 * of java-rules.txt, hand-built: no CoreNLP model. A date's tokens carry the NER class and the value SUTime gives
 * them; a four-digit year alone needs neither (the patterns read its digits).
 */
class LifeDateFactsTest {
    private static final LifeDateFacts STEP = new LifeDateFacts(LifeDatesFinder.defaults());

    /**
     * The facts of the one sentence {@code text}, whose first two tokens are a person's name (a second sentence, so
     * not the lead, whose parentheses go to the subject whatever stands before them).
     */
    private static List<String> facts(String text, Consumer<HandBuiltDocument.HandBuiltSentence> annotate) {
        HandBuiltDocument doc = new HandBuiltDocument("life-dates");
        doc.sentence("Eve Moe was a weaver.");
        HandBuiltDocument.HandBuiltSentence sentence = doc.sentence(text);
        sentence.tag(sentence.indexOf("was"), "VBD");
        annotate.accept(sentence);
        HandBuiltExtraction extraction = new HandBuiltExtraction(doc.build());
        extraction.subject("Eve Moe");
        extraction.name(1, 0, 2, EntityType.PERSON);
        STEP.apply(extraction.state(), 1);
        return extraction.factsWithRules();
    }

    @Test
    void twoYearsAreBirthAndDeath() {
        assertEquals(List.of("birthDate(Bob Roe, 1820) [birthDate/years-in-parentheses]",
                        "deathDate(Bob Roe, 1890) [deathDate/years-in-parentheses]"),
                facts("Bob Roe (1820–1890) was a weaver.", s -> { }));
    }

    @Test
    void bornOrDiedBeforeADate() {
        assertEquals(List.of("birthDate(Ann Roe, 1906) [birthDate/born-or-died-in-parentheses]"),
                facts("Ann Roe (b. 1906) was a weaver.", s -> { }));
        assertEquals(List.of("deathDate(Ann Roe, 1910) [deathDate/born-or-died-in-parentheses]"),
                facts("Ann Roe (d. 1910) was a weaver.", s -> { }));
    }

    @Test
    void aDashBeforeTheOnlyDateOpensNoBirth() {
        assertEquals(List.of("deathDate(Cy Dorn, 1910) [deathDate/death-only-in-parentheses]"),
                facts("Cy Dorn (–1910) was a weaver.", s -> { }));
    }

    @Test
    void aQuestionMarkForTheBirthYearIsNotRead() {
        // java-rules.txt's example "Cy Dorn (?–1910)": no pattern allows a token before the dash, so no fact (the
        // whole pipeline agrees: `biokg facts` on "Cy Dorn (?–1910) was a Ruritanian weaver." gives no deathDate)
        assertEquals(List.of(), facts("Cy Dorn (?–1910) was a weaver.", s -> s.tag(s.indexOf("?"), ".")));
    }

    @Test
    void datesWithPlacesAreBirthAndDeathAndWhere() {
        // tokens: Ada0 Roe1 (2 18 3 May4 1831 5 in6 Lund7 –8 10 9 June10 1891 11 ,12 Oslo13 )14 was15 a16 weaver17 .18
        assertEquals(List.of("birthDate(Ada Roe, 1831-05-18) [birthDate/dates-and-places-in-parentheses]",
                        "deathDate(Ada Roe, 1891-06-10) [deathDate/dates-and-places-in-parentheses]",
                        "bornIn(Ada Roe, Lund) [bornIn/dates-and-places-in-parentheses]",
                        "diedIn(Ada Roe, Oslo) [diedIn/dates-and-places-in-parentheses]"),
                facts("Ada Roe (18 May 1831 in Lund – 10 June 1891, Oslo) was a weaver.",
                        s -> s.date(3, 6, "1831-05-18").date(9, 12, "1891-06-10").ner(7, 8, "CITY").ner(13, 14, "CITY")));
    }

    @Test
    void bornWithADateAndAPlace() {
        // tokens: Bea0 Lee1 (2 born3 5 4 May5 1938 6 in7 Bata8 )9 was10 a11 weaver12 .13
        assertEquals(List.of("birthDate(Bea Lee, 1938-05-05) [birthDate/born-or-died-with-place-in-parentheses]",
                        "bornIn(Bea Lee, Bata) [bornIn/born-or-died-with-place-in-parentheses]"),
                facts("Bea Lee (born 5 May 1938 in Bata) was a weaver.",
                        s -> s.tag(3, "VBN").date(4, 7, "1938-05-05").ner(8, 9, "CITY")));
    }

    @Test
    void diedWithADateAndAPlace() {
        // tokens: Bea0 Lee1 (2 died3 1 4 June5 1990 6 in7 Lyon8 )9 was10 a11 weaver12 .13
        assertEquals(List.of("deathDate(Bea Lee, 1990-06-01) [deathDate/born-or-died-with-place-in-parentheses]",
                        "diedIn(Bea Lee, Lyon) [diedIn/born-or-died-with-place-in-parentheses]"),
                facts("Bea Lee (died 1 June 1990 in Lyon) was a weaver.",
                        s -> s.tag(3, "VBD").date(4, 7, "1990-06-01").ner(8, 9, "CITY")));
    }

    @Test
    void diedWithADateCommaPlaceIsReadByTheDatePatternAlone() {
        // java-rules.txt's example "(died 1 June 1990, Lyon)": born-or-died-in-parentheses, tried first, takes
        // anything after a comma, so the place is not read (the whole pipeline agrees: deathDate only)
        assertEquals(List.of("deathDate(Bea Lee, 1990-06-01) [deathDate/born-or-died-in-parentheses]"),
                facts("Bea Lee (died 1 June 1990, Lyon) was a weaver.",
                        s -> s.tag(3, "VBD").date(4, 7, "1990-06-01").ner(8, 9, "CITY")));
    }

    @Test
    void yearsAfterABodysNameAreNoOnesLifeDates() {
        // tokens: Eve0 Moe1 led2 the3 Weavers4 League5 (6 1820 7 –8 1890 9 )10 .11
        HandBuiltDocument doc = new HandBuiltDocument("life-dates");
        doc.sentence("Eve Moe was a weaver.");
        doc.sentence("Eve Moe led the Weavers League (1820–1890).").tag(2, "VBD");
        HandBuiltExtraction extraction = new HandBuiltExtraction(doc.build());
        extraction.subject("Eve Moe");
        extraction.name(1, 0, 2, EntityType.PERSON);
        extraction.name(1, 4, 6, EntityType.ORGANIZATION);

        STEP.apply(extraction.state(), 1);

        assertEquals(List.of(), extraction.factsWithRules());
    }

    @Test
    void inTheLeadAParenthesisAfterAnotherNameOfTheSubjectIsHers() {
        // tokens: Eve0 Moe1 ,2 Lady3 Lund4 (5 1815 6 –7 1852 8 )9 ,10 was11 a12 weaver13 .14
        HandBuiltDocument doc = new HandBuiltDocument("eve-moe");
        doc.sentence("Eve Moe, Lady Lund (1815–1852), was a weaver.").tag(11, "VBD");
        HandBuiltExtraction extraction = new HandBuiltExtraction(doc.build());
        extraction.subject("Eve Moe");
        extraction.name(0, 0, 2, EntityType.PERSON);

        STEP.apply(extraction.state(), 0);

        assertEquals(List.of("birthDate(Eve Moe, 1815) [birthDate/years-in-parentheses]",
                "deathDate(Eve Moe, 1852) [deathDate/years-in-parentheses]"), extraction.factsWithRules());
    }
}
