package org.biokg.extract.resolve;

import org.biokg.extract.Entity;
import org.biokg.extract.Mention;
import org.biokg.nlp.AnnotatedDocument;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An object pronoun is never its own clause's subject (a reflexive would be): in "After Bob Lund resigned, Ann Roe
 * replaced him as leader", "him" is not Ann Roe, and in "he succeeded him" the two are two people. When the usual
 * reading gave both the same person, the pronoun goes to the person named last before it, in its sentence or the
 * two before, who is someone else and not of the other gender; with no such person it stays unresolved.
 */
final class ObjectPronouns {
    private static final int LOOKBACK = 2;

    private ObjectPronouns() {
    }

    /** Re-reads the object pronouns of sentence {@code s} that were resolved to their own clause's subject. */
    static void rebind(AnnotatedDocument doc, SemanticGraph graph, List<List<Mention>> mentions, int s,
                       Map<Mention, Entity> entityOf, Map<Entity, Character> genderOf) {
        for (Mention m : mentions.get(s)) {
            if (m.kind() != Mention.Kind.PRONOUN || !isObjectForm(m.text()) || entityOf.get(m) == null) {
                continue;
            }
            Entity subject = clauseSubject(graph, m, mentions.get(s), entityOf);
            if (subject == null || !subject.equals(entityOf.get(m))) {
                continue;
            }
            Entity other = lastOtherPerson(doc, mentions, s, m, subject, Pronouns.gender(m.text()), entityOf, genderOf);
            if (other != null) {
                entityOf.put(m, other);
            } else {
                entityOf.remove(m);
            }
        }
    }

    private static boolean isObjectForm(String pronoun) {
        String p = pronoun.toLowerCase(Locale.ROOT);
        return p.equals("him") || p.equals("her");
    }

    /** The entity of the subject of the verb the pronoun is the direct object of; null when it is none. */
    private static Entity clauseSubject(SemanticGraph g, Mention pronoun, List<Mention> sentence, Map<Mention, Entity> entityOf) {
        IndexedWord w = g.getNodeByIndexSafe(pronoun.head() + 1);
        if (w == null) {
            return null;
        }
        for (SemanticGraphEdge in : g.incomingEdgeList(w)) {
            if (!in.getRelation().toString().equals("obj")) {
                continue; // "her" as a possessive (nmod:poss) or after a preposition is not bound so
            }
            for (SemanticGraphEdge out : g.outgoingEdgeList(in.getGovernor())) {
                if (out.getRelation().toString().equals("nsubj")) {
                    Mention subj = Mention.at(sentence, out.getDependent().index() - 1, false);
                    return subj == null || subj == pronoun ? null : entityOf.get(subj);
                }
            }
        }
        return null;
    }

    private static Entity lastOtherPerson(AnnotatedDocument doc, List<List<Mention>> mentions, int s, Mention pronoun,
                                          Entity not, char gender, Map<Mention, Entity> entityOf,
                                          Map<Entity, Character> genderOf) {
        return PrecedingNames.lastNamedPerson(doc, mentions, s, pronoun, LOOKBACK, entityOf,
                e -> !e.equals(not) && genderOf.getOrDefault(e, gender) == gender);
    }
}
