package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;

/**
 * "two children: Ada, who was born in 1958, and Bob, who was born in 1961": a relative clause is about the name its
 * "who" follows. The parser may hang the second clause on the first name, and enhanced++ gives each clause both
 * coordinated names as subjects; the clause keeps the one name its "who" follows, and hangs on it. Where the parser
 * hung the clause on the name as {@code dep} and left "who" its subject ("Ann Roe, who supported Bob, was elected"),
 * the name is the clause's subject too.
 */
public final class ReadRelativeClausesAsTheNearestNames implements Repair {
    @Override
    public String id() {
        return "read-relative-clauses-as-the-nearest-names";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        SemanticGraph g = p.graph();
        for (SemanticGraphEdge ref : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord who = ref.getDependent();
            if (!ref.getRelation().toString().equals("ref") || !who.word().equalsIgnoreCase("who")) {
                continue;
            }
            IndexedWord named = nameBefore(g, who, p.names());
            IndexedWord clause = clauseAfter(g, ref.getGovernor(), who);
            if (named == null || clause == null) {
                continue;
            }
            boolean changed = false;
            for (SemanticGraphEdge s : new ArrayList<>(g.outgoingEdgeList(clause))) {
                if (s.getRelation().toString().startsWith("nsubj") && !s.getDependent().equals(named)
                        && Names.isPersonHead(s.getDependent(), p.names())) {
                    p.remove(s);
                    changed = true;
                }
            }
            if (!ref.getGovernor().equals(named)) {
                for (SemanticGraphEdge r : new ArrayList<>(g.getAllEdges(ref.getGovernor(), clause))) {
                    p.remove(r);
                }
                p.remove(ref);
                p.add(named, clause, "acl:relcl");
                p.add(named, who, "ref");
                changed = true;
            }
            if (changed) {
                p.add(clause, named, passive(g, clause) ? "nsubj:pass" : "nsubj");
            }
        }
        // "Ann Roe, who supported Bob, was elected": the clause hung on the name as dep, its "who" left as subject
        for (SemanticGraphEdge subject : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord who = subject.getDependent();
            IndexedWord clause = subject.getGovernor();
            if (!subject.getRelation().toString().startsWith("nsubj") || !who.word().equalsIgnoreCase("who")
                    || !g.incomingEdgeList(who).stream().allMatch(e -> e.getGovernor().equals(clause))) {
                continue;
            }
            IndexedWord named = nameBefore(g, who, p.names());
            if (named == null || g.getEdge(named, clause) == null) {
                continue;
            }
            p.add(named, who, "ref");
            p.add(clause, named, subject.getRelation().toString());
        }
    }

    /** The head of the person's name right before "who" (after a comma): "Bob, who". */
    private static IndexedWord nameBefore(SemanticGraph g, IndexedWord who, List<NamedSpan> names) {
        IndexedWord comma = g.getNodeByIndexSafe(who.index() - 1);
        if (comma == null || !comma.word().equals(",")) {
            return null;
        }
        for (NamedSpan n : names) {
            // spans count tokens from 0, the graph from 1: a name ending right before the comma
            if (n.type() == NamedSpan.Type.PERSON && n.kind() == NamedSpan.Kind.NAME && n.end() == comma.index() - 1) {
                return g.getNodeByIndexSafe(n.head() + 1);
            }
        }
        return null;
    }

    /** The verb of the relative clause "who" opens: the first clause hung on {@code antecedent} after it. */
    private static IndexedWord clauseAfter(SemanticGraph g, IndexedWord antecedent, IndexedWord who) {
        IndexedWord first = null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(antecedent)) {
            IndexedWord v = e.getDependent();
            if (e.getRelation().toString().equals("acl:relcl") && v.index() > who.index()
                    && (first == null || v.index() < first.index())) {
                first = v;
            }
        }
        return first;
    }

    private static boolean passive(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            if (e.getRelation().toString().equals("aux:pass")) {
                return true;
            }
        }
        return false;
    }
}
