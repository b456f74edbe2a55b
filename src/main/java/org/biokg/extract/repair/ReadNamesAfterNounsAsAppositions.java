package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;

import static org.biokg.extract.repair.Names.*;

/**
 * "her brother Ned Roe", "married the architect Ann Roe", "his siblings Ann, Bob and Cy": a name right after
 * a common noun, which the parser often hangs on it as {@code dep}, stands in apposition to it (with the
 * names coordinated with it).
 */
public final class ReadNamesAfterNounsAsAppositions implements Repair {
    @Override
    public String id() {
        return "read-names-after-nouns-as-appositions";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        run(p, p.graph(), p.names());
    }

    private static void run(ParseUnderRepair p, SemanticGraph g, List<NamedSpan> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord noun = e.getGovernor();
            IndexedWord name = e.getDependent();
            if (!e.getRelation().toString().equals("dep") || !isCommonNoun(g, noun)
                    || !isNameHead(name, mentions) || name.index() < noun.index()
                    || !startsRightAfter(name, noun, mentions) && !startsRightAfterConjunct(g, name, noun, mentions)) {
                continue;
            }
            p.add(noun, name, "appos");
            for (SemanticGraphEdge c : g.outgoingEdgeList(name)) {
                if (c.getRelation().toString().startsWith("conj") && isPersonHead(c.getDependent(), mentions)) {
                    p.add(noun, c.getDependent(), "appos");
                }
            }
        }
    }

    /** "her friend and ally Ann Roe": the name begins right after a noun coordinated with {@code noun}. */
    private static boolean startsRightAfterConjunct(SemanticGraph g, IndexedWord name, IndexedWord noun, List<NamedSpan> mentions) {
        for (SemanticGraphEdge c : g.outgoingEdgeList(noun)) {
            IndexedWord other = c.getDependent();
            if (c.getRelation().toString().startsWith("conj") && other.tag().startsWith("NN") && !other.tag().startsWith("NNP")
                    && startsRightAfter(name, other, mentions)) {
                return true;
            }
        }
        return false;
    }
}
