package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Repairs that give a verb back its object or complement, each alone on a parse built by hand. */
class ObjectRepairsTest {

    /** The repair of that id written as a Ssurgeon pattern (repairs.ssurgeon.xml). */
    private static Repair ssurgeon(String id) {
        return SsurgeonRepair.load().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** "she married the architect Ann Roe ." with "architect" an indirect object and no direct one (a Ssurgeon repair). */
    @Test
    void aLoneIndirectObjectIsTheDirectOne() {
        HandBuiltParse s = new HandBuiltParse("she married the architect Ann Roe .").person(5, 7);
        IndexedWord married = s.word(2);
        IndexedWord architect = s.word(4);
        s.edge(married, s.word(1), "nsubj").edge(married, architect, "iobj").edge(architect, s.word(6), "dep");

        RepairLog log = s.repairWith(ssurgeon("restore-objects-read-as-indirect"));

        assertTrue(s.has(married, architect, "obj"), s.toString());
        assertEquals(Set.of("restore-objects-read-as-indirect"), s.loggedAs(log, married, architect, "obj"));
        assertTrue(s.has(married, architect, "iobj"), "the parser's edge stays: " + s);
    }

    /** A verb with a direct object keeps its indirect one as it is. */
    @Test
    void anIndirectObjectBesideADirectOneIsLeftAlone() {
        HandBuiltParse s = new HandBuiltParse("she gave him a book .");
        s.edge(s.word(2), s.word(1), "nsubj").edge(s.word(2), s.word(3), "iobj").edge(s.word(2), s.word(5), "obj");

        RepairLog log = s.repairWith(ssurgeon("restore-objects-read-as-indirect"));

        assertTrue(log.isEmpty(), log.changedBy().toString());
    }

    /** "As Minister of Mining he formalised a policy ." with "As" the verb's marker and the title a first subject. */
    @Test
    void anOpeningAsTitleReadAsAFirstSubjectIsAnAsPhrase() {
        HandBuiltParse s = new HandBuiltParse("As Minister of Mining he formalised a policy .").tag(6, "VBD");
        IndexedWord as = s.word(1);
        IndexedWord minister = s.word(2);
        IndexedWord formalised = s.word(6);
        s.edge(formalised, as, "mark").edge(formalised, minister, "nsubj").edge(minister, s.word(4), "nmod:of")
                .edge(formalised, s.word(5), "nsubj").edge(formalised, s.word(8), "obj");

        RepairLog log = s.repairWith(ssurgeon("read-opening-as-titles-as-adjuncts"));

        assertTrue(s.has(formalised, minister, "obl:as"), s.toString());
        assertTrue(!s.has(formalised, minister, "nsubj") && s.has(formalised, s.word(5), "nsubj"), s.toString());
        assertTrue(s.has(minister, as, "case") && !s.has(formalised, as, "mark"), s.toString());
        assertEquals(Set.of("read-opening-as-titles-as-adjuncts"), s.loggedAs(log, formalised, minister, "obl:as"));
    }

    /** "As he left , Ann Roe spoke ." : "as" opens a clause with one subject; nothing to mend. */
    @Test
    void anAsClauseWithOneSubjectIsLeftAlone() {
        HandBuiltParse s = new HandBuiltParse("As he left , Ann Roe spoke .").tag(3, "VBD").tag(7, "VBD").person(5, 7);
        IndexedWord left = s.word(3);
        s.edge(left, s.word(1), "mark").edge(left, s.word(2), "nsubj").edge(s.word(7), left, "advcl:as")
                .edge(s.word(7), s.word(6), "nsubj").edge(s.word(6), s.word(5), "compound");

        RepairLog log = s.repairWith(ssurgeon("read-opening-as-titles-as-adjuncts"));

        assertTrue(log.isEmpty(), log.changedBy().toString());
    }

    /** "to overthrow the Council headed by Ann Roe ." with "the Council headed by" read as a clause of its own. */
    @Test
    void anObjectWithAReducedRelativeIsTheVerbsObject() {
        HandBuiltParse s = new HandBuiltParse("to overthrow the Council headed by Ann Roe .").tag(2, "VB").tag(5, "VBN").org(4, 5).person(7, 9);
        IndexedWord overthrow = s.word(2);
        IndexedWord council = s.word(4);
        IndexedWord headed = s.word(5);
        s.edge(overthrow, s.word(1), "mark").edge(overthrow, headed, "dep").edge(headed, council, "nsubj").edge(headed, s.word(8), "obl:by")
                .edge(s.word(8), s.word(7), "compound");

        RepairLog log = s.repairWith(new RestoreObjectsReadAsPassiveSubjects());

        assertTrue(s.has(overthrow, council, "obj"), s.toString());
        assertTrue(s.has(council, headed, "acl"), s.toString());
        assertEquals(Set.of("restore-objects-read-as-passive-subjects"), s.loggedAs(log, overthrow, council, "obj"));
    }

    /** "she served as Treasurer and later as the head of the Guild ." with "head" hung on "later". */
    @Test
    void anAsPhraseOnAnAdverbIsTheVerbs() {
        HandBuiltParse s = new HandBuiltParse("she served as Treasurer and later as the head of the Guild .").org(12, 13);
        IndexedWord served = s.word(2);
        IndexedWord treasurer = s.word(4);
        IndexedWord later = s.word(6);
        IndexedWord head = s.word(9);
        s.edge(served, s.word(1), "nsubj").edge(served, treasurer, "obl:as").edge(treasurer, later, "conj:and")
                .edge(later, head, "obl:as").edge(head, s.word(12), "nmod:of");

        RepairLog log = s.repairWith(new HoistAsPhrasesFromAdverbs());

        assertTrue(s.has(served, head, "obl:as"), s.toString());
        assertEquals(Set.of("hoist-as-phrases-from-adverbs"), s.loggedAs(log, served, head, "obl:as"));
    }
}
