package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.biokg.extract.repair.Names.*;

/** "married the architect Ann Roe" parsed with "architect" as an indirect object and no direct one. */
public final class RestoreObjectsReadAsIndirect implements Repair {
    @Override
    public String id() {
        return "restore-objects-read-as-indirect";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        run(p, p.graph(), p.names());
    }

    private static void run(ParseUnderRepair p, SemanticGraph g, List<NamedSpan> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            if (e.getRelation().toString().equals("iobj")
                    && g.outgoingEdgeList(verb).stream().noneMatch(x -> x.getRelation().toString().equals("obj"))) {
                p.add(verb, e.getDependent(), "obj");
            }
        }
    }
}
