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
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

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
        Map<String, IndexedWord> bound = new LinkedHashMap<>();
        for (String name : m.getNodeNames()) {
            bound.put(name, m.getNode(name));
        }
        return behind(g, log, edges -> bindsAlike(pattern, bound, without(g, edges)));
    }

    /**
     * The ids of the repairs behind what Java code read off {@code g}: those whose added edges change what
     * {@code reading} gives, tested as for a match. "Then in 1860 Ann Roe, the secretary of the League, was
     * expelled": the date of her post is reached from "secretary" over the subject edge and the in-phrase that
     * {@code restore-glued-subjects} gave "expelled"; without them no date is near, so her post names that repair.
     * The reading gives a value compared with {@code equals} (a mention, a date, a list of them).
     */
    public static List<String> ofReading(SemanticGraph g, RepairLog log, Function<SemanticGraph, ?> reading) {
        if (log == null || log.isEmpty()) {
            return List.of();
        }
        return ofReading(g, log, reading.apply(g), reading);
    }

    /** As {@link #ofReading(SemanticGraph, RepairLog, Function)}, for a caller that has already read {@code g}. */
    public static List<String> ofReading(SemanticGraph g, RepairLog log, Object read, Function<SemanticGraph, ?> reading) {
        if (log == null || log.isEmpty()) {
            return List.of();
        }
        return behind(g, log, edges -> Objects.equals(read, reading.apply(without(g, edges))));
    }

    /**
     * The repairs whose added edges a reading of {@code g} cannot do without, as {@code standsWithout} (the reading
     * the same on a copy without the given edges) tells.
     */
    private static List<String> behind(SemanticGraph g, RepairLog log, Predicate<List<SemanticGraphEdge>> standsWithout) {
        if (log == null || log.isEmpty()) {
            return List.of();
        }
        List<SemanticGraphEdge> added = new ArrayList<>();
        for (SemanticGraphEdge e : g.edgeIterable()) {
            if (!log.repairsOf(e).isEmpty()) {
                added.add(e);
            }
        }
        if (added.isEmpty() || standsWithout.test(added)) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (SemanticGraphEdge e : added) {
            if (!standsWithout.test(List.of(e))) {
                ids.addAll(log.repairsOf(e));
            }
        }
        if (ids.isEmpty()) {
            added.forEach(e -> ids.addAll(log.repairsOf(e)));
        }
        return log.changedBy().stream().filter(ids::contains).toList();
    }

    /** A copy of {@code g} without {@code edges}. */
    private static SemanticGraph without(SemanticGraph g, List<SemanticGraphEdge> edges) {
        SemanticGraph without = new SemanticGraph(g);
        for (SemanticGraphEdge e : edges) {
            for (SemanticGraphEdge copy : new ArrayList<>(without.getAllEdges(e.getGovernor(), e.getDependent()))) {
                if (copy.getRelation().toString().equals(e.getRelation().toString())) {
                    without.removeEdge(copy);
                }
            }
        }
        return without;
    }

    /** The pattern matches {@code g} with the same named nodes. */
    private static boolean bindsAlike(SemgrexPattern pattern, Map<String, IndexedWord> bound, SemanticGraph g) {
        SemgrexMatcher m = pattern.matcher(g);
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
