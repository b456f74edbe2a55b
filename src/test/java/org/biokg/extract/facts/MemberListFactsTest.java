package org.biokg.extract.facts;

import org.biokg.extract.EntityType;
import org.biokg.extract.HandBuiltExtraction;
import org.biokg.nlp.HandBuiltDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code memberOf/members-in-parentheses} on hand-built sentences, no CoreNLP model: the people's and the body's
 * names are given as mentions; the step reads the parentheses and commas between them from the tokens.
 */
class MemberListFactsTest {
    private static final MemberListFacts STEP = new MemberListFacts();

    @Test
    void eachPersonListedInParenthesesAfterABodyIsAMember() {
        // tokens: Ada0 Moe1 sat2 on3 the4 Harbour5 Council6 (7 Ann8 Roe9 ,10 Bob11 Lee12 ,13 Cy14 Dorn15 )16 .17
        HandBuiltDocument doc = new HandBuiltDocument("ada-moe");
        doc.sentence("Ada Moe sat on the Harbour Council (Ann Roe, Bob Lee, Cy Dorn).").tag(2, "VBD");
        HandBuiltExtraction extraction = new HandBuiltExtraction(doc.build());
        extraction.name(0, 0, 2, EntityType.PERSON);
        extraction.name(0, 5, 7, EntityType.ORGANIZATION);
        extraction.name(0, 8, 10, EntityType.PERSON);
        extraction.name(0, 11, 13, EntityType.PERSON);
        extraction.name(0, 14, 16, EntityType.PERSON);

        STEP.apply(extraction.state(), 0);

        assertEquals(List.of("memberOf(Ann Roe, Harbour Council) [memberOf/members-in-parentheses]",
                        "memberOf(Bob Lee, Harbour Council) [memberOf/members-in-parentheses]",
                        "memberOf(Cy Dorn, Harbour Council) [memberOf/members-in-parentheses]"),
                extraction.factsWithRules(), "Ada Moe, before the body, is not in the list");
    }

    @Test
    void aListAfterAPluralNounOfTheBodyNamesThoseAndNotTheMembers() {
        // tokens: The0 three1 secretaries2 of3 the4 Harbour5 Council6 (7 Ann8 Roe9 ,10 Bob11 Lee12 )13 met14 .15
        HandBuiltDocument doc = new HandBuiltDocument("ann-roe");
        doc.sentence("The three secretaries of the Harbour Council (Ann Roe, Bob Lee) met.").tag(2, "NNS").tag(14, "VBD");
        HandBuiltExtraction extraction = new HandBuiltExtraction(doc.build());
        extraction.name(0, 5, 7, EntityType.ORGANIZATION);
        extraction.name(0, 8, 10, EntityType.PERSON);
        extraction.name(0, 11, 13, EntityType.PERSON);

        STEP.apply(extraction.state(), 0);

        assertEquals(List.of(), extraction.factsWithRules());
    }

    @Test
    void oneNameInParenthesesIsNoList() {
        // tokens: Ada0 Moe1 sat2 on3 the4 Harbour5 Council6 (7 Ann8 Roe9 )10 .11
        HandBuiltDocument doc = new HandBuiltDocument("ada-moe");
        doc.sentence("Ada Moe sat on the Harbour Council (Ann Roe).").tag(2, "VBD");
        HandBuiltExtraction extraction = new HandBuiltExtraction(doc.build());
        extraction.name(0, 0, 2, EntityType.PERSON);
        extraction.name(0, 5, 7, EntityType.ORGANIZATION);
        extraction.name(0, 8, 10, EntityType.PERSON);

        STEP.apply(extraction.state(), 0);

        assertEquals(List.of(), extraction.factsWithRules());
    }
}
