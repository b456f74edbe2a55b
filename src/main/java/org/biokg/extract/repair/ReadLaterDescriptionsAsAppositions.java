package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.biokg.extract.repair.Names.*;

/**
 * "became a friend of Bob Roe, later a senator and Ann's ally": the description after the comma is Bob Roe's
 * (an apposition), not a second complement of the verb, as the parser often reads it.
 */
public final class ReadLaterDescriptionsAsAppositions implements Repair {
    @Override
    public String id() {
        return "read-later-descriptions-as-appositions";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        run(p, p.graph(), p.names());
    }

    private static void run(ParseUnderRepair p, SemanticGraph g, List<NamedSpan> mentions) {
        for (SemanticGraphEdge adv : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord noun = adv.getGovernor();
            IndexedWord shift = adv.getDependent();
            if (!adv.getRelation().toString().equals("advmod") || !TIME_SHIFTS.contains(shift.word().toLowerCase(Locale.ROOT))
                    || !noun.tag().startsWith("NN") || noun.tag().startsWith("NNP") || shift.index() > noun.index()) {
                continue;
            }
            IndexedWord comma = g.getNodeByIndexSafe(shift.index() - 1);
            IndexedWord name = personNameEndingAt(g, shift.index() - 2, mentions);
            if (comma == null || !comma.word().equals(",") || name == null || g.getAllEdges(name, noun).size() > 0) {
                continue;
            }
            List<IndexedWord> described = new ArrayList<>(List.of(noun));
            for (SemanticGraphEdge c : g.outgoingEdgeList(noun)) {
                if (c.getRelation().toString().startsWith("conj")) {
                    described.add(c.getDependent());
                }
            }
            for (IndexedWord d : described) {
                for (SemanticGraphEdge in : new ArrayList<>(g.incomingEdgeList(d))) {
                    if (!in.getRelation().toString().startsWith("conj") && in.getGovernor().index() < name.index()) {
                        p.remove(in);
                    }
                }
            }
            p.add(name, noun, "appos");
        }
    }

    /** Adverbs that open a description of someone at another time: "Bob Roe, later a senator". */
    private static final Set<String> TIME_SHIFTS = Set.of("later", "then", "now", "afterwards", "subsequently", "eventually", "formerly");
}
