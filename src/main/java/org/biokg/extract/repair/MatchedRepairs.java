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
 * The repairs behind one rule match: those whose added edges the match cannot do without. "In 1890 Ada was
 * expelled" matched by {@code {}=trigger >nsubj:pass {}=subj}: without the edge from "expelled" to "Ada", which
 * {@code restore-glued-subjects} added, the pattern no longer binds {@code subj} to "Ada", so the fact names that
 * repair.
 * <p>
 * The test is counterfactual, so it needs no look inside the pattern and covers its unnamed nodes too: the pattern
 * is run again on a copy of the parse without an added edge, and the edge counts if no match there binds every named
 * node ({@code =subj}, {@code =obj}, {@code =trigger}, …) as this one does. An added edge that merely doubles one of
 * the parser's own ("obj" beside the parser's "iobj", when the rule asked for "iobj") does not count. When no added
 * edge is needed alone but the match falls without all of them (two repairs each giving what it needs), all are
 * named.
 */
public final class MatchedRepairs {
    private MatchedRepairs() {
    }

    /** The ids of the repairs behind the match {@code m} of {@code pattern} on {@code g}, in the order they ran. */
    public static List<String> of(SemgrexPattern pattern, SemgrexMatcher m, SemanticGraph g, RepairLog log) {
        if (log == null || log.isEmpty()) {
            return List.of();
        }
        List<SemanticGraphEdge> added = new ArrayList<>();
        for (SemanticGraphEdge e : g.edgeIterable()) {
            if (!log.repairsOf(e).isEmpty()) {
                added.add(e);
            }
        }
        if (added.isEmpty()) {
            return List.of();
        }
        Map<String, IndexedWord> bound = new LinkedHashMap<>();
        for (String name : m.getNodeNames()) {
            bound.put(name, m.getNode(name));
        }
        if (standsWithout(pattern, bound, g, added)) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (SemanticGraphEdge e : added) {
            if (!standsWithout(pattern, bound, g, List.of(e))) {
                ids.addAll(log.repairsOf(e));
            }
        }
        if (ids.isEmpty()) {
            added.forEach(e -> ids.addAll(log.repairsOf(e)));
        }
        return log.changedBy().stream().filter(ids::contains).toList();
    }

    /** The pattern matches the same named nodes on a copy of {@code g} without {@code edges}. */
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
