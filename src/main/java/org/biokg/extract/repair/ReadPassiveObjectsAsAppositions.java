package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;

import static org.biokg.extract.repair.Names.*;

/**
 * "attacked by a police agent, Bob Roe, who ...": the parser makes the name an object of the passive verb; it is
 * in apposition to the noun of the verb's by-phrase (or other oblique) just before the comma.
 */
public final class ReadPassiveObjectsAsAppositions implements Repair {
    @Override
    public String id() {
        return "read-passive-objects-as-appositions";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        run(p, p.graph(), p.names());
    }

    private static void run(ParseUnderRepair p, SemanticGraph g, List<NamedSpan> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            IndexedWord name = e.getDependent();
            if (!e.getRelation().toString().equals("obj") || !isPersonHead(name, mentions) || !isNameHead(name, mentions)
                    || g.outgoingEdgeList(verb).stream().noneMatch(x -> x.getRelation().toString().equals("aux:pass"))) {
                continue;
            }
            for (SemanticGraphEdge o : g.outgoingEdgeList(verb)) {
                IndexedWord noun = o.getDependent();
                if (o.getRelation().toString().startsWith("obl") && noun.tag().startsWith("NN") && !noun.tag().startsWith("NNP")
                        && noun.index() < name.index() && followedByCommaThenName(g, noun, name, mentions)) {
                    p.remove(e);
                    p.add(noun, name, "appos");
                    break;
                }
            }
        }
    }
}
