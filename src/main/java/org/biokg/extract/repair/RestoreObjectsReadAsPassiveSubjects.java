package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;

/**
 * "to overthrow the Government headed by Ann Roe" parsed as if "the Government headed by Ann Roe" were a
 * clause of its own ({@code dep}) with "Government" its subject: the noun is the verb's object, the participle
 * a reduced relative on it.
 */
public final class RestoreObjectsReadAsPassiveSubjects implements Repair {
    @Override
    public String id() {
        return "restore-objects-read-as-passive-subjects";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        run(p, p.graph(), p.names());
    }

    private static void run(ParseUnderRepair p, SemanticGraph g, List<NamedSpan> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            IndexedWord participle = e.getDependent();
            if (!e.getRelation().toString().equals("dep") || !verb.tag().startsWith("VB") || !participle.tag().equals("VBN")
                    || participle.index() < verb.index()
                    || g.outgoingEdgeList(verb).stream().anyMatch(x -> x.getRelation().toString().equals("obj"))
                    || g.outgoingEdgeList(participle).stream().noneMatch(x -> x.getRelation().toString().startsWith("obl:by")
                    || x.getRelation().toString().equals("obl:agent"))) {
                continue;
            }
            for (SemanticGraphEdge sub : new ArrayList<>(g.outgoingEdgeList(participle))) {
                IndexedWord noun = sub.getDependent();
                if (sub.getRelation().toString().equals("nsubj") && noun.index() < participle.index() && noun.index() > verb.index()) {
                    p.add(verb, noun, "obj");
                    p.add(noun, participle, "acl");
                }
            }
        }
    }
}
