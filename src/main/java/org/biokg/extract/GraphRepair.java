package org.biokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.international.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Repairs one frequent parser error in biographies: an opening date glued to the subject's name. "In 1890
 * Ada was expelled" is parsed as if "1890 Ada" were one noun phrase, the object of "In", leaving the verb
 * without a subject. The repair makes the name the subject again. It changes the graph in place and is
 * idempotent.
 */
public final class GraphRepair {
    private static final Set<String> DATE_TAGS = Set.of("DATE");

    public void repair(SemanticGraph g, List<Mention> mentions) {
        for (IndexedWord verb : new ArrayList<>(g.vertexSet())) {
            if (!verb.tag().startsWith("VB") || hasSubject(g, verb)) {
                continue;
            }
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(verb))) {
                String rel = e.getRelation().toString();
                IndexedWord noun = e.getDependent();
                if (!rel.startsWith("obl") || noun.index() > verb.index() || !isPersonHead(noun, mentions)) {
                    continue;
                }
                IndexedWord date = dateModifier(g, noun);
                if (date == null) {
                    continue;
                }
                boolean passive = g.outgoingEdgeList(verb).stream().anyMatch(x -> x.getRelation().toString().equals("aux:pass"));
                g.removeEdge(e);
                g.addEdge(verb, noun, GrammaticalRelation.valueOf(Language.UniversalEnglish, passive ? "nsubj:pass" : "nsubj"),
                        e.getWeight(), false);
                SemanticGraphEdge nummod = g.getEdge(noun, date);
                if (nummod != null) {
                    g.removeEdge(nummod);
                    g.addEdge(verb, date, GrammaticalRelation.valueOf(Language.UniversalEnglish, rel), e.getWeight(), false);
                }
                break;
            }
        }
    }

    private static boolean hasSubject(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            if (e.getRelation().toString().startsWith("nsubj") || e.getRelation().toString().startsWith("csubj")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPersonHead(IndexedWord w, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.covers(w.index() - 1)) {
                return true;
            }
        }
        return false;
    }

    private static IndexedWord dateModifier(SemanticGraph g, IndexedWord noun) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            IndexedWord d = e.getDependent();
            if (e.getRelation().toString().equals("nummod") && d.index() < noun.index() && DATE_TAGS.contains(d.ner())) {
                return d;
            }
        }
        return null;
    }
}
