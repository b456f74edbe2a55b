package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;

import static org.biokg.extract.repair.Names.*;

/** The people a parenthetical list names beside a noun ("the secretaries (Ann, Bob and Cy)"), and which nouns stand for them. */
final class MemberListing {
    private MemberListing() {
    }

    /**
     * The people a parenthetical list names, from its first name: the parser chains "(Ann, Bob, Cy)" as appositions
     * or conjuncts of the first.
     */
    static List<IndexedWord> listedPeople(SemanticGraph g, IndexedWord first, List<NamedSpan> mentions) {
        List<IndexedWord> people = new ArrayList<>(List.of(first));
        for (SemanticGraphEdge e : g.outgoingEdgeList(first)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            if ((rel.equals("appos") || rel.startsWith("conj")) && d.index() > first.index() && isPersonHead(d, mentions)
                    && !people.contains(d)) {
                people.add(d);
            }
        }
        return people;
    }

    /**
     * A common noun that stands for the people listed beside it: a plural ("the secretaries (Ann, Bob)"), or a
     * singular noun beside two or more people ("the rest of the Guild (Ann, Bob)"), which names part of a group.
     */
    static boolean isGroupNoun(IndexedWord w, int listed, List<NamedSpan> mentions) {
        return isPluralNoun(w, mentions) || w.tag().equals("NN") && listed >= 2 && !isNameHead(w, mentions);
    }

    /** A plural common noun ("secretaries", "the three Secretaries"), not a group's name ("the Greens"). */
    static boolean isPluralNoun(IndexedWord w, List<NamedSpan> mentions) {
        return (w.tag().equals("NNS") || w.tag().equals("NNPS")) && !isNameHead(w, mentions);
    }

    /** "members (Ann …": the name's mention begins right after a parenthesis that opens right after {@code noun}. */
    static boolean opensParenthesisAfter(SemanticGraph g, IndexedWord noun, IndexedWord name, List<NamedSpan> mentions) {
        IndexedWord open = g.getNodeByIndexSafe(noun.index() + 1);
        if (open == null || !(open.word().equals("(") || open.word().equals("-LRB-"))) {
            return false;
        }
        for (NamedSpan m : mentions) {
            if (m.covers(name.index() - 1) && m.begin() == open.index()) {
                return true;
            }
        }
        return false;
    }
}
