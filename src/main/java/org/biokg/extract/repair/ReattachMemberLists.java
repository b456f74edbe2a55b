package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;

import static org.biokg.extract.repair.MemberListing.*;
import static org.biokg.extract.repair.Names.*;

/** Moves an apposition of people from a body ("of the Guild (Ann, Bob)") to the plural noun it modifies. */
public final class ReattachMemberLists implements Repair {
    @Override
    public String id() {
        return "reattach-member-lists";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        run(p, p.graph(), p.names());
    }

    private static void run(ParseUnderRepair p, SemanticGraph g, List<NamedSpan> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord body = e.getGovernor();
            IndexedWord member = e.getDependent();
            String rel = e.getRelation().toString();
            if (!(rel.equals("appos") || rel.equals("dep")) || member.index() < body.index() || !isPersonHead(member, mentions)
                    || !isBodyName(body, mentions)) {
                continue;
            }
            for (SemanticGraphEdge up : g.incomingEdgeList(body)) {
                IndexedWord group = up.getGovernor();
                if (up.getRelation().toString().startsWith("nmod") && group.index() < body.index()
                        && isGroupNoun(group, listedPeople(g, member, mentions).size(), mentions)) {
                    p.remove(e);
                    p.add(group, member, "appos");
                    break;
                }
            }
        }
    }
}
