package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.Set;

/**
 * A person's or place's name the parser split at quotes or hyphens: "His parents were Johannes "Jan" Roe and Eva
 * Holm" (parsed with the nickname as the head and the surname left as dep), "moved to Stratford-upon-Avon" (the
 * particle read as a preposition). The name's last word heads it again: what hung on another of its words hangs on
 * the head, and the other words are the head's compounds.
 */
public final class ReadNamesAsOnePhrase implements Repair {
    private static final Set<String> SPLITTERS = Set.of("``", "''", "\"", "-");

    @Override
    public String id() {
        return "read-names-as-one-phrase";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        SemanticGraph g = p.graph();
        for (NamedSpan name : p.names()) {
            if (name.kind() != NamedSpan.Kind.NAME || name.length() < 3
                    || name.type() != NamedSpan.Type.PERSON && name.type() != NamedSpan.Type.PLACE || !split(g, name)) {
                continue;
            }
            IndexedWord head = g.getNodeByIndexSafe(name.end());
            if (head == null || headsAlready(g, name)) {
                continue;
            }
            for (int t = name.begin(); t < name.end() - 1; t++) {
                IndexedWord w = g.getNodeByIndexSafe(t + 1);
                if (w == null) {
                    continue;
                }
                for (SemanticGraphEdge e : new ArrayList<>(g.incomingEdgeList(w))) {
                    if (!name.covers(e.getGovernor().index() - 1)) {
                        p.add(e.getGovernor(), head, e.getRelation().toString());
                    }
                    p.remove(e);
                }
                for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(w))) {
                    if (!name.covers(e.getDependent().index() - 1)) {
                        p.add(head, e.getDependent(), e.getRelation().toString());
                    }
                    p.remove(e);
                }
                if (g.getRoots().contains(w)) {
                    g.getRoots().remove(w);
                    g.addRoot(head);
                }
                p.add(head, w, SPLITTERS.contains(w.word()) ? "punct" : "compound");
            }
            for (SemanticGraphEdge e : new ArrayList<>(g.incomingEdgeList(head))) {
                if (name.covers(e.getGovernor().index() - 1)) {
                    p.remove(e);
                }
            }
        }
    }

    /** Whether a quote or a hyphen is among the name's words (where the parser splits names). */
    private static boolean split(SemanticGraph g, NamedSpan name) {
        for (int t = name.begin() + 1; t < name.end() - 1; t++) {
            IndexedWord w = g.getNodeByIndexSafe(t + 1);
            if (w != null && SPLITTERS.contains(w.word())) {
                return true;
            }
        }
        return false;
    }

    /** Whether nothing outside the name hangs on any of its words but the last, nor any of them on anything outside. */
    private static boolean headsAlready(SemanticGraph g, NamedSpan name) {
        for (int t = name.begin(); t < name.end() - 1; t++) {
            IndexedWord w = g.getNodeByIndexSafe(t + 1);
            if (w != null && (g.getRoots().contains(w)
                    || g.incomingEdgeList(w).stream().anyMatch(e -> !name.covers(e.getGovernor().index() - 1))
                    || g.outgoingEdgeList(w).stream().anyMatch(e -> !name.covers(e.getDependent().index() - 1)))) {
                return false;
            }
        }
        return true;
    }
}
