package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Repairs that give a verb back its subject, each alone on a parse built by hand as CoreNLP made it. */
class SubjectRepairsTest {

    /** "In 1890 Ada was expelled ." parsed with "1890 Ada" as the object of "In". */
    @Test
    void aDateGluedToTheSubjectGivesTheVerbItsSubjectBack() {
        HandBuiltParse s = new HandBuiltParse("In 1890 Ada was expelled .").tag(5, "VBN").ner(2, "DATE").person(3, 4);
        IndexedWord date = s.word(2);
        IndexedWord ada = s.word(3);
        IndexedWord expelled = s.word(5);
        s.edge(expelled, ada, "obl:in").edge(ada, s.word(1), "case").edge(ada, date, "nummod").edge(expelled, s.word(4), "aux:pass");

        RepairLog log = s.repairWith(new RestoreGluedSubjects());

        assertTrue(s.has(expelled, ada, "nsubj:pass"), s.toString());
        assertFalse(s.has(expelled, ada, "obl:in"), s.toString());
        assertTrue(s.has(expelled, date, "obl:in"), s.toString());
        assertEquals(Set.of("restore-glued-subjects"), s.loggedAs(log, expelled, ada, "nsubj:pass"));
        assertEquals(List.of("restore-glued-subjects"), log.changedBy());
    }

    /** "the Greens won a victory and a number of allies lost their seats ." with "number" a second object of "won". */
    @Test
    void aSecondClauseReadAsASecondObjectGetsItsSubject() {
        HandBuiltParse s = new HandBuiltParse("the Greens won a victory and a number of allies lost their seats .").org(2, 3);
        IndexedWord won = s.word(3);
        IndexedWord victory = s.word(5);
        IndexedWord number = s.word(8);
        IndexedWord lost = s.word(11);
        s.edge(won, s.word(2), "nsubj").edge(won, victory, "obj").edge(won, number, "obj").edge(victory, number, "conj:and")
                .edge(won, lost, "dep").edge(lost, s.word(13), "obj");

        RepairLog log = s.repairWith(new RestoreSecondClauses());

        assertTrue(s.has(lost, number, "nsubj"), s.toString());
        assertFalse(s.has(lost, victory, "nsubj"), s.toString());
        assertEquals(Set.of("restore-second-clauses"), s.loggedAs(log, lost, number, "nsubj"));
    }

    /** "Ann , Bob 's sister-in-law , sided with Cy ." with "sided" read as a modifier of "sister-in-law". */
    @Test
    void aFiniteVerbReadAsAModifierGetsTheDescribedNameAsSubject() {
        HandBuiltParse s = new HandBuiltParse("Ann , Bob 's sister-in-law , sided with Cy .").tag(5, "NN").tag(7, "VBN")
                .person(1, 2).person(3, 4).person(9, 10);
        IndexedWord ann = s.word(1);
        IndexedWord inLaw = s.word(5);
        IndexedWord sided = s.word(7);
        s.edge(ann, inLaw, "appos").edge(inLaw, s.word(3), "nmod:poss").edge(inLaw, sided, "acl").edge(sided, s.word(9), "obl:with");

        RepairLog log = s.repairWith(new RestoreFiniteVerbsReadAsModifiers());

        assertTrue(s.has(sided, ann, "nsubj"), s.toString());
        assertEquals(Set.of("restore-finite-verbs-read-as-modifiers"), s.loggedAs(log, sided, ann, "nsubj"));
    }

    /** "with Ann and Bob again allied with Cy ." with only Bob the subject of "allied". */
    @Test
    void anEarlierCoordinatedNameSharesTheSubject() {
        HandBuiltParse s = new HandBuiltParse("with Ann and Bob again allied with Cy .").person(2, 3).person(4, 5).person(8, 9);
        IndexedWord ann = s.word(2);
        IndexedWord bob = s.word(4);
        IndexedWord allied = s.word(6);
        s.edge(allied, bob, "nsubj").edge(ann, bob, "conj:and").edge(allied, s.word(5), "advmod").edge(allied, s.word(8), "obl:with");

        RepairLog log = s.repairWith(new ShareSubjectsWithEarlierConjuncts());

        assertTrue(s.has(allied, ann, "nsubj"), s.toString());
        assertEquals(Set.of("share-subjects-with-earlier-conjuncts"), s.loggedAs(log, allied, ann, "nsubj"));
        assertEquals(Set.of(), s.loggedAs(log, allied, bob, "nsubj"), "the parser's own edge is no repair's");
    }

    /** A verb with a subject of its own and no date glued to a name: nothing to repair. */
    @Test
    void aVerbWithItsSubjectIsLeftAlone() {
        HandBuiltParse s = new HandBuiltParse("In 1890 Ada left Kent .").ner(2, "DATE").person(3, 4).place(5, 6);
        IndexedWord left = s.word(4);
        s.edge(left, s.word(3), "nsubj").edge(left, s.word(5), "obj").edge(left, s.word(2), "obl:in");

        RepairLog log = s.repairWith(new RestoreGluedSubjects());

        assertTrue(log.isEmpty(), log.changedBy().toString());
    }
}
