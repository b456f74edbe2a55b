package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.biokg.nlp.ParseQuestions;

import java.util.ArrayList;

/**
 * "Ada Roe, who survived him by ten years, died in Lund in 1990", "Bob Lee, who was his friend, joined the
 * Greens": after a relative clause set off by commas the parser may lose the main verb, hanging it as {@code dep} on
 * the relative clause's verb, on its "who" or on the noun itself, with no subject. The noun the relative clause describes is its
 * subject.
 */
public final class RestoreSubjectsAfterRelativeClauses implements Repair {
    @Override
    public String id() {
        return "restore-subjects-after-relative-clauses";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        SemanticGraph g = p.graph();
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getDependent();
            IndexedWord gov = e.getGovernor();
            if (!e.getRelation().toString().equals("dep") || !finite(g, verb) || ParseQuestions.hasSubjectOrExpletive(g, verb) || !afterComma(g, verb)) {
                continue;
            }
            IndexedWord noun = null;
            if (gov.tag().startsWith("NN") && relativeClauseBefore(g, gov, verb)) {
                noun = gov; // "Karl Holt, who was his friend, joined …": the verb hung on the noun
            } else if (gov.tag().startsWith("W")) {
                // "Bob Lee, who was his friend, joined …" read with "who" as the clause's head, hung on the name
                for (SemanticGraphEdge in : g.incomingEdgeList(gov)) {
                    if (in.getGovernor().tag().startsWith("NN") && in.getGovernor().index() < gov.index()) {
                        noun = in.getGovernor();
                    }
                }
            } else {
                for (SemanticGraphEdge in : g.incomingEdgeList(gov)) {
                    if (in.getRelation().toString().equals("acl:relcl") && in.getGovernor().tag().startsWith("NN")
                            && gov.index() < verb.index()) {
                        noun = in.getGovernor(); // "Ada Roe, who survived him, died …": hung on the clause's verb
                    }
                }
            }
            if (noun != null && noun.index() < verb.index()) {
                p.add(verb, noun, passive(g, verb) ? "nsubj:pass" : "nsubj");
            }
        }
    }

    /** A finite verb ("died", "joins") or a passive participle ("was elected"). */
    private static boolean finite(SemanticGraph g, IndexedWord verb) {
        return verb.tag().matches("VB[DZP]") || verb.tag().equals("VBN") && passive(g, verb);
    }

    private static boolean passive(SemanticGraph g, IndexedWord verb) {
        return g.outgoingEdgeList(verb).stream().anyMatch(o -> o.getRelation().toString().equals("aux:pass"));
    }

    /** The verb (or its first auxiliary) follows a comma: the one that closes the relative clause. */
    private static boolean afterComma(SemanticGraph g, IndexedWord verb) {
        int first = verb.index();
        for (SemanticGraphEdge o : g.outgoingEdgeList(verb)) {
            String r = o.getRelation().toString();
            if ((r.equals("aux") || r.equals("aux:pass") || r.equals("advmod")) && o.getDependent().index() < first) {
                first = o.getDependent().index();
            }
        }
        IndexedWord before = g.getNodeByIndexSafe(first - 1);
        return before != null && before.word().equals(",");
    }

    private static boolean relativeClauseBefore(SemanticGraph g, IndexedWord noun, IndexedWord verb) {
        for (SemanticGraphEdge o : g.outgoingEdgeList(noun)) {
            if (o.getRelation().toString().equals("acl:relcl") && o.getDependent().index() < verb.index()) {
                return true;
            }
        }
        // "Karl Holt, who was his friend, joined": the parser may leave the clause as dep of the main verb
        for (SemanticGraphEdge o : g.outgoingEdgeList(verb)) {
            if (o.getRelation().toString().equals("dep") && o.getDependent().tag().startsWith("W")
                    && o.getDependent().index() == noun.index() + 2) {
                return true;
            }
        }
        return false;
    }
}
