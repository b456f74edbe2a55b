package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;

import static org.biokg.extract.repair.Names.*;

/**
 * "He is son of actress Ann Roe and the actor Bob Roe", parsed as if he were "son and Bob Roe": a name
 * coordinated with a predicate noun whose of-phrase names a person before it is a second of-phrase person.
 */
public final class ReadLaterNamesAsSecondOfObjects implements Repair {
    @Override
    public String id() {
        return "read-later-names-as-second-of-objects";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        run(p, p.graph(), p.names());
    }

    private static void run(ParseUnderRepair p, SemanticGraph g, List<NamedSpan> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord head = e.getGovernor();
            IndexedWord name = e.getDependent();
            if (!e.getRelation().toString().startsWith("conj") || !head.tag().startsWith("NN") || head.tag().startsWith("NNP")
                    || !isPersonHead(name, mentions) || !isNameHead(name, mentions)
                    || g.outgoingEdgeList(head).stream().noneMatch(x -> x.getRelation().toString().startsWith("nsubj"))) {
                continue;
            }
            boolean ofPerson = g.outgoingEdgeList(head).stream().anyMatch(n -> n.getRelation().toString().equals("nmod:of")
                    && n.getDependent().index() < name.index() && isPersonHead(n.getDependent(), mentions));
            if (ofPerson) {
                p.remove(e);
                p.add(head, name, "nmod:of");
            }
        }
    }
}
