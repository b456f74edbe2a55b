package org.biokg.extract.repair;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;

import java.util.List;

/**
 * One sentence's parse while one repair runs on it: the graph, the names on it, and the edits, each logged
 * under the running repair's id. "In 1890 Ada was expelled" repaired by {@code restore-glued-subjects}: the edge
 * nsubj:pass(expelled, Ada) it adds is logged as that repair's.
 */
public final class ParseUnderRepair {
    private final SemanticGraph graph;
    private final List<NamedSpan> names;
    private final RepairLog log;
    private final String repair;

    ParseUnderRepair(SemanticGraph graph, List<NamedSpan> names, RepairLog log, String repair) {
        this.graph = graph;
        this.names = names;
        this.log = log;
        this.repair = repair;
    }

    public SemanticGraph graph() {
        return graph;
    }

    public List<NamedSpan> names() {
        return names;
    }

    /** Adds gov -rel-> dep unless it is there already (nor a self-loop). */
    public void add(IndexedWord gov, IndexedWord dep, String rel) {
        if (gov.equals(dep)) {
            return;
        }
        for (SemanticGraphEdge e : graph.getAllEdges(gov, dep)) {
            if (e.getRelation().toString().equals(rel)) {
                return;
            }
        }
        addAnew(gov, dep, rel, 1.0);
    }

    /** Adds gov -rel-> dep with {@code weight} even if the graph has that edge already. */
    public void addAnew(IndexedWord gov, IndexedWord dep, String rel, double weight) {
        graph.addEdge(gov, dep, GrammaticalRelation.valueOf(Language.UniversalEnglish, rel), weight, false);
        log.added(repair, gov, dep, rel);
    }

    public void remove(SemanticGraphEdge e) {
        if (graph.removeEdge(e)) {
            log.changed(repair);
        }
    }

    /** Notes a change to a node (a tag or lemma set right) as this repair's. */
    public void changedNode() {
        log.changed(repair);
    }
}
