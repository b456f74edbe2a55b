package org.biokg.extract.facts;

import org.biokg.extract.DateMention;
import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.HandBuiltExtraction;
import org.biokg.extract.TimeValue;
import org.biokg.extract.rules.ClauseFilter;
import org.biokg.extract.rules.ParseRepairStep;
import org.biokg.extract.rules.TokenRelations;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.nlp.HandBuiltDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code founded/started-called} on hand-built sentences, no CoreNLP model: the pattern reads the tokens, the
 * founder is the anchor's subject in the parse, so the repairs behind that edge (and the date's) are named.
 */
class TokenRelationFactsTest {
    private static final TokenRelationFacts STEP = new TokenRelationFacts(TokenRelations.defaults(ClauseFilter.defaults()));

    /** Tokens: Then0 in1 1890 2 Ada3 Roe4 started5 a6 paper7 called8 the9 Voice10 .11 */
    private static HandBuiltDocument.HandBuiltSentence paperCalledTheVoice(HandBuiltDocument doc) {
        return doc.sentence("Then in 1890 Ada Roe started a paper called the Voice.").date(2, 3, "1890")
                .tag(0, "RB").tag(5, "VBD").lemma(5, "start").tag(8, "VBN")
                .edge(5, 7, "obj").edge(7, 6, "det").edge(7, 8, "acl").edge(8, 10, "xcomp").edge(10, 9, "det");
    }

    /** Ada Roe named, 1890 a date, the sentence repaired as the repair-parses step does, then the step read. */
    private static HandBuiltExtraction repairedAndRead(HandBuiltDocument doc) {
        AnnotatedDocument annotated = doc.build();
        HandBuiltExtraction extraction = new HandBuiltExtraction(annotated);
        extraction.name(0, 3, 5, EntityType.PERSON);
        extraction.state().dates().get(0).add(new DateMention(0, 2, 3, new TimeValue("1890"), "1890", null));
        new ParseRepairStep().repair(annotated, 0, extraction.state().mentions().get(0));
        STEP.apply(extraction.state(), 0);
        return extraction;
    }

    @Test
    void aFounderWhoseSubjectEdgeARepairAddedNamesTheRepair() {
        // parsed with "1890 Ada Roe" one phrase, the in-phrase of "started", which so has no subject;
        // restore-glued-subjects gives it Roe as subject and 1890 as its in-phrase
        HandBuiltDocument doc = new HandBuiltDocument("ada-roe");
        paperCalledTheVoice(doc).edge(5, 4, "obl:in").edge(4, 1, "case").edge(4, 2, "nummod").edge(4, 3, "compound");
        HandBuiltExtraction extraction = repairedAndRead(doc);

        assertEquals(List.of("founded(Ada Roe, Voice) from 1890 [founded/started-called]"), extraction.factsWithRules());
        Evidence e = extraction.state().book().facts().get(0).evidence().get(0);
        assertEquals("founded/started-called+restore-glued-subjects", e.ruleWithRepairs());
    }

    @Test
    void aFounderTheParserMadeTheSubjectNamesNoRepair() {
        HandBuiltDocument doc = new HandBuiltDocument("ada-roe");
        paperCalledTheVoice(doc).edge(5, 4, "nsubj").edge(4, 3, "compound").edge(5, 2, "obl:in").edge(2, 1, "case")
                .edge(5, 0, "advmod");
        HandBuiltExtraction extraction = repairedAndRead(doc);

        assertEquals(List.of("founded(Ada Roe, Voice) from 1890 [founded/started-called]"), extraction.factsWithRules());
        assertEquals(List.of(), extraction.state().book().facts().get(0).evidence().get(0).repairs());
    }
}
