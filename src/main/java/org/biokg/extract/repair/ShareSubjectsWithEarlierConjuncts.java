package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;

import static org.biokg.extract.repair.Names.*;

/**
 * "with Ann and Bob again allied with Cy": only the last of the coordinated names was made the verb's subject;
 * the names coordinated before it are subjects too.
 */
public final class ShareSubjectsWithEarlierConjuncts implements Repair {
    @Override
    public String id() {
        return "share-subjects-with-earlier-conjuncts";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        run(p, p.graph(), p.names());
    }

    private static void run(ParseUnderRepair p, SemanticGraph g, List<NamedSpan> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            String rel = e.getRelation().toString();
            if (!rel.equals("nsubj") && !rel.equals("nsubj:pass")) {
                continue;
            }
            IndexedWord verb = e.getGovernor();
            IndexedWord last = e.getDependent();
            if (g.getAllEdges(last, verb).stream().anyMatch(r -> r.getRelation().toString().equals("acl:relcl"))) {
                continue; // "Ada, who …, and Bob, who was born in 1961": Bob's own relative clause is his alone
            }
            for (SemanticGraphEdge c : g.incomingEdgeList(last)) {
                IndexedWord first = c.getGovernor();
                if (c.getRelation().toString().equals("conj:and") && first.index() < last.index()
                        && isPersonHead(first, mentions) && isPersonHead(last, mentions)) {
                    p.add(verb, first, rel);
                }
            }
            // "In 1952 Ann and Bob were expelled", with the opening "In" read as Bob's: the later conjunct is a
            // subject too, not an in-phrase
            IndexedWord first = last;
            for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(first))) {
                IndexedWord later = c.getDependent();
                if (!c.getRelation().toString().equals("conj:and") || later.index() < first.index() || later.index() > verb.index()
                        || !isPersonHead(first, mentions) || !isPersonHead(later, mentions)) {
                    continue;
                }
                for (SemanticGraphEdge wrong : new ArrayList<>(g.getAllEdges(verb, later))) {
                    if (wrong.getRelation().toString().startsWith("obl")) {
                        p.remove(wrong);
                    }
                }
                p.add(verb, later, rel);
            }
        }
    }
}
