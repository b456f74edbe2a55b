package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;

/**
 * A phrase after two coordinated words belongs to the later one too, where the parser hung it on the first only:
 * "she was arrested and exiled to Siberia" (exiled to Siberia), "born and raised in Lund", "a close friend and ally
 * of Bob Roe" (an ally of Bob Roe). A verb's oblique goes to a later verb that has none of its own; a noun's
 * of-phrase to a later noun that has none. The first word keeps its edge ("born ... in Lund" too). And the copy
 * of a word the parser makes for a second phrase ("a critic of the war and of Bob Roe") shares the word's subject. A
 * possessor before two nouns and a name apposed after them are the later noun's too ("Bob's friend and ally, Ann").
 */
public final class ShareLaterPhrasesWithConjuncts implements Repair {
    @Override
    public String id() {
        return "share-later-phrases-with-conjuncts";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        SemanticGraph g = p.graph();
        for (SemanticGraphEdge c : new ArrayList<>(g.edgeListSorted())) {
            if (!c.getRelation().toString().startsWith("conj")) {
                continue;
            }
            IndexedWord first = c.getGovernor();
            IndexedWord later = c.getDependent();
            if (later.copyCount() > 0 && later.index() == first.index()) {
                // "a critic of the war and of Bob Roe": the parser's copy of "critic" for the second of-phrase is the
                // same critic, whose subject it shares
                for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(first))) {
                    if (e.getRelation().toString().startsWith("nsubj") && !hasOwn(g, later, "nsubj")) {
                        p.add(later, e.getDependent(), e.getRelation().toString());
                    }
                }
                continue;
            }
            String family = family(first, later);
            if (family == null || later.index() < first.index() || hasOwn(g, later, family)) {
                continue;
            }
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(first))) {
                String rel = e.getRelation().toString();
                if (rel.startsWith(family) && e.getDependent().index() > later.index()) {
                    p.add(later, e.getDependent(), rel);
                }
            }
            if (family.equals("nmod:of") && !hasOwn(g, later, "nmod:poss") && !hasOwn(g, later, "det")) {
                // "Bob's close friend and ally, Ann Roe": the possessor before both nouns, and the name apposed after
                // both, are the later noun's too
                for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(first))) {
                    String rel = e.getRelation().toString();
                    int at = e.getDependent().index();
                    if (rel.equals("nmod:poss") && at < first.index() || rel.equals("appos") && at > later.index()) {
                        p.add(later, e.getDependent(), rel);
                    }
                }
            }
        }
    }

    /** "obl" for two verbs, "nmod:of" for two nouns, else null. */
    private static String family(IndexedWord first, IndexedWord later) {
        if (first.tag().startsWith("VB") && later.tag().startsWith("VB")) {
            return "obl";
        }
        if (first.tag().startsWith("NN") && later.tag().startsWith("NN") && !first.tag().startsWith("NNP")
                && !later.tag().startsWith("NNP")) {
            return "nmod:of";
        }
        return null;
    }

    /** Whether {@code w} has an edge of the family already ("nsubj": any subject; "obl": an oblique or an object). */
    private static boolean hasOwn(SemanticGraph g, IndexedWord w, String family) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith(family) || family.equals("obl") && rel.equals("obj")) {
                return true;
            }
        }
        return false;
    }
}
