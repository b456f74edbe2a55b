package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Repairs that point a pronoun at the names it stands for, each alone on a parse built by hand. */
class PronounRepairsTest {

    /** "Ann and Bob , with their support for Cy , won .": "their" is Ann and Bob. */
    @Test
    void aPluralPronounStandsForTheNamesCoordinatedBeforeIt() {
        HandBuiltParse s = new HandBuiltParse("Ann and Bob , with their support for Cy , won .").person(1, 2).person(3, 4).person(9, 10);
        IndexedWord ann = s.word(1);
        IndexedWord bob = s.word(3);
        IndexedWord support = s.word(7);
        IndexedWord won = s.word(11);
        s.edge(won, ann, "nsubj").edge(ann, bob, "conj:and").edge(won, support, "obl:with").edge(support, s.word(6), "nmod:poss")
                .edge(support, s.word(9), "nmod:for");

        RepairLog log = s.repairWith(new ResolvePluralPronouns());

        assertTrue(s.has(support, ann, "nmod:poss") && s.has(support, bob, "nmod:poss"), s.toString());
        assertFalse(s.has(support, s.word(9), "nmod:poss"), "Cy comes after the pronoun: " + s);
        assertEquals(Set.of("resolve-plural-pronouns"), s.loggedAs(log, support, bob, "nmod:poss"));
    }

    /** "Ann joined the Greens , a party in Kent , and became one of its leaders .": "its" is the Greens. */
    @Test
    void itsStandsForTheGroupAVerbTookBeforeIt() {
        HandBuiltParse s = new HandBuiltParse("Ann joined the Greens , a party in Kent , and became one of its leaders .")
                .person(1, 2).org(4, 5).place(9, 10);
        IndexedWord joined = s.word(2);
        IndexedWord greens = s.word(4);
        IndexedWord leaders = s.word(16);
        s.edge(joined, s.word(1), "nsubj").edge(joined, greens, "obj").edge(greens, s.word(7), "appos").edge(s.word(7), s.word(9), "nmod:in")
                .edge(joined, s.word(12), "conj:and").edge(s.word(12), s.word(13), "xcomp").edge(s.word(13), leaders, "nmod:of")
                .edge(leaders, s.word(15), "nmod:poss");

        RepairLog log = s.repairWith(new ResolveIts());

        assertTrue(s.has(leaders, greens, "nmod:poss"), s.toString());
        assertFalse(s.has(leaders, s.word(9), "nmod:poss"), "Kent is a modifier, not an argument: " + s);
        assertEquals(Set.of("resolve-its"), s.loggedAs(log, leaders, greens, "nmod:poss"));
    }
}
