package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;

import static org.biokg.extract.repair.Names.*;

/**
 * "put them at odds with A and B, the Blue group of the Guild, who supported C", parsed with "the group" as a
 * second object of "put": the description after the comma is the names' apposition, and what it does in a
 * relative clause ("who supported C") the names do.
 */
public final class ReadDescriptionsReadAsSecondObjects implements Repair {
    @Override
    public String id() {
        return "read-descriptions-read-as-second-objects";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        run(p, p.graph(), p.names());
    }

    private static void run(ParseUnderRepair p, SemanticGraph g, List<NamedSpan> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            IndexedWord noun = e.getDependent();
            if (!e.getRelation().toString().equals("obj") || !(noun.tag().equals("NN") || noun.tag().equals("NNS"))) {
                continue;
            }
            IndexedWord det = null;
            for (SemanticGraphEdge d : g.outgoingEdgeList(noun)) {
                if (d.getRelation().toString().equals("det") && d.getDependent().index() < noun.index()) {
                    det = d.getDependent();
                }
            }
            IndexedWord comma = det == null ? null : g.getNodeByIndexSafe(det.index() - 1);
            IndexedWord name = comma == null || !comma.word().equals(",") ? null : personNameEndingAt(g, det.index() - 2, mentions);
            if (name == null || name.index() < verb.index()) {
                continue;
            }
            IndexedWord last = name;
            boolean earlierObject = g.outgoingEdgeList(verb).stream().anyMatch(o -> o.getRelation().toString().equals("obj")
                    && o.getDependent().index() < last.index());
            if (!earlierObject) {
                continue;
            }
            List<IndexedWord> names = new ArrayList<>(List.of(name));
            for (SemanticGraphEdge c : g.incomingEdgeList(name)) {
                if (c.getRelation().toString().startsWith("conj") && isPersonHead(c.getGovernor(), mentions)) {
                    names.add(c.getGovernor());
                }
            }
            p.remove(e);
            for (IndexedWord n : names) {
                p.add(n, noun, "appos");
            }
            for (SemanticGraphEdge r : new ArrayList<>(g.outgoingEdgeList(noun))) {
                IndexedWord clause = r.getDependent();
                if (r.getRelation().toString().equals("acl:relcl") && g.getAllEdges(clause, noun).stream()
                        .anyMatch(x -> x.getRelation().toString().startsWith("nsubj"))) {
                    for (IndexedWord n : names) {
                        p.add(clause, n, "nsubj");
                    }
                }
            }
        }
    }
}
