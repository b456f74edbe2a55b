package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.biokg.extract.repair.Names.*;

/**
 * "its" for the group a verb took as subject or object before it: in "Ann joined the Greens, a party in Kent, and
 * became one of its leaders", "its" is the Greens (not Kent, a modifier), so "its" gets the group's edges.
 */
public final class ResolveIts implements Repair {
    @Override
    public String id() {
        return "resolve-its";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        run(p, p.graph(), p.names());
    }

    private static void run(ParseUnderRepair p, SemanticGraph g, List<NamedSpan> mentions) {
        for (IndexedWord its : new ArrayList<>(g.vertexSet())) {
            if (!its.word().equalsIgnoreCase("its") || !its.tag().startsWith("PRP")) {
                continue;
            }
            IndexedWord group = null;
            for (SemanticGraphEdge e : g.edgeListSorted()) {
                IndexedWord w = e.getDependent();
                if (CORE_ARGUMENTS.contains(e.getRelation().toString()) && w.index() < its.index() && isGroupName(w, mentions)
                        && (group == null || w.index() > group.index())) {
                    group = w;
                }
            }
            if (group == null) {
                continue;
            }
            for (SemanticGraphEdge in : new ArrayList<>(g.incomingEdgeList(its))) {
                p.add(in.getGovernor(), group, in.getRelation().toString());
            }
        }
    }

    private static final Set<String> CORE_ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obj");

    /** An organization's name, or a one-word name NER took for a person (group names often are). */
    private static boolean isGroupName(IndexedWord w, List<NamedSpan> mentions) {
        return headsName(w, mentions, m -> m.type() == NamedSpan.Type.ORGANIZATION || m.type() == NamedSpan.Type.PERSON && m.length() == 1);
    }
}
