package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;

import static org.biokg.extract.repair.Names.*;

/**
 * "moved into a house in Coyo, a neighborhood in Lima": what is said of a place described as a part of a wider
 * one ("a town (village, district) in Y", "a suburb of Y") is said of the wider one too, as "in Coyo, Lima" would.
 */
public final class PassPlacesToWiderPlaces implements Repair {
    @Override
    public String id() {
        return "pass-places-to-wider-places";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        run(p, p.graph(), p.names());
    }

    private static void run(ParseUnderRepair p, SemanticGraph g, List<NamedSpan> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord place = e.getGovernor();
            IndexedWord part = e.getDependent();
            if (!e.getRelation().toString().equals("appos") || !isPlaceName(place, mentions) || !part.tag().equals("NN")
                    || part.index() < place.index()) {
                continue;
            }
            for (SemanticGraphEdge in : g.outgoingEdgeList(part)) {
                IndexedWord wider = in.getDependent();
                String rel = in.getRelation().toString();
                if (!(rel.equals("nmod:in") || rel.equals("nmod:of")) || !isPlaceName(wider, mentions)) {
                    continue;
                }
                for (SemanticGraphEdge up : new ArrayList<>(g.incomingEdgeList(place))) {
                    String upRel = up.getRelation().toString();
                    if (!upRel.startsWith("conj") && !upRel.equals("appos")) {
                        p.add(up.getGovernor(), wider, upRel);
                    }
                }
            }
        }
    }
}
