package org.biokg.extract.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.biokg.text.WordList;

import java.util.Locale;

/**
 * Rejects matches whose trigger is negated ("was not expelled"), hypothetical ("would have joined") or sits
 * under a verb that says the event did not (yet) happen or is only claimed ("refused to side with",
 * "was accused of supporting", "tried to expel", "demanded his expulsion", "were too weak to resist"). The
 * governing verbs are data:
 * {@code org/biokg/extract/non-factual-governors.txt}.
 */
public final class ClauseFilter {
    private static final java.util.Set<String> MODALS = java.util.Set.of("would", "could", "might", "may", "should");
    private final WordList governors;

    public ClauseFilter(WordList governors) {
        this.governors = governors;
    }

    public static ClauseFilter defaults() {
        return new ClauseFilter(WordList.fromResource("org/biokg/extract/non-factual-governors.txt"));
    }

    /** True when the event at {@code trigger} is stated as a fact. */
    public boolean isFactual(SemanticGraph g, IndexedWord trigger) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(trigger)) {
            String rel = e.getRelation().toString();
            String lemma = lemma(e.getDependent());
            if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && (lemma.equals("not") || lemma.equals("never")
                    || lemma.equals("n't") || lemma.equals("no"))) {
                return false;
            }
        }
        if (hasModal(g, trigger)) {
            return false;
        }
        // walk up through clausal links: "refused to side with", "accused of supporting"
        IndexedWord node = trigger;
        for (int depth = 0; depth < 3; depth++) {
            SemanticGraphEdge up = null;
            boolean nominal = node.tag() != null && node.tag().startsWith("NN");
            for (SemanticGraphEdge e : g.incomingEdgeIterable(node)) {
                String rel = e.getRelation().toString();
                // an event named by a noun is the object of what was only wanted: "Ann demanded Bob's expulsion",
                // "his expulsion was proposed"
                boolean object = nominal && (rel.equals("obj") || rel.equals("nsubj:pass"));
                if (rel.startsWith("xcomp") || rel.startsWith("ccomp") || rel.startsWith("advcl") || rel.startsWith("csubj")
                        || rel.startsWith("acl") || object) {
                    up = e;
                    break;
                }
            }
            if (up == null) {
                return true;
            }
            node = up.getGovernor();
            if (governors.contains(lemma(node))) {
                return false;
            }
            // "would be able to work in Lyon", "could hope to join": a modal on the verb the event depends on
            if (up.getRelation().toString().startsWith("xcomp") && hasModal(g, node)) {
                return false;
            }
            // "too small (and poorly trained) to resist them": what is too hard is not done
            if (up.getRelation().toString().startsWith("xcomp") && (hasToo(g, node)
                    || g.incomingEdgeList(node).stream().anyMatch(c -> c.getRelation().toString().startsWith("conj")
                    && hasToo(g, c.getGovernor())))) {
                return false;
            }
        }
        return true;
    }

    /** "would have joined", "could side with": a modal makes the event a possibility, not a fact. */
    private static boolean hasModal(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            if (e.getRelation().toString().equals("aux") && MODALS.contains(lemma(e.getDependent()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasToo(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            if (e.getRelation().toString().equals("advmod") && lemma(e.getDependent()).equals("too")) {
                return true;
            }
        }
        return false;
    }

    private static String lemma(IndexedWord w) {
        String l = w.lemma();
        return (l != null ? l : w.word()).toLowerCase(Locale.ROOT);
    }
}
