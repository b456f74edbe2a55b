package org.biokg.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Small questions about a sentence's dependency graph that the parse repairs and the extract steps both ask ("has
 * this verb a subject?"): here, below both, so that neither reaches into the other.
 */
public final class ParseQuestions {
    private ParseQuestions() {
    }

    /** The verb has a subject of its own, or the expletive that stands in for one ("there was", "it seemed"). */
    public static boolean hasSubjectOrExpletive(SemanticGraph g, IndexedWord verb) {
        return hasSubject(g, verb) || g.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().equals("expl"));
    }

    /** The verb has a subject of its own (nominal or clausal). */
    public static boolean hasSubject(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("nsubj") || rel.startsWith("csubj")) {
                return true;
            }
        }
        return false;
    }

    /** The word is some clause's nominal subject. */
    public static boolean isSubject(SemanticGraph g, IndexedWord w) {
        return incoming(g, w, "nsubj") != null;
    }

    /** The first edge into {@code w} whose relation starts with {@code prefix}, or null. */
    public static SemanticGraphEdge incoming(SemanticGraph g, IndexedWord w, String prefix) {
        for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
            if (e.getRelation().toString().startsWith(prefix)) {
                return e;
            }
        }
        return null;
    }

    /** The relation a subject has to {@code verb}: {@code nsubj:pass} under a passive auxiliary, else {@code nsubj}. */
    public static String subjectRelation(SemanticGraph g, IndexedWord verb) {
        boolean passive = g.outgoingEdgeList(verb).stream().anyMatch(x -> x.getRelation().toString().equals("aux:pass"));
        return passive ? "nsubj:pass" : "nsubj";
    }
}
