package org.biokg.extract.facts;

import org.biokg.extract.EntityType;
import org.biokg.extract.DateMention;
import org.biokg.extract.HandBuiltExtraction;
import org.biokg.extract.TimeValue;
import org.biokg.extract.rules.ParseRepairStep;
import org.biokg.nlp.AnnotatedDocument;
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
    void aListDatedOverTheParsersOwnEdgesNamesNoRepair() {
        // tokens: Ada0 Moe1 joined2 the3 Harbour4 Council5 (6 Ann7 Roe8 ,9 Bob10 Lee11 )12 in13 1901 14 .15, parsed
        // right: the date is reached from the body over the parser's edges (Council <-obj- joined -obl:in-> 1901)
        HandBuiltDocument doc = new HandBuiltDocument("ada-moe");
        doc.sentence("Ada Moe joined the Harbour Council (Ann Roe, Bob Lee) in 1901.").date(14, 15, "1901").tag(2, "VBD")
                .edge(2, 1, "nsubj").edge(1, 0, "compound").edge(2, 5, "obj").edge(5, 4, "compound").edge(5, 3, "det")
                .edge(5, 8, "appos").edge(8, 7, "compound").edge(8, 11, "conj:and").edge(11, 10, "compound")
                .edge(2, 14, "obl:in").edge(14, 13, "case");
        AnnotatedDocument annotated = doc.build();
        HandBuiltExtraction extraction = new HandBuiltExtraction(annotated);
        extraction.name(0, 0, 2, EntityType.PERSON);
        extraction.name(0, 4, 6, EntityType.ORGANIZATION);
        extraction.name(0, 7, 9, EntityType.PERSON);
        extraction.name(0, 10, 12, EntityType.PERSON);
        extraction.state().dates().get(0).add(new DateMention(0, 14, 15, new TimeValue("1901"), "1901", null));
        new ParseRepairStep().repair(annotated, 0, extraction.state().mentions().get(0));

        STEP.apply(extraction.state(), 0);

        assertEquals(List.of("memberOf(Ann Roe, Harbour Council) from 1901 [memberOf/members-in-parentheses]",
                "memberOf(Bob Lee, Harbour Council) from 1901 [memberOf/members-in-parentheses]"), extraction.factsWithRules());
        extraction.state().book().facts().forEach(f -> assertEquals(List.of(), f.evidence().get(0).repairs(), f.toString()));
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
