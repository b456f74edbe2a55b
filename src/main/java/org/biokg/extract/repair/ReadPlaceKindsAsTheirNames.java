package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.biokg.text.WordList;

import java.util.ArrayList;

import static org.biokg.extract.repair.Names.*;

/**
 * "She was born in the Libyan town of Sorman", "he died in the city of Lund", "studied in the cities of Bonn and
 * Jena": a noun of a kind of place
 * (words/place-kinds.txt) whose of-phrase names a place stands for that place, so what governs the noun governs the
 * name too, as "born in Sorman" would.
 */
public final class ReadPlaceKindsAsTheirNames implements Repair {
    private static final WordList KINDS = WordList.fromResource("org/biokg/extract/rules/words/place-kinds.txt");

    @Override
    public String id() {
        return "read-place-kinds-as-their-names";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        SemanticGraph g = p.graph();
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord kind = e.getDependent();
            String rel = e.getRelation().toString();
            if (!(rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("obj")) || rel.equals("nmod:poss")
                    || !kind.tag().matches("NNS?") || !KINDS.contains(kind.lemma() != null ? kind.lemma() : kind.word())) {
                continue;
            }
            for (SemanticGraphEdge of : g.outgoingEdgeList(kind)) {
                if (of.getRelation().toString().equals("nmod:of") && isPlaceName(of.getDependent(), p.names())) {
                    p.add(e.getGovernor(), of.getDependent(), rel);
                    // "the cities of Bonn and Jena": the names coordinated with it, whatever the tagger took them for
                    for (SemanticGraphEdge c : g.outgoingEdgeList(of.getDependent())) {
                        if (c.getRelation().toString().startsWith("conj") && headsName(c.getDependent(), p.names(), m -> true)) {
                            p.add(e.getGovernor(), c.getDependent(), rel);
                        }
                    }
                }
            }
        }
    }
}
