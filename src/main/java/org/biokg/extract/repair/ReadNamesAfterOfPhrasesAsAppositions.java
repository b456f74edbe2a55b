package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;

import static org.biokg.extract.repair.Names.*;

/**
 * "He was the son of a farmer, Bob Roe (1840–1900), and Ann Roe": the parser coordinates the names with "son",
 * or sets the first in apposition to it. A name that follows "noun ," where the noun heads the of-phrase of a
 * predicate noun, with no conjunction before it, is in apposition to that noun; the names coordinated after it
 * are its conjuncts.
 */
public final class ReadNamesAfterOfPhrasesAsAppositions implements Repair {
    @Override
    public String id() {
        return "read-names-after-of-phrases-as-appositions";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        run(p, p.graph(), p.names());
    }

    private static void run(ParseUnderRepair p, SemanticGraph g, List<NamedSpan> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord head = e.getGovernor();
            IndexedWord name = e.getDependent();
            String rel = e.getRelation().toString();
            // only on a predicate ("He was the son of a farmer, Bob Roe"): in "The son of a farmer, Bob Roe, wrote"
            // the name is the son's
            if (!(rel.startsWith("conj") || rel.equals("appos")) || !head.tag().startsWith("NN") || head.tag().startsWith("NNP")
                    || !isPersonHead(name, mentions) || !isNameHead(name, mentions)
                    || g.outgoingEdgeList(name).stream().anyMatch(x -> x.getRelation().toString().equals("cc"))
                    || g.outgoingEdgeList(head).stream().noneMatch(x -> x.getRelation().toString().startsWith("nsubj"))) {
                continue;
            }
            IndexedWord of = null;
            for (SemanticGraphEdge n : g.outgoingEdgeList(head)) {
                IndexedWord d = n.getDependent();
                if (n.getRelation().toString().equals("nmod:of") && d.tag().startsWith("NN") && !d.tag().startsWith("NNP")
                        && d.index() < name.index() && followedByCommaThenName(g, d, name, mentions)) {
                    of = d;
                }
            }
            if (of == null) {
                continue;
            }
            p.remove(e);
            p.add(of, name, "appos");
            for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(head))) {
                IndexedWord later = c.getDependent();
                if (c.getRelation().toString().startsWith("conj") && later.index() > name.index()
                        && isPersonHead(later, mentions) && isNameHead(later, mentions)) {
                    p.remove(c);
                    p.add(name, later, c.getRelation().toString());
                }
            }
        }
    }
}
