package org.biokg.extract.rules;

import org.biokg.extract.DateMention;
import org.biokg.extract.EntityType;
import org.biokg.extract.HandBuiltExtraction;
import org.biokg.extract.repair.RepairLog;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.nlp.HandBuiltDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The parse repairs run once, in the repair-parses step, and the rules read the log it keeps; no model. */
class ParseRepairStepTest {

    /** "Then in 1890 Ada Roe was expelled ." parsed with "1890 Ada Roe" one phrase, the in-phrase of "expelled". */
    private static AnnotatedDocument gluedSubject(HandBuiltExtraction[] extraction) {
        // tokens: Then0 in1 1890 2 Ada3 Roe4 was5 expelled6 .7
        HandBuiltDocument doc = new HandBuiltDocument("ada-roe");
        doc.sentence("Then in 1890 Ada Roe was expelled.").date(2, 3, "1890").tag(0, "RB").tag(5, "VBD").tag(6, "VBN")
                .edge(6, 4, "obl:in").edge(4, 1, "case").edge(4, 2, "nummod").edge(4, 3, "compound").edge(6, 5, "aux:pass");
        AnnotatedDocument annotated = doc.build();
        extraction[0] = new HandBuiltExtraction(annotated);
        extraction[0].name(0, 3, 5, EntityType.PERSON);
        return annotated;
    }

    @Test
    void aSentenceRepairedOnceIsLeftAsItIs() {
        HandBuiltExtraction[] extraction = new HandBuiltExtraction[1];
        AnnotatedDocument doc = gluedSubject(extraction);
        ParseRepairStep step = new ParseRepairStep();

        step.repair(doc, 0, extraction[0].state().mentions().get(0));
        RepairLog log = RepairLog.of(doc.sentence(0));
        step.repair(doc, 0, extraction[0].state().mentions().get(0));

        assertEquals(List.of("restore-glued-subjects"), log.changedBy());
        assertSame(log, RepairLog.of(doc.sentence(0)), "the second call keeps the first log and runs nothing");
    }

    @Test
    void theRulesRefuseASentenceTheRepairsHaveNotSeen() {
        HandBuiltExtraction[] extraction = new HandBuiltExtraction[1];
        AnnotatedDocument doc = gluedSubject(extraction);
        RelationFinder finder = new RelationFinder(List.of(), ClauseFilter.defaults());
        List<DateMention> dates = List.of();

        assertThrows(IllegalStateException.class, () -> finder.find(doc, 0, extraction[0].state().mentions().get(0), dates));
        new ParseRepairStep().repair(doc, 0, extraction[0].state().mentions().get(0));
        assertEquals(List.of(), finder.find(doc, 0, extraction[0].state().mentions().get(0), dates));
    }
}
