package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import org.biokg.eval.Predictions;
import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;
import org.biokg.extract.rules.Rule;
import org.biokg.extract.rules.RuleSet;
import org.biokg.text.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rule's match names the repairs behind the edges it used, and the evidence carries them to the rule column. */
class MatchedRepairsTest {
    private static final Rule EXPELLED_FROM = RuleSet.load().stream()
            .filter(r -> r.id().equals("expelledFrom/expelled-from")).findFirst().orElseThrow();

    /** "In 1890 Ada was expelled from the Guild ." with "1890 Ada" read as the object of "In". */
    private static HandBuiltParse gluedSubject() {
        HandBuiltParse s = new HandBuiltParse("In 1890 Ada was expelled from the Guild .").tag(5, "VBN").lemma(5, "expel")
                .ner(2, "DATE").person(3, 4).org(8, 9);
        IndexedWord ada = s.word(3);
        IndexedWord expelled = s.word(5);
        IndexedWord guild = s.word(8);
        s.edge(expelled, ada, "obl:in").edge(ada, s.word(1), "case").edge(ada, s.word(2), "nummod").edge(expelled, s.word(4), "aux:pass")
                .edge(expelled, guild, "obl:from").edge(guild, s.word(6), "case").edge(guild, s.word(7), "det");
        return s;
    }

    @Test
    void aRuleMatchingARepairedEdgeNamesTheRepairInTheRuleColumn() {
        HandBuiltParse s = gluedSubject();
        RepairLog log = s.repairAll();
        s.graph.resetRoots(); // Semgrex starts from the roots: here, every word nothing governs
        SemgrexMatcher m = EXPELLED_FROM.pattern().matcher(s.graph);
        assertTrue(m.find(), s.toString());
        assertEquals(s.word(3), m.getNode("subj"));

        List<String> repairs = MatchedRepairs.of(EXPELLED_FROM.pattern(), m, s.graph, log);

        assertEquals(List.of("restore-glued-subjects"), repairs);
        Evidence ev = new Evidence("doc", 0, new Span(0, 40), "In 1890 Ada was expelled from the Guild.", new Span(8, 11),
                new Span(34, 39), EXPELLED_FROM.id(), 0.9, repairs);
        Fact fact = Fact.between(Relation.EXPELLED_FROM, new Entity("e1", "Ada", EntityType.PERSON),
                new Entity("e2", "Guild", EntityType.ORGANIZATION));
        fact.addEvidence(ev);
        var result = new ExtractionResult("doc", "doc.txt", fact.subject(), List.of(fact.subject(), fact.object()), List.of(fact));
        assertEquals("expelledFrom/expelled-from+restore-glued-subjects", Predictions.of(result).get(0).rule());
    }

    /** "Ada was expelled from the Guild ." as the parser reads it: no repair behind the match. */
    @Test
    void aMatchOnTheParsersOwnEdgesNamesNoRepair() {
        HandBuiltParse s = new HandBuiltParse("Ada was expelled from the Guild .").tag(3, "VBN").lemma(3, "expel").person(1, 2).org(6, 7);
        s.edge(s.word(3), s.word(1), "nsubj:pass").edge(s.word(3), s.word(2), "aux:pass").edge(s.word(3), s.word(6), "obl:from");
        RepairLog log = s.repairAll();
        s.graph.resetRoots(); // Semgrex starts from the roots: here, every word nothing governs
        SemgrexMatcher m = EXPELLED_FROM.pattern().matcher(s.graph);
        assertTrue(m.find(), s.toString());

        assertEquals(List.of(), MatchedRepairs.of(EXPELLED_FROM.pattern(), m, s.graph, log));
    }

    /** A repaired edge beside the parser's own between the same nodes, when the rule used the parser's: no repair. */
    @Test
    void aRepairedEdgeTheMatchStandsWithoutIsNotNamed() {
        HandBuiltParse s = new HandBuiltParse("she married the architect Ann Roe .").person(5, 7);
        s.edge(s.word(2), s.word(1), "nsubj").edge(s.word(2), s.word(4), "iobj");
        RepairLog log = s.repairAll();
        s.graph.resetRoots(); // Semgrex starts from the roots: here, every word nothing governs
        assertTrue(s.has(s.word(2), s.word(4), "obj"), "restore-objects-read-as-indirect added obj beside iobj: " + s);
        SemgrexPattern byIobj = SemgrexPattern.compile("{}=trigger >iobj {}=obj");
        SemgrexPattern byObj = SemgrexPattern.compile("{}=trigger >obj {}=obj");
        SemgrexMatcher viaIobj = byIobj.matcher(s.graph);
        SemgrexMatcher viaObj = byObj.matcher(s.graph);
        assertTrue(viaIobj.find() && viaObj.find());

        assertEquals(List.of(), MatchedRepairs.of(byIobj, viaIobj, s.graph, log));
        assertEquals(List.of("restore-objects-read-as-indirect"), MatchedRepairs.of(byObj, viaObj, s.graph, log));
    }

    /**
     * "Ann joined the Greens and became one of its leaders .": the rule reaches the group through unnamed nodes
     * ("one", "leaders"); the edge resolve-its added from "leaders" to the Greens is what binds {@code obj}.
     */
    @Test
    void aRepairedEdgeBetweenAnUnnamedNodeAndANamedOneCounts() {
        Rule itsLeaders = RuleSet.load().stream().filter(r -> r.id().equals("heldOffice/one-of-its-leaders")).findFirst().orElseThrow();
        HandBuiltParse s = new HandBuiltParse("Ann joined the Greens and became one of its leaders .")
                .lemma(6, "become").lemma(7, "one").lemma(10, "leader").tag(10, "NNS").person(1, 2).org(4, 5);
        IndexedWord ann = s.word(1);
        IndexedWord joined = s.word(2);
        IndexedWord became = s.word(6);
        s.edge(joined, ann, "nsubj").edge(joined, s.word(4), "obj").edge(joined, became, "conj:and").edge(became, ann, "nsubj")
                .edge(became, s.word(7), "xcomp").edge(s.word(7), s.word(10), "nmod:of").edge(s.word(10), s.word(9), "nmod:poss");
        RepairLog log = s.repairAll();
        s.graph.resetRoots();

        SemgrexMatcher m = itsLeaders.pattern().matcher(s.graph);
        List<String> toGreens = null;
        List<String> toIts = null;
        while (m.find()) {
            if (m.getNode("obj").equals(s.word(4))) {
                toGreens = MatchedRepairs.of(itsLeaders.pattern(), m, s.graph, log);
            } else if (m.getNode("obj").equals(s.word(9))) {
                toIts = MatchedRepairs.of(itsLeaders.pattern(), m, s.graph, log);
            }
        }

        assertEquals(List.of("resolve-its"), toGreens);
        assertEquals(List.of(), toIts, "the parser's own edge to \"its\"");
    }
}
