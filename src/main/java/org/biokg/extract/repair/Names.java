package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.List;

/** Questions about the names on a parse, shared by the repairs: "is this word the head of a person's name?". */
final class Names {
    private Names() {
    }

    static boolean isPersonHead(IndexedWord w, List<NamedSpan> mentions) {
        for (NamedSpan m : mentions) {
            if (m.type() == NamedSpan.Type.PERSON && m.covers(w.index() - 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A common noun, or a word the tagger took for an adjective where a noun stands ("his rival Bob Roe": "rival"
     * tagged JJ under a possessive or an article).
     */
    static boolean isCommonNoun(SemanticGraph g, IndexedWord w) {
        if (w.tag().startsWith("NN")) {
            return !w.tag().startsWith("NNP");
        }
        if (!w.tag().equals("JJ")) {
            return false;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String r = e.getRelation().toString();
            if (r.equals("nmod:poss") || r.equals("det")) {
                return true;
            }
        }
        return false;
    }

    static boolean isNameHead(IndexedWord w, List<NamedSpan> mentions) {
        return headsName(w, mentions, m -> m.type() == NamedSpan.Type.PERSON || m.type() == NamedSpan.Type.ORGANIZATION
                || m.type() == NamedSpan.Type.PUBLICATION);
    }

    static boolean isPlaceName(IndexedWord w, List<NamedSpan> mentions) {
        return headsName(w, mentions, m -> m.type() == NamedSpan.Type.PLACE);
    }

    /** The head of an organization's or place's name: a body the plural noun before it is "of". */
    static boolean isBodyName(IndexedWord w, List<NamedSpan> mentions) {
        return headsName(w, mentions, m -> m.type() == NamedSpan.Type.ORGANIZATION || m.type() == NamedSpan.Type.PLACE);
    }

    /** Whether {@code w} heads a name mention that {@code kind} accepts. */
    static boolean headsName(IndexedWord w, List<NamedSpan> mentions, java.util.function.Predicate<NamedSpan> kind) {
        return nameHeadedBy(w, mentions, kind) != null;
    }

    /** The name mention {@code w} heads that {@code kind} accepts, or null. */
    static NamedSpan nameHeadedBy(IndexedWord w, List<NamedSpan> mentions, java.util.function.Predicate<NamedSpan> kind) {
        for (NamedSpan m : mentions) {
            if (m.head() == w.index() - 1 && m.kind() == NamedSpan.Kind.NAME && kind.test(m)) {
                return m;
            }
        }
        return null;
    }

    /** The person's name mention {@code w} heads, or null. */
    static NamedSpan personName(IndexedWord w, List<NamedSpan> mentions) {
        return nameHeadedBy(w, mentions, m -> m.type() == NamedSpan.Type.PERSON);
    }

    /** The head of the person's name whose last token is the 1-based {@code index}, or null. */
    static IndexedWord personNameEndingAt(SemanticGraph g, int index, List<NamedSpan> mentions) {
        for (NamedSpan m : mentions) {
            if (m.type() == NamedSpan.Type.PERSON && m.kind() == NamedSpan.Kind.NAME && m.end() == index) {
                return g.getNodeByIndexSafe(m.head() + 1);
            }
        }
        return null;
    }

    /** The name's mention begins right after the noun. */
    static boolean startsRightAfter(IndexedWord name, IndexedWord noun, List<NamedSpan> mentions) {
        for (NamedSpan m : mentions) {
            if (m.head() == name.index() - 1 && m.kind() == NamedSpan.Kind.NAME) {
                return m.begin() == noun.index(); // noun.index() is 1-based: the token after the noun
            }
        }
        return false;
    }

    /** The tokens after {@code noun} are a comma and then the name headed by {@code name}. */
    static boolean followedByCommaThenName(SemanticGraph g, IndexedWord noun, IndexedWord name, List<NamedSpan> mentions) {
        IndexedWord comma = g.getNodeByIndexSafe(noun.index() + 1);
        return comma != null && comma.word().equals(",") && startsRightAfter(name, comma, mentions);
    }

}
