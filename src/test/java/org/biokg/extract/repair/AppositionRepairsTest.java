package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Repairs that read a name beside a noun as its apposition, or pass the noun's edges to it, each alone. */
class AppositionRepairsTest {

    /** "her brother Ned Roe won ." with the name left as {@code dep} of "brother". */
    @Test
    void aNameRightAfterACommonNounIsItsApposition() {
        HandBuiltParse s = new HandBuiltParse("her brother Ned Roe won .").person(3, 5);
        IndexedWord brother = s.word(2);
        IndexedWord roe = s.word(4);
        s.edge(s.word(5), brother, "nsubj").edge(brother, s.word(1), "nmod:poss").edge(brother, roe, "dep").edge(roe, s.word(3), "compound");

        RepairLog log = s.repairWith(new ReadNamesAfterNounsAsAppositions());

        assertTrue(s.has(brother, roe, "appos"), s.toString());
        assertEquals(Set.of("read-names-after-nouns-as-appositions"), s.loggedAs(log, brother, roe, "appos"));
    }

    /** "He was the son of a farmer , Bob Roe , and Ann Roe ." with both names conjuncts of "son". */
    @Test
    void aNameAfterAnOfPhrasesCommaIsTheOfPhrasesApposition() {
        HandBuiltParse s = new HandBuiltParse("He was the son of a farmer , Bob Roe , and Ann Roe .").person(1, 2).person(9, 11).person(13, 15);
        IndexedWord son = s.word(4);
        IndexedWord farmer = s.word(7);
        IndexedWord bob = s.word(10);
        IndexedWord ann = s.word(14);
        s.edge(son, s.word(1), "nsubj").edge(son, s.word(2), "cop").edge(son, farmer, "nmod:of").edge(son, bob, "conj:and")
                .edge(son, ann, "conj:and").edge(bob, s.word(9), "compound").edge(ann, s.word(13), "compound").edge(ann, s.word(12), "cc");

        RepairLog log = s.repairWith(new ReadNamesAfterOfPhrasesAsAppositions());

        assertTrue(s.has(farmer, bob, "appos"), s.toString());
        assertTrue(s.has(bob, ann, "conj:and"), s.toString());
        assertFalse(s.has(son, bob, "conj:and"), s.toString());
        assertEquals(Set.of("read-names-after-of-phrases-as-appositions"), s.loggedAs(log, farmer, bob, "appos"));
    }

    /** "he was attacked by an agent , Bob Roe , who fled ." with the name an object of "attacked". */
    @Test
    void aNameAfterAPassiveByPhraseIsItsApposition() {
        HandBuiltParse s = new HandBuiltParse("he was attacked by an agent , Bob Roe , who fled .").tag(3, "VBN").person(8, 10);
        IndexedWord attacked = s.word(3);
        IndexedWord agent = s.word(6);
        IndexedWord roe = s.word(9);
        s.edge(attacked, s.word(1), "nsubj:pass").edge(attacked, s.word(2), "aux:pass").edge(attacked, agent, "obl:by")
                .edge(attacked, roe, "obj").edge(roe, s.word(8), "compound");

        RepairLog log = s.repairWith(new ReadPassiveObjectsAsAppositions());

        assertTrue(s.has(agent, roe, "appos"), s.toString());
        assertFalse(s.has(attacked, roe, "obj"), s.toString());
        assertEquals(Set.of("read-passive-objects-as-appositions"), s.loggedAs(log, agent, roe, "appos"));
    }

    /** "His niece , Ann Roe , won .": the name in apposition is the subject too. */
    @Test
    void aNameInAppositionGetsTheNounsArgumentEdge() {
        HandBuiltParse s = new HandBuiltParse("His niece , Ann Roe , won .").person(4, 6);
        IndexedWord niece = s.word(2);
        IndexedWord roe = s.word(5);
        IndexedWord won = s.word(7);
        s.edge(won, niece, "nsubj").edge(niece, s.word(1), "nmod:poss").edge(niece, roe, "appos").edge(roe, s.word(4), "compound");

        RepairLog log = s.repairWith(new PassArgumentsToAppositiveNames());

        assertTrue(s.has(won, roe, "nsubj"), s.toString());
        assertEquals(Set.of("pass-arguments-to-appositive-names"), s.loggedAs(log, won, roe, "nsubj"));
    }

    /** "moved into a house in Coyo , a neighborhood in Lima .": what is in Coyo is in Lima too. */
    @Test
    void aPlaceDescribedAsPartOfAWiderOnePassesItsEdgesOn() {
        HandBuiltParse s = new HandBuiltParse("moved into a house in Coyo , a neighborhood in Lima .").place(6, 7).place(11, 12);
        IndexedWord house = s.word(4);
        IndexedWord coyo = s.word(6);
        IndexedWord lima = s.word(11);
        s.edge(s.word(1), house, "obl:into").edge(house, coyo, "nmod:in").edge(coyo, s.word(9), "appos").edge(s.word(9), lima, "nmod:in");

        RepairLog log = s.repairWith(new PassPlacesToWiderPlaces());

        assertTrue(s.has(house, lima, "nmod:in"), s.toString());
        assertEquals(Set.of("pass-places-to-wider-places"), s.loggedAs(log, house, lima, "nmod:in"));
    }
}
