package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.biokg.extract.repair.Names.*;

/**
 * "Together with Bob Roe she established the League", "Ann was arrested along with Bob Roe": the person or body
 * named after "together with" or "along with" does what the subject does, as if coordinated with it ("Ann and Bob
 * established the League"), so the companion is a subject of the verb too.
 */
public final class ShareSubjectsWithCompanions implements Repair {
    private static final Set<String> COMPANION = Set.of("obl:together_with", "obl:along_with");

    @Override
    public String id() {
        return "share-subjects-with-companions";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        SemanticGraph g = p.graph();
        List<NamedSpan> names = p.names();
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord companion = e.getDependent();
            if (!COMPANION.contains(e.getRelation().toString()) || !isNameHead(companion, names)) {
                continue;
            }
            IndexedWord verb = e.getGovernor();
            for (SemanticGraphEdge s : g.outgoingEdgeList(verb)) {
                String rel = s.getRelation().toString();
                if ((rel.equals("nsubj") || rel.equals("nsubj:pass")) && !s.getDependent().equals(companion)) {
                    p.add(verb, companion, rel);
                    break;
                }
            }
        }
    }
}
