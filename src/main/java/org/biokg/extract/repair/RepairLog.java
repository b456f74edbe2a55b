package org.biokg.extract.repair;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the repairs did to one sentence's parse: the repairs that changed it, and for each edge a repair added, the
 * ids of the repairs that added it. Kept on the sentence ({@link Key}) beside its repaired graph, so that a rule
 * matching an added edge can name the repair: "In 1890 Ada was expelled", nsubj:pass(expelled, Ada) logged as
 * {@code restore-glued-subjects}.
 */
public final class RepairLog {
    /** The sentence annotation that holds a sentence's log. */
    public static final class Key implements CoreAnnotation<RepairLog> {
        @Override
        public Class<RepairLog> getType() {
            return RepairLog.class;
        }
    }

    /** An edge by its ends' token indexes (1-based, as in the graph) and its relation. */
    record Edge(int governor, int dependent, String relation) {
        static Edge of(SemanticGraphEdge e) {
            return new Edge(e.getGovernor().index(), e.getDependent().index(), e.getRelation().toString());
        }
    }

    /** The log the repairs kept on {@code sentence}, or null when they have not run on it. */
    public static RepairLog of(CoreMap sentence) {
        return sentence.get(Key.class);
    }

    private final Map<Edge, Set<String>> addedBy = new LinkedHashMap<>();
    private final Set<String> changedBy = new LinkedHashSet<>();

    void added(String repair, IndexedWord gov, IndexedWord dep, String relation) {
        addedBy.computeIfAbsent(new Edge(gov.index(), dep.index(), relation), k -> new LinkedHashSet<>()).add(repair);
        changedBy.add(repair);
    }

    void changed(String repair) {
        changedBy.add(repair);
    }

    /** The repairs that added this edge (none for an edge of the parser's own). */
    public Set<String> repairsOf(SemanticGraphEdge e) {
        return addedBy.getOrDefault(Edge.of(e), Set.of());
    }

    /** The repairs that changed the sentence (added or removed an edge, or set a tag right), in the order they ran. */
    public List<String> changedBy() {
        return List.copyOf(changedBy);
    }

    /** Of {@code ids}, those this log knows, in the order the repairs ran ("a" then "b" whatever order they came in). */
    public List<String> inRunOrder(java.util.Collection<String> ids) {
        return changedBy.stream().filter(ids::contains).toList();
    }

    public boolean isEmpty() {
        return changedBy.isEmpty();
    }
}
