package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.ssurgeon.Ssurgeon;
import edu.stanford.nlp.semgraph.semgrex.ssurgeon.SsurgeonPattern;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A repair written as data: a CoreNLP Ssurgeon pattern (a Semgrex pattern and edge edits) whose uid is the repair's
 * id, read from {@code repairs.ssurgeon.xml}. Ssurgeon edits a copy of the graph; the edges the copy gained or lost
 * are then made on the sentence's own graph through {@link ParseUnderRepair}, so they are logged like any repair's.
 * Only edge edits carry over (add, remove, relabel an edge): a repair that needs the mentions, or changes a word,
 * stays a class.
 */
public final class SsurgeonRepair implements Repair {
    static final String FILE = "org/biokg/extract/repair/repairs.ssurgeon.xml";

    private final SsurgeonPattern pattern;

    SsurgeonRepair(SsurgeonPattern pattern) {
        this.pattern = pattern;
    }

    /** The repairs of {@code repairs.ssurgeon.xml}, in the file's order. */
    static List<Repair> load() {
        try (InputStream in = SsurgeonRepair.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FILE);
            }
            List<Repair> out = new ArrayList<>();
            for (SsurgeonPattern p : Ssurgeon.inst().readFromString(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                out.add(new SsurgeonRepair(p));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String id() {
        return pattern.getUID();
    }

    @Override
    public void apply(ParseUnderRepair p) {
        SemanticGraph g = p.graph();
        SemanticGraph edited;
        synchronized (pattern) { // a pattern keeps the nodes it names while it runs; documents are read in parallel
            edited = pattern.iterate(g).first();
        }
        if (edited == g) {
            throw new IllegalStateException(id() + ": Ssurgeon edited the graph in place; expected a copy");
        }
        Map<IndexedWord, IndexedWord> own = new HashMap<>();
        g.vertexSet().forEach(w -> own.put(w, w));
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            if (!has(edited, e)) {
                p.remove(e);
            }
        }
        for (SemanticGraphEdge e : edited.edgeListSorted()) {
            IndexedWord gov = own.get(e.getGovernor());
            IndexedWord dep = own.get(e.getDependent());
            if (gov == null || dep == null) {
                throw new IllegalStateException(id() + ": Ssurgeon added a word; only edge edits are read");
            }
            if (!has(g, e)) {
                p.add(gov, dep, e.getRelation().toString());
            }
        }
    }

    /** {@code g} has an edge with {@code e}'s ends and relation. */
    private static boolean has(SemanticGraph g, SemanticGraphEdge e) {
        if (!g.containsVertex(e.getGovernor()) || !g.containsVertex(e.getDependent())) {
            return false;
        }
        for (SemanticGraphEdge x : g.getAllEdges(e.getGovernor(), e.getDependent())) {
            if (x.getRelation().toString().equals(e.getRelation().toString())) {
                return true;
            }
        }
        return false;
    }
}
