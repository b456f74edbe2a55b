package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;

import static org.biokg.extract.repair.MemberListing.*;
import static org.biokg.extract.repair.Names.*;

/**
 * Gives the people listed beside a plural noun ("the secretaries (Ann, Bob)") or a noun for part of a group
 * ("the rest of the Guild (Ann, Bob, Cy)") the noun's own edges.
 */
public final class SpreadGroupsToMembers implements Repair {
    @Override
    public String id() {
        return "spread-groups-to-members";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        run(p, p.graph(), p.names());
    }

    private static void run(ParseUnderRepair p, SemanticGraph g, List<NamedSpan> mentions) {
        for (IndexedWord group : new ArrayList<>(g.vertexSet())) {
            if (!group.tag().startsWith("NN")) {
                continue;
            }
            List<IndexedWord> members = new ArrayList<>();
            for (SemanticGraphEdge e : g.outgoingEdgeList(group)) {
                String rel = e.getRelation().toString();
                // "members (Ann, Bob, Cy)": an apposition, or a dep the parser hangs on the noun right before the list
                boolean listed = rel.equals("appos") || rel.equals("dep") && opensParenthesisAfter(g, group, e.getDependent(), mentions);
                if (listed && isPersonHead(e.getDependent(), mentions)) {
                    for (IndexedWord m : listedPeople(g, e.getDependent(), mentions)) {
                        if (!members.contains(m)) {
                            members.add(m);
                        }
                    }
                }
            }
            if (members.isEmpty() || !isGroupNoun(group, members.size(), mentions)) {
                continue;
            }
            for (SemanticGraphEdge in : new ArrayList<>(g.incomingEdgeList(group))) {
                String rel = in.getRelation().toString();
                if (!rel.startsWith("conj") && !rel.equals("appos")) {
                    for (IndexedWord m : members) {
                        p.add(in.getGovernor(), m, rel);
                    }
                }
            }
            for (SemanticGraphEdge out : new ArrayList<>(g.outgoingEdgeList(group))) {
                if (out.getRelation().toString().startsWith("acl")) {
                    for (IndexedWord m : members) {
                        p.add(m, out.getDependent(), out.getRelation().toString());
                    }
                }
            }
        }
    }
}
