package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/** Small questions about a parse, shared by the repairs: "has this verb a subject?". */
final class Graphs {
    private Graphs() {
    }

    /** The verb has a subject of its own (nominal or clausal). */
    static boolean hasSubject(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("nsubj") || rel.startsWith("csubj")) {
                return true;
            }
        }
        return false;
    }

    /** The word is some clause's nominal subject. */
    static boolean isSubject(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
            if (e.getRelation().toString().startsWith("nsubj")) {
                return true;
            }
        }
        return false;
    }

    /** The relation a subject has to {@code verb}: {@code nsubj:pass} under a passive auxiliary, else {@code nsubj}. */
    static String subjectRelation(SemanticGraph g, IndexedWord verb) {
        boolean passive = g.outgoingEdgeList(verb).stream().anyMatch(x -> x.getRelation().toString().equals("aux:pass"));
        return passive ? "nsubj:pass" : "nsubj";
    }
}
