package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;

/** "served as A and later as B", parsed as conj(A, later) and obl:as(later, B): B is the verb's obl:as too. */
public final class HoistAsPhrasesFromAdverbs implements Repair {
    @Override
    public String id() {
        return "hoist-as-phrases-from-adverbs";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        run(p, p.graph(), p.names());
    }

    private static void run(ParseUnderRepair p, SemanticGraph g, List<NamedSpan> mentions) {
        for (SemanticGraphEdge as : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord adverb = as.getGovernor();
            if (!as.getRelation().toString().equals("obl:as") || !adverb.tag().startsWith("RB")) {
                continue;
            }
            for (SemanticGraphEdge conj : g.incomingEdgeList(adverb)) {
                if (!conj.getRelation().toString().startsWith("conj")) {
                    continue;
                }
                for (SemanticGraphEdge first : g.incomingEdgeList(conj.getGovernor())) {
                    if (first.getRelation().toString().equals("obl:as") && first.getGovernor().tag().startsWith("VB")) {
                        p.add(first.getGovernor(), as.getDependent(), "obl:as");
                    }
                }
            }
        }
    }
}
