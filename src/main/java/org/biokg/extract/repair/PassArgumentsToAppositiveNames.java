package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.biokg.extract.repair.Names.*;

/**
 * "His niece, Ann Roe, is head of X", "attacked by a police agent, Bob Roe", "the son of a farmer, Bob Roe", "was
 * critical of his predecessor Bob Roe", "campaigned for her friend Ann Roe":
 * the person is the name beside the common noun, so the name gets the noun's argument edge too.
 */
public final class PassArgumentsToAppositiveNames implements Repair {
    @Override
    public String id() {
        return "pass-arguments-to-appositive-names";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        run(p, p.graph(), p.names());
    }

    private static void run(ParseUnderRepair p, SemanticGraph g, List<NamedSpan> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord noun = e.getDependent();
            if (!ARGUMENTS.contains(e.getRelation().toString()) || !(noun.tag().startsWith("NN") || isCommonNoun(g, noun))
                    || isNameHead(noun, mentions)) {
                continue;
            }
            IndexedWord name = null;
            for (SemanticGraphEdge a : g.outgoingEdgeList(noun)) {
                IndexedWord d = a.getDependent();
                if (a.getRelation().toString().equals("appos") && d.index() > noun.index() && isNameHead(d, mentions) && (name == null || d.index() < name.index())) {
                    name = d;
                }
            }
            if (name == null && e.getGovernor().index() > noun.index()) {
                // "Bob Roe, a lawyer who had held the ministry since 1950": the relative clause on the description after
                // the name is about the name
                for (SemanticGraphEdge a : g.incomingEdgeList(noun)) {
                    IndexedWord n = a.getGovernor();
                    if (a.getRelation().toString().equals("appos") && n.index() < noun.index() && isPersonHead(n, mentions)
                            && isNameHead(n, mentions) && g.getAllEdges(noun, e.getGovernor()).stream()
                            .anyMatch(r -> r.getRelation().toString().equals("acl:relcl"))) {
                        name = n;
                    }
                }
            }
            if (name != null) {
                p.add(e.getGovernor(), name, e.getRelation().toString());
                // "a farmer, Bob Roe (1840–1900), and Ann Roe": the names coordinated with it too
                for (SemanticGraphEdge c : g.outgoingEdgeList(name)) {
                    if (c.getRelation().toString().startsWith("conj") && isPersonHead(c.getDependent(), mentions)
                            && isNameHead(c.getDependent(), mentions)) {
                        p.add(e.getGovernor(), c.getDependent(), e.getRelation().toString());
                    }
                }
            }
        }
    }

    /** The relations through which a noun is an argument of a verb or predicate. */
    private static final Set<String> ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl:agent", "obl:by", "nmod:of",
            "nmod:to", "nmod:with", "obl:with", "obl:to", "obl:against", "nmod:against", "obl:of", "obl:for", "nmod:for");
}
