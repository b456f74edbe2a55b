package org.biokg.extract.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.biokg.text.WordList;

import java.util.Locale;

/**
 * Nouns for persons ("daughter", "wife", "son": the gender lists of {@code org/biokg/extract/}) beside a name: the
 * name is a person's, whatever a rule would need it to be.
 */
final class PersonNouns {
    private static final WordList FEMALE = WordList.fromResource("org/biokg/extract/female-nouns.txt");
    private static final WordList MALE = WordList.fromResource("org/biokg/extract/male-nouns.txt");

    private PersonNouns() {
    }

    /**
     * The name at {@code node} stands in apposition to a person noun ("two daughters, Ada and Bea", "Bob,
     * his son"), itself or through the first name of its list.
     */
    static boolean besideOne(SemanticGraph g, IndexedWord node) {
        if (apposedToPersonNoun(g, node)) {
            return true;
        }
        for (SemanticGraphEdge in : g.incomingEdgeList(node)) {
            // (or read as the noun's conjunct, as the parser may read a list after it)
            if (in.getRelation().toString().startsWith("conj") && (apposedToPersonNoun(g, in.getGovernor()) || isPersonNoun(in.getGovernor()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean apposedToPersonNoun(SemanticGraph g, IndexedWord node) {
        for (SemanticGraphEdge in : g.incomingEdgeList(node)) {
            if (in.getRelation().toString().equals("appos") && isPersonNoun(in.getGovernor())) {
                return true;
            }
        }
        for (SemanticGraphEdge out : g.outgoingEdgeList(node)) {
            if (out.getRelation().toString().equals("appos") && isPersonNoun(out.getDependent())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPersonNoun(IndexedWord w) {
        String lemma = (w.lemma() != null ? w.lemma() : w.word()).toLowerCase(Locale.ROOT);
        return w.tag().startsWith("NN") && !w.tag().startsWith("NNP") && (FEMALE.contains(lemma) || MALE.contains(lemma));
    }
}
