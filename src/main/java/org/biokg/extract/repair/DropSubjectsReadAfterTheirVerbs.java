package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;

/**
 * "The Farmers, which merged with the Greens, the Reds and the Blues, won": the parser may coordinate the later
 * names with the subject, so that "the Reds" and "the Blues" become subjects of "merged" too. A conjunct of a subject
 * that stands after the verb while the subject stands before it is no subject of that verb (the edge the
 * coordination spread to it goes); it is a conjunct of the verb's last argument before it ("the Reds" is merged
 * with, as "the Greens" is).
 */
public final class DropSubjectsReadAfterTheirVerbs implements Repair {
    @Override
    public String id() {
        return "drop-subjects-read-after-their-verbs";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        SemanticGraph g = p.graph();
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            IndexedWord late = e.getDependent();
            if (!e.getRelation().toString().startsWith("nsubj") || late.index() < verb.index() || !verb.tag().startsWith("VB")) {
                continue;
            }
            for (SemanticGraphEdge c : g.incomingEdgeList(late)) {
                IndexedWord first = c.getGovernor();
                if (c.getRelation().toString().startsWith("conj") && first.index() < verb.index()
                        && g.getAllEdges(verb, first).stream().anyMatch(x -> x.getRelation().toString().startsWith("nsubj"))) {
                    p.remove(e);
                    joinLastArgumentBefore(p, g, verb, late);
                    break;
                }
            }
        }
    }

    /** "merged with the Greens, the Reds": the late name is a conjunct of the verb's last argument before it. */
    private static void joinLastArgumentBefore(ParseUnderRepair p, SemanticGraph g, IndexedWord verb, IndexedWord late) {
        SemanticGraphEdge last = null;
        for (SemanticGraphEdge a : g.outgoingEdgeList(verb)) {
            String r = a.getRelation().toString();
            int i = a.getDependent().index();
            if ((r.equals("obj") || r.startsWith("obl:")) && verb.index() < i && i < late.index()
                    && (last == null || i > last.getDependent().index())) {
                last = a;
            }
        }
        // only a name of the same kind: "born in 1958 ..., and Isabel" makes no place of Isabel
        NamedSpan lateName = Names.nameHeadedBy(late, p.names(), m -> true);
        if (last != null && lateName != null && Names.nameHeadedBy(last.getDependent(), p.names(), m -> m.type() == lateName.type()) != null) {
            p.add(verb, late, last.getRelation().toString());
            p.add(last.getDependent(), late, "conj:and");
        }
    }
}
