package org.biokg.extract.resolve;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.Mention;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.biokg.nlp.ParseQuestions;

import java.util.List;
import java.util.Map;

/**
 * Who a sentence is about when it is not the biography's subject. A biography's "he" is its subject, except
 * in and right after a sentence about someone else that does not name the subject: in "Ann Roe was the
 * Guild's secretary until her death in 1919. She was replaced by Bea Lee.", "her" and "She" are Ann Roe. The
 * topic is the person named as the main clause's subject (or as its possessor: "Ann Roe's health failed").
 */
final class SentenceTopics {
    private SentenceTopics() {
    }

    /** The person sentence {@code mentions} is about, or null when it is the biography's subject or nobody. */
    static Entity topic(SemanticGraph g, List<Mention> mentions, Map<Mention, Entity> entityOf, Entity subject,
                        java.util.function.Predicate<Mention> subjectsPronoun) {
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.NAME && entityOf.get(m) == subject) {
                return null;
            }
            // "Bob Lee welcomed him": "him" cannot be Bob Lee, so it is (most likely) the biography's subject;
            // a possessive can be the topic's own ("Bob Lee was secretary until his death")
            IndexedWord w = g.getNodeByIndexSafe(m.head() + 1);
            // (not the subject of a "where" clause: "Bob Lee moved to Lund, where he died" is Bob Lee's)
            if (m.kind() == Mention.Kind.PRONOUN && subjectsPronoun.test(m) && w != null && "PRP".equals(w.tag())
                    && !inWhereClause(g, w)) {
                return null;
            }
        }
        IndexedWord root = g.getFirstRoot();
        if (root == null) {
            return null;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(root)) {
            if (!e.getRelation().toString().startsWith("nsubj")) {
                continue;
            }
            Entity named = personNamed(e.getDependent(), mentions, entityOf);
            if (named == null) {
                for (SemanticGraphEdge p : g.outgoingEdgeList(e.getDependent())) {
                    if (p.getRelation().toString().equals("nmod:poss")) {
                        named = personNamed(p.getDependent(), mentions, entityOf);
                    }
                }
            }
            // a one-word name may be another spelling of the subject's ("Seyhoon" for "Hooshang Seyhoun"): only a
            // person the text gave a full name is taken for someone else
            return named != null && named.label().contains(" ") ? named : null;
        }
        return null;
    }

    /**
     * A possessive in an adjunct of the clause ("until his death", "in her capacity as"), where it is most likely
     * the clause subject's own; in an object ("Bob Lee denounced her proposal") it is most likely someone else's.
     */
    static boolean inAdjunct(SemanticGraph g, Mention pronoun) {
        IndexedWord w = g.getNodeByIndexSafe(pronoun.head() + 1);
        if (w != null && "PRP".equals(w.tag())) {
            return inWhereClause(g, w);
        }
        if (w == null || !"PRP$".equals(w.tag())) {
            return false;
        }
        for (SemanticGraphEdge in : g.incomingEdgeList(w)) {
            if (!in.getRelation().toString().equals("nmod:poss")) {
                continue;
            }
            for (SemanticGraphEdge up : g.incomingEdgeList(in.getGovernor())) {
                String rel = up.getRelation().toString();
                if (rel.startsWith("obl") || rel.startsWith("nmod")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The subject of a "where" clause on a place phrase of the clause ("Bob moved to Lund, where he died"): the
     * clause subject's, as a possessive in an adjunct is.
     */
    private static boolean inWhereClause(SemanticGraph g, IndexedWord subject) {
        for (SemanticGraphEdge in : g.incomingEdgeList(subject)) {
            IndexedWord verb = in.getGovernor();
            if (!in.getRelation().toString().startsWith("nsubj")
                    || g.outgoingEdgeList(verb).stream().noneMatch(e -> e.getDependent().lemma() != null
                    && e.getDependent().lemma().equalsIgnoreCase("where"))) {
                continue;
            }
            for (SemanticGraphEdge rel : g.incomingEdgeList(verb)) {
                IndexedWord place = rel.getGovernor();
                if (rel.getRelation().toString().equals("acl:relcl")
                        && g.incomingEdgeList(place).stream().anyMatch(e -> e.getRelation().toString().startsWith("obl"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the pronoun is a clause's subject with no person named before it in its sentence. */
    static boolean opensAsSubject(SemanticGraph g, Mention pronoun, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.begin() < pronoun.begin() && m.type() == EntityType.PERSON) {
                return false;
            }
        }
        IndexedWord w = g.getNodeByIndexSafe(pronoun.head() + 1);
        if (w == null) {
            return false;
        }
        return ParseQuestions.isSubject(g, w);
    }

    private static Entity personNamed(IndexedWord w, List<Mention> mentions, Map<Mention, Entity> entityOf) {
        Mention m = DependencyGraphs.personName(w, mentions);
        return m == null ? null : entityOf.get(m);
    }
}
