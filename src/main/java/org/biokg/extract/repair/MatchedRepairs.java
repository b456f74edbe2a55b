package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The repairs behind one rule match: the repairs that added the edges between the match's named nodes, when the match
 * does not stand without those edges. "In 1890 Ada was expelled" matched by {@code {}=trigger >nsubj:pass {}=subj}:
 * the edge from "expelled" to "Ada" was added by {@code restore-glued-subjects}, and without it nothing binds
 * {@code subj} to "Ada", so the fact names that repair.
 * <p>
 * Only edges between named nodes count (a pattern's unnamed nodes are not reported by Semgrex): a repaired edge
 * to an unnamed node ("{@code >obl ({} >case {word:by})}") is not named. The check that the match falls without the
 * edges keeps out a repaired edge that merely doubles one of the parser's own ("obj" beside the parser's "iobj", when
 * the rule asked for "iobj").
 */
public final class MatchedRepairs {
    private MatchedRepairs() {
    }

    /** The ids of the repairs behind the match {@code m} of {@code pattern} on {@code g}, in the order they ran. */
    public static List<String> of(SemgrexPattern pattern, SemgrexMatcher m, SemanticGraph g, RepairLog log) {
        if (log == null || log.isEmpty()) {
            return List.of();
        }
        Map<String, IndexedWord> bound = new LinkedHashMap<>();
        for (String name : m.getNodeNames()) {
            bound.put(name, m.getNode(name));
        }
        List<SemanticGraphEdge> repaired = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (IndexedWord a : new LinkedHashSet<>(bound.values())) {
            for (IndexedWord b : new LinkedHashSet<>(bound.values())) {
                if (a == null || b == null || a.equals(b)) {
                    continue;
                }
                for (SemanticGraphEdge e : g.getAllEdges(a, b)) {
                    if (!log.repairsOf(e).isEmpty()) {
                        repaired.add(e);
                        ids.addAll(log.repairsOf(e));
                    }
                }
            }
        }
        if (repaired.isEmpty() || standsWithout(pattern, bound, g, repaired)) {
            return List.of();
        }
        return log.changedBy().stream().filter(ids::contains).toList();
    }

    /** The pattern matches the same nodes on a copy of {@code g} without {@code edges}. */
    private static boolean standsWithout(SemgrexPattern pattern, Map<String, IndexedWord> bound, SemanticGraph g,
                                         List<SemanticGraphEdge> edges) {
        SemanticGraph without = new SemanticGraph(g);
        for (SemanticGraphEdge e : edges) {
            for (SemanticGraphEdge copy : new ArrayList<>(without.getAllEdges(e.getGovernor(), e.getDependent()))) {
                if (copy.getRelation().toString().equals(e.getRelation().toString())) {
                    without.removeEdge(copy);
                }
            }
        }
        SemgrexMatcher m = pattern.matcher(without);
        while (m.find()) {
            boolean same = true;
            for (Map.Entry<String, IndexedWord> b : bound.entrySet()) {
                IndexedWord w = m.getNode(b.getKey());
                same &= b.getValue() == null ? w == null : b.getValue().equals(w);
            }
            if (same) {
                return true;
            }
        }
        return false;
    }
}
