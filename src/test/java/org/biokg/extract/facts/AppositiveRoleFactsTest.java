package org.biokg.extract.facts;

import org.biokg.extract.DateMention;
import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.HandBuiltExtraction;
import org.biokg.extract.Lexicon;
import org.biokg.extract.TimeValue;
import org.biokg.extract.rules.ParseRepairStep;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.nlp.HandBuiltDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code heldOffice/appositive-role} on hand-built sentences, no CoreNLP model: the mentions are given as the
 * mention steps would find them (Ann Roe a person's name, the role phrase an office, the body inside it a name).
 */
class AppositiveRoleFactsTest {
    private static final AppositiveRoleFacts STEP = new AppositiveRoleFacts(Lexicon.defaults());

    @Test
    void aRoleInAppositionToAPersonsNameIsAPostSheHeld() {
        // tokens: Ann0 Roe1 ,2 the3 secretary4 of5 the6 Weavers7 League8 ,9 spoke10 .11
        HandBuiltDocument doc = new HandBuiltDocument("ann-roe");
        doc.sentence("Ann Roe, the secretary of the Weavers League, spoke.").tag(10, "VBD");
        AnnotatedDocument annotated = doc.build();
        HandBuiltExtraction extraction = new HandBuiltExtraction(annotated);
        extraction.name(0, 0, 2, EntityType.PERSON);
        extraction.role(0, 4, 9, 4, "Secretary of the Weavers League");
        extraction.name(0, 7, 9, EntityType.ORGANIZATION);

        STEP.apply(extraction.state(), 0);

        assertEquals(List.of("heldOffice(Ann Roe, Secretary of the Weavers League) [heldOffice/appositive-role]"),
                extraction.factsWithRules());
        Evidence e = extraction.state().book().facts().get(0).evidence().get(0);
        String text = annotated.clean().source().text();
        assertEquals("Ann Roe", text.substring(e.subjectSpan().start(), e.subjectSpan().end()));
        assertEquals("secretary of the Weavers League", text.substring(e.objectSpan().start(), e.objectSpan().end()));
    }

    @Test
    void aDateOfTheClauseDatesThePost() {
        // tokens: Ann0 Roe1 ,2 the3 secretary4 of5 the6 Weavers7 League8 ,9 spoke10 in11 1860 12 .13; the date is
        // three edges from the role (secretary <-appos- Roe <-nsubj- spoke -obl:in-> 1860), as the parser links them
        HandBuiltDocument doc = new HandBuiltDocument("ann-roe");
        doc.sentence("Ann Roe, the secretary of the Weavers League, spoke in 1860.").tag(10, "VBD")
                .edge(10, 1, "nsubj").edge(1, 0, "compound").edge(1, 4, "appos").edge(4, 8, "nmod:of")
                .edge(10, 12, "obl:in").edge(12, 11, "case");
        HandBuiltExtraction extraction = new HandBuiltExtraction(doc.build());
        extraction.name(0, 0, 2, EntityType.PERSON);
        extraction.role(0, 4, 9, 4, "Secretary of the Weavers League");
        extraction.name(0, 7, 9, EntityType.ORGANIZATION);
        extraction.state().dates().get(0).add(new DateMention(0, 12, 13, new TimeValue("1860"), "1860", null));

        STEP.apply(extraction.state(), 0);

        assertEquals(List.of("heldOffice(Ann Roe, Secretary of the Weavers League) from 1860 [heldOffice/appositive-role]"),
                extraction.factsWithRules());
    }

    @Test
    void aDateReachedOverEdgesARepairAddedNamesTheRepair() {
        // tokens: Then0 in1 1860 2 Ann3 Roe4 ,5 the6 secretary7 of8 the9 Weavers10 League11 ,12 was13 expelled14 .15
        // parsed with "1860 Ann Roe" one phrase, the in-phrase of "expelled" (so "expelled" has no subject);
        // restore-glued-subjects makes Roe the subject and 1860 the in-phrase, and the date is then reached from the
        // role over those two edges only (secretary <-appos- Roe <-nsubj:pass- expelled -obl:in-> 1860)
        HandBuiltDocument doc = new HandBuiltDocument("ann-roe");
        doc.sentence("Then in 1860 Ann Roe, the secretary of the Weavers League, was expelled.").date(2, 3, "1860")
                .tag(0, "RB").tag(13, "VBD").tag(14, "VBN")
                .edge(14, 4, "obl:in").edge(4, 1, "case").edge(4, 2, "nummod").edge(4, 3, "compound").edge(4, 7, "appos")
                .edge(7, 11, "nmod:of").edge(14, 13, "aux:pass").edge(14, 0, "advmod");
        AnnotatedDocument annotated = doc.build();
        HandBuiltExtraction extraction = new HandBuiltExtraction(annotated);
        extraction.name(0, 3, 5, EntityType.PERSON);
        extraction.role(0, 7, 12, 7, "Secretary of the Weavers League");
        extraction.name(0, 10, 12, EntityType.ORGANIZATION);
        extraction.state().dates().get(0).add(new DateMention(0, 2, 3, new TimeValue("1860"), "1860", null));
        new ParseRepairStep().repair(annotated, 0, extraction.state().mentions().get(0));

        STEP.apply(extraction.state(), 0);

        assertEquals(List.of("heldOffice(Ann Roe, Secretary of the Weavers League) from 1860 [heldOffice/appositive-role]"),
                extraction.factsWithRules());
        Evidence e = extraction.state().book().facts().get(0).evidence().get(0);
        assertEquals(List.of("restore-glued-subjects"), e.repairs());
        assertEquals("heldOffice/appositive-role+restore-glued-subjects", e.ruleWithRepairs());
    }

    @Test
    void aDateReachedOverTheParsersOwnEdgesNamesNoRepair() {
        // tokens: Ann0 Roe1 ,2 the3 secretary4 of5 the6 Weavers7 League8 ,9 spoke10 in11 1860 12 .13, parsed right:
        // the repairs run and change nothing the date is reached over
        HandBuiltDocument doc = new HandBuiltDocument("ann-roe");
        doc.sentence("Ann Roe, the secretary of the Weavers League, spoke in 1860.").date(12, 13, "1860").tag(10, "VBD")
                .edge(10, 1, "nsubj").edge(1, 0, "compound").edge(1, 4, "appos").edge(4, 8, "nmod:of")
                .edge(10, 12, "obl:in").edge(12, 11, "case");
        AnnotatedDocument annotated = doc.build();
        HandBuiltExtraction extraction = new HandBuiltExtraction(annotated);
        extraction.name(0, 0, 2, EntityType.PERSON);
        extraction.role(0, 4, 9, 4, "Secretary of the Weavers League");
        extraction.name(0, 7, 9, EntityType.ORGANIZATION);
        extraction.state().dates().get(0).add(new DateMention(0, 12, 13, new TimeValue("1860"), "1860", null));
        new ParseRepairStep().repair(annotated, 0, extraction.state().mentions().get(0));

        STEP.apply(extraction.state(), 0);

        assertEquals(List.of("heldOffice(Ann Roe, Secretary of the Weavers League) from 1860 [heldOffice/appositive-role]"),
                extraction.factsWithRules());
        assertEquals(List.of(), extraction.state().book().facts().get(0).evidence().get(0).repairs());
    }

    @Test
    void aRoleInAnEventIsNoPost() {
        // tokens: Ann0 Roe1 ,2 the3 leader4 of5 the6 March7 Uprising8 ,9 spoke10 .11
        HandBuiltDocument doc = new HandBuiltDocument("ann-roe");
        doc.sentence("Ann Roe, the leader of the March Uprising, spoke.").tag(10, "VBD");
        HandBuiltExtraction extraction = new HandBuiltExtraction(doc.build());
        extraction.name(0, 0, 2, EntityType.PERSON);
        extraction.role(0, 4, 9, 4, "Leader of the March Uprising");

        STEP.apply(extraction.state(), 0);

        assertEquals(List.of(), extraction.factsWithRules(), "'uprising' names an event (event-heads.txt)");
    }

    @Test
    void aRoleNotSetOffByACommaAfterTheNameIsNoApposition() {
        // tokens: Ann0 Roe1 met2 the3 secretary4 of5 the6 Weavers7 League8 ,9 Bob10 Lee11 .12
        HandBuiltDocument doc = new HandBuiltDocument("ann-roe");
        doc.sentence("Ann Roe met the secretary of the Weavers League, Bob Lee.").tag(2, "VBD");
        HandBuiltExtraction extraction = new HandBuiltExtraction(doc.build());
        extraction.name(0, 0, 2, EntityType.PERSON);
        extraction.role(0, 4, 9, 4, "Secretary of the Weavers League");
        extraction.name(0, 7, 9, EntityType.ORGANIZATION);
        extraction.name(0, 10, 12, EntityType.PERSON);

        STEP.apply(extraction.state(), 0);

        assertEquals(List.of(), extraction.factsWithRules(), "the role follows 'met', not a comma after Ann Roe's name");
    }
}
