package org.biokg.extract.resolve;

import org.biokg.extract.Mention;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.biokg.nlp.ParseQuestions;

import java.util.List;

/**
 * A pronoun inside an adjunct clause that has no subject of its own stands for the main verb's object:
 * in "the board weakened Ann Roe by removing her from her post and sending her to Malta", the gerunds'
 * implicit subject is the board, so "her" is not the board but Ann Roe, the person the main verb acts on;
 * the biography's subject (the usual guess for a pronoun) would be wrong.
 */
final class AdjunctPronouns {
    private AdjunctPronouns() {
    }

    /** The person's name mention the pronoun stands for, or null when the sentence is not built so. */
    static Mention antecedent(SemanticGraph g, Mention pronoun, List<Mention> sentence) {
        IndexedWord w = g.getNodeByIndexSafe(pronoun.head() + 1);
        if (w == null) {
            return null;
        }
        IndexedWord verb = clauseVerb(g, w);
        if (verb == null || !"VBG".equals(verb.tag()) || ParseQuestions.hasSubject(g, verb) && !sharesSubjectUp(g, verb)) {
            return null;
        }
        // "by removing her ... and sending her": up through the conjuncts (the parser may hang the second gerund
        // on the main verb itself) to the verb whose object the clause is about
        for (int depth = 0; depth < 3 && verb != null; depth++) {
            SemanticGraphEdge up = ParseQuestions.incoming(g, verb, "advcl");
            if (up == null) {
                up = ParseQuestions.incoming(g, verb, "conj");
            }
            if (up == null) {
                up = ParseQuestions.incoming(g, verb, "obl"); // "by removing her" as an oblique
            }
            if (up == null) {
                up = ParseQuestions.incoming(g, verb, "dep"); // or left unlabelled by the parser
            }
            if (up == null) {
                return null;
            }
            verb = up.getGovernor();
            Mention object = personObject(g, verb, sentence, pronoun);
            if (object != null) {
                return object;
            }
        }
        return null;
    }

    /** Whether the gerund's subject is the one the repairs gave it from the clause it hangs on ("by removing him"). */
    private static boolean sharesSubjectUp(SemanticGraph g, IndexedWord gerund) {
        for (SemanticGraphEdge up : g.incomingEdgeList(gerund)) {
            for (SemanticGraphEdge s : g.outgoingEdgeList(gerund)) {
                if (s.getRelation().toString().startsWith("nsubj") && g.getEdge(up.getGovernor(), s.getDependent()) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Mention personObject(SemanticGraph g, IndexedWord verb, List<Mention> sentence, Mention pronoun) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            if (!e.getRelation().toString().equals("obj")) {
                continue;
            }
            Mention m = DependencyGraphs.personName(e.getDependent(), sentence);
            if (m != null && m.end() <= pronoun.begin()) {
                return m;
            }
        }
        return null;
    }

    /** The verb of the clause {@code w} is an argument or a possessor in, at most two steps up. */
    private static IndexedWord clauseVerb(SemanticGraph g, IndexedWord w) {
        IndexedWord node = w;
        for (int depth = 0; depth < 2; depth++) {
            SemanticGraphEdge up = null;
            for (SemanticGraphEdge e : g.incomingEdgeList(node)) {
                String rel = e.getRelation().toString();
                if (rel.equals("obj") || rel.equals("iobj") || rel.startsWith("obl") || rel.equals("nmod:poss")) {
                    up = e;
                    break;
                }
            }
            if (up == null) {
                return null;
            }
            node = up.getGovernor();
            if (node.tag() != null && node.tag().startsWith("VB")) {
                return node;
            }
        }
        return null;
    }
}
