package org.biokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.List;

/** Small questions about a sentence's dependency graph and the mentions on it, shared by the extract stage. */
final class DependencyGraphs {
    private DependencyGraphs() {
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
        return incoming(g, w, "nsubj") != null;
    }

    /** The first edge into {@code w} whose relation starts with {@code prefix}, or null. */
    static SemanticGraphEdge incoming(SemanticGraph g, IndexedWord w, String prefix) {
        for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
            if (e.getRelation().toString().startsWith(prefix)) {
                return e;
            }
        }
        return null;
    }

    /** The person's name mention covering token {@code token} (0-based), or null. */
    static Mention personName(int token, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.covers(token) && m.kind() == Mention.Kind.NAME && m.type() == EntityType.PERSON) {
                return m;
            }
        }
        return null;
    }

    /** The person's name mention covering graph node {@code w}, or null. */
    static Mention personName(IndexedWord w, List<Mention> mentions) {
        return personName(w.index() - 1, mentions);
    }
}
