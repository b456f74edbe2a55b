package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;

import static org.biokg.extract.repair.Names.*;

/**
 * "Ann and Treasurer of the Guild Bob Roe sided with Cy", parsed with "Ann" as part of Bob Roe's name: a name
 * joined by "and" to a later one is its first conjunct and shares its edges.
 */
public final class SplitNamesReadAsCompounds implements Repair {
    @Override
    public String id() {
        return "split-names-read-as-compounds";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        run(p, p.graph(), p.names());
    }

    private static void run(ParseUnderRepair p, SemanticGraph g, List<NamedSpan> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord head = e.getGovernor();
            IndexedWord first = e.getDependent();
            if (!e.getRelation().toString().equals("compound") || first.index() >= head.index()) {
                continue;
            }
            NamedSpan firstName = personName(first, mentions);
            NamedSpan headName = personName(head, mentions);
            if (firstName == null || headName == null || firstName.equals(headName) || !andBetween(g, first, head)) {
                continue;
            }
            p.remove(e);
            for (SemanticGraphEdge in : new ArrayList<>(g.incomingEdgeList(head))) {
                p.add(in.getGovernor(), first, in.getRelation().toString());
            }
            p.add(first, head, "conj:and");
        }
    }

    private static boolean andBetween(SemanticGraph g, IndexedWord from, IndexedWord to) {
        for (int i = from.index() + 1; i < to.index(); i++) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            if (w != null && w.word().equalsIgnoreCase("and")) {
                return true;
            }
        }
        return false;
    }
}
