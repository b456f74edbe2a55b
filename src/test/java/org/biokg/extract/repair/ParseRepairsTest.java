package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The repairs run in their listed order over parser errors built by hand, edge for edge as CoreNLP made them on real
 * sentences; each test also checks the edge is logged under the repair that added it.
 */
class ParseRepairsTest {

    /** "Ann and Treasurer of Trade Bob Roe sided with Cy." with "Ann" read as part of Bob Roe's name. */
    @Test
    void aNameJoinedByAndToALaterNameIsItsFirstConjunct() {
        HandBuiltParse s = new HandBuiltParse("Ann and Treasurer of Trade Bob Roe sided with Cy .");
        IndexedWord ann = s.word(1);
        IndexedWord treasurer = s.word(3);
        IndexedWord roe = s.word(7);
        IndexedWord sided = s.word(8);
        IndexedWord cy = s.word(10);
        s.edge(sided, roe, "nsubj").edge(roe, ann, "compound").edge(ann, treasurer, "conj:and")
                .edge(roe, treasurer, "compound").edge(roe, s.word(6), "compound").edge(sided, cy, "obl:with");
        s.person(1, 2).person(6, 8).person(10, 11);

        RepairLog log = s.repairAll();

        assertTrue(s.has(sided, ann, "nsubj"), s.toString());
        assertEquals(Set.of("split-names-read-as-compounds"), s.loggedAs(log, sided, ann, "nsubj"));
        assertTrue(s.has(ann, roe, "conj:and"), s.toString());
        assertFalse(s.has(roe, ann, "compound"), s.toString());
    }

    /** A compound inside one name ("Bob Roe") stays as it is. */
    @Test
    void aCompoundInsideOneNameIsLeftAlone() {
        HandBuiltParse s = new HandBuiltParse("Ann and Bob Roe sided with Cy .");
        IndexedWord bob = s.word(3);
        IndexedWord roe = s.word(4);
        IndexedWord sided = s.word(5);
        s.edge(sided, roe, "nsubj").edge(roe, bob, "compound").edge(sided, s.word(1), "nsubj");
        s.person(1, 2).person(3, 5).person(7, 8);

        RepairLog log = s.repairAll();

        assertTrue(s.has(roe, bob, "compound"), s.toString());
        assertFalse(s.has(sided, bob, "nsubj"), s.toString());
        assertFalse(log.changedBy().contains("split-names-read-as-compounds"), log.changedBy().toString());
    }

    /** "The rest of the Guild (Ann, Bob, Cy) joined the Greens.": the list is hung on "the Guild". */
    @Test
    void theRestOfAGroupStandsForThePeopleListed() {
        HandBuiltParse s = new HandBuiltParse("The rest of the Guild ( Ann , Bob , Cy ) joined the Greens .");
        IndexedWord rest = s.word(2);
        IndexedWord guild = s.word(5);
        IndexedWord ann = s.word(7);
        IndexedWord bob = s.word(9);
        IndexedWord cy = s.word(11);
        IndexedWord joined = s.word(13);
        s.edge(joined, rest, "nsubj").edge(rest, guild, "nmod:of").edge(guild, ann, "dep").edge(ann, bob, "appos")
                .edge(ann, cy, "appos").edge(joined, s.word(15), "obj");
        s.org(5, 6).person(7, 8).person(9, 10).person(11, 12).org(15, 16);

        RepairLog log = s.repairAll();

        for (IndexedWord member : List.of(ann, bob, cy)) {
            assertTrue(s.has(joined, member, "nsubj"), member + " in " + s);
            assertEquals(Set.of("spread-groups-to-members"), s.loggedAs(log, joined, member, "nsubj"));
        }
        // the list was hung on "the Guild"; it is the rest's
        assertEquals(Set.of("reattach-member-lists"), s.loggedAs(log, rest, ann, "appos"));
    }

    /** One person beside a singular noun is an apposition, not a group: "the head of the Guild (Ann)". */
    @Test
    void oneNameBesideASingularNounIsNoGroup() {
        HandBuiltParse s = new HandBuiltParse("The head of the Guild ( Ann ) joined the Greens .");
        IndexedWord head = s.word(2);
        IndexedWord ann = s.word(7);
        IndexedWord joined = s.word(9);
        s.edge(joined, head, "nsubj").edge(head, s.word(5), "nmod:of").edge(s.word(5), ann, "dep").edge(joined, s.word(11), "obj");
        s.org(5, 6).person(7, 8).org(11, 12);

        RepairLog log = s.repairAll();

        assertFalse(s.has(joined, ann, "nsubj"), s.toString());
        assertFalse(log.changedBy().contains("spread-groups-to-members"), log.changedBy().toString());
    }

    /**
     * "she became a friend of Bob Roe , later a senator and Ann 's ally ." with the description read as two more
     * complements of "became".
     */
    @Test
    void aLaterDescriptionAfterANameIsItsApposition() {
        HandBuiltParse s = new HandBuiltParse("she became a friend of Bob Roe , later a senator and Ann 's ally .");
        IndexedWord became = s.word(2);
        IndexedWord friend = s.word(4);
        IndexedWord roe = s.word(7);
        IndexedWord senator = s.word(11);
        IndexedWord ally = s.word(15);
        s.edge(became, s.word(1), "nsubj").edge(became, friend, "xcomp").edge(friend, roe, "nmod:of").edge(roe, s.word(6), "compound")
                .edge(senator, s.word(9), "advmod").edge(became, senator, "xcomp").edge(became, ally, "xcomp")
                .edge(senator, ally, "conj:and").edge(ally, s.word(13), "nmod:poss");
        s.person(6, 8).person(13, 14);

        RepairLog log = s.repairAll();

        assertTrue(s.has(roe, senator, "appos"), s.toString());
        assertEquals(Set.of("read-later-descriptions-as-appositions"), s.loggedAs(log, roe, senator, "appos"));
        assertTrue(s.has(senator, ally, "conj:and"), s.toString());
        assertFalse(s.has(became, senator, "xcomp"), s.toString());
        assertFalse(s.has(became, ally, "xcomp"), s.toString());
    }

    /** "Jo is son of actress Ann Roe and the actor Bob Roe ." with Bob Roe read as a conjunct of "son". */
    @Test
    void aSecondParentReadAsAConjunctOfThePredicateIsASecondOfPhrasePerson() {
        HandBuiltParse s = new HandBuiltParse("Jo is son of actress Ann Roe and the actor Bob Roe .");
        IndexedWord son = s.word(3);
        IndexedWord ann = s.word(7);
        IndexedWord bob = s.word(12);
        s.edge(son, s.word(1), "nsubj").edge(son, ann, "nmod:of").edge(ann, s.word(6), "compound").edge(son, s.word(10), "conj:and")
                .edge(son, bob, "conj:and").edge(bob, s.word(11), "compound");
        s.person(1, 2).person(6, 8).person(11, 13);

        RepairLog log = s.repairAll();

        assertTrue(s.has(son, bob, "nmod:of"), s.toString());
        assertEquals(Set.of("read-later-names-as-second-of-objects"), s.loggedAs(log, son, bob, "nmod:of"));
        assertFalse(s.has(son, bob, "conj:and"), s.toString());
    }

    /** "she defeated attempts by members ( Ann , Bob , Cy ) ." with the list hung on "members" as dep and conj. */
    @Test
    void peopleListedAfterAPluralNounInParenthesesShareItsEdges() {
        HandBuiltParse s = new HandBuiltParse("she defeated attempts by members ( Ann , Bob , Cy ) .");
        IndexedWord attempts = s.word(3);
        IndexedWord members = s.word(5);
        IndexedWord ann = s.word(7);
        IndexedWord bob = s.word(9);
        IndexedWord cy = s.word(11);
        s.edge(s.word(2), attempts, "obj").edge(attempts, members, "nmod:by").edge(members, ann, "dep").edge(ann, bob, "conj")
                .edge(ann, cy, "conj");
        s.person(7, 8).person(9, 10).person(11, 12);

        RepairLog log = s.repairAll();

        for (IndexedWord member : List.of(ann, bob, cy)) {
            assertTrue(s.has(attempts, member, "nmod:by"), member + " in " + s);
            assertEquals(Set.of("spread-groups-to-members"), s.loggedAs(log, attempts, member, "nmod:by"));
        }
    }

    /**
     * "That put them at odds with Ann and Bob , the right group , who supported Cy ." with "the group" read as a
     * second object of "put".
     */
    @Test
    void aDescriptionOfNamesReadAsASecondObjectIsTheirApposition() {
        HandBuiltParse s = new HandBuiltParse("That put them at odds with Ann and Bob , the right group , who supported Cy .");
        IndexedWord put = s.word(2);
        IndexedWord odds = s.word(5);
        IndexedWord ann = s.word(7);
        IndexedWord bob = s.word(9);
        IndexedWord group = s.word(13);
        IndexedWord supported = s.word(16);
        s.edge(put, s.word(3), "obj").edge(put, odds, "obl:at").edge(odds, ann, "nmod:with").edge(odds, bob, "nmod:with")
                .edge(ann, bob, "conj:and").edge(group, s.word(11), "det").edge(put, group, "obj").edge(supported, group, "nsubj")
                .edge(group, supported, "acl:relcl").edge(supported, s.word(17), "obj");
        s.person(7, 8).person(9, 10).person(17, 18);

        RepairLog log = s.repairAll();

        assertFalse(s.has(put, group, "obj"), s.toString());
        assertTrue(s.has(bob, group, "appos") && s.has(ann, group, "appos"), s.toString());
        assertTrue(s.has(supported, ann, "nsubj") && s.has(supported, bob, "nsubj"), s.toString());
        assertEquals(Set.of("read-descriptions-read-as-second-objects"), s.loggedAs(log, supported, ann, "nsubj"));
    }

    /** "Ann moved to Prague to study law ." with Prague read as the subject of "to study". */
    @Test
    void aDestinationReadAsTheSubjectOfAPurposeClauseIsTheVerbsDestination() {
        HandBuiltParse s = new HandBuiltParse("Ann moved to Prague to study law .");
        IndexedWord moved = s.word(2);
        IndexedWord prague = s.word(4);
        IndexedWord study = s.word(6);
        s.edge(moved, s.word(1), "nsubj").edge(moved, study, "advcl:to").edge(study, s.word(3), "mark")
                .edge(study, prague, "nsubj").edge(study, s.word(5), "mark").edge(study, s.word(7), "obj");
        s.person(1, 2).place(4, 5);

        RepairLog log = s.repairAll();

        assertTrue(s.has(moved, prague, "obl:to"), s.toString());
        assertEquals(Set.of("restore-destinations-read-as-subjects"), s.loggedAs(log, moved, prague, "obl:to"));
        assertFalse(s.has(study, prague, "nsubj"), s.toString());
    }

    /** "A close ally of Ann Roe , Bob Lee rose ." with Bob Lee read as an apposition to Ann Roe. */
    @Test
    void anOpeningDescriptionIsTheSubjectsNotItsObjects() {
        HandBuiltParse s = new HandBuiltParse("A close ally of Ann Roe , Bob Lee rose .");
        IndexedWord ally = s.word(3);
        IndexedWord roe = s.word(6);
        IndexedWord lee = s.word(9);
        IndexedWord rose = s.word(10);
        s.edge(rose, ally, "nsubj").edge(ally, roe, "nmod:of").edge(roe, s.word(5), "compound")
                .edge(roe, lee, "appos").edge(lee, s.word(8), "compound");
        s.person(5, 7).person(8, 10);

        RepairLog log = s.repairAll();

        assertTrue(s.has(rose, lee, "nsubj"), s.toString());
        assertEquals(Set.of("read-opening-descriptions-of-the-subject"), s.loggedAs(log, rose, lee, "nsubj"));
        assertTrue(s.has(lee, ally, "appos"), s.toString());
        assertFalse(s.has(roe, lee, "appos"), s.toString());
        assertFalse(s.has(rose, ally, "nsubj"), s.toString());
    }

    /** Every repair is listed once in repairs.txt, and they run in that order. */
    @Test
    void theRepairsRunInTheListedOrder() {
        List<String> listed = ParseRepairs.listedIds();
        assertEquals(42, listed.size(), listed.toString());
        assertEquals(listed, ParseRepairs.defaults().ids());
        // names first: the other repairs find a name by its head word
        assertEquals("read-names-as-one-phrase", listed.get(0));
        assertEquals("restore-glued-subjects", listed.get(1));
    }

    /** An id the list names that no repair has, or a repair the list leaves out, is an error, not a silent skip. */
    @Test
    void anUnknownOrUnlistedRepairIsRefused() {
        Repair its = new ResolveIts();
        assertThrows(IllegalStateException.class, () -> ParseRepairs.inOrder(List.of(its), List.of("resolve-its", "no-such-repair")));
        assertThrows(IllegalStateException.class, () -> ParseRepairs.inOrder(List.of(its, new RestoreSecondClauses()), List.of("resolve-its")));
    }

    /** Run again on a repaired parse, the repairs change nothing and log nothing. */
    @Test
    void repairingTwiceChangesNothing() {
        HandBuiltParse s = new HandBuiltParse("In 1890 Ada was expelled .").tag(5, "VBN").ner(2, "DATE").person(3, 4);
        IndexedWord ada = s.word(3);
        IndexedWord expelled = s.word(5);
        s.edge(expelled, ada, "obl:in").edge(ada, s.word(1), "case").edge(ada, s.word(2), "nummod").edge(expelled, s.word(4), "aux:pass");
        RepairLog first = s.repairAll();
        String repaired = s.toString();

        RepairLog second = s.repairAll();

        assertEquals(List.of("restore-glued-subjects"), first.changedBy());
        assertTrue(second.isEmpty(), second.changedBy().toString());
        assertEquals(repaired, s.toString());
    }
}
