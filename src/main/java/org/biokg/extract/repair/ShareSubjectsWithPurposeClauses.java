package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/**
 * "She signed a letter to oppose Bob's plan", "he used his base to curb Bob's powers": the parser gives a purpose
 * clause the object of the verb before it as its subject, as if the letter opposed the plan. A thing does not act;
 * the subject of the clause is the verb's own subject. Not after verbs whose object does act ("urged the party to
 * oppose Bob", "asked Ann to lead"), nor when the object is a name.
 */
public final class ShareSubjectsWithPurposeClauses implements Repair {
    /** Verbs whose object is who does what the clause says: "persuaded the council to oppose Bob". */
    private static final Set<String> OBJECT_CONTROL = Set.of("ask", "urge", "persuade", "convince", "order", "force",
            "allow", "permit", "invite", "encourage", "tell", "instruct", "appoint", "elect", "call", "lead", "help",
            "want", "expect", "require", "compel", "induce", "inspire", "enable", "authorize", "authorise", "push", "press");

    @Override
    public String id() {
        return "share-subjects-with-purpose-clauses";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        SemanticGraph g = p.graph();
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            if (!e.getRelation().toString().equals("nsubj:xsubj")) {
                continue;
            }
            IndexedWord clause = e.getGovernor();
            IndexedWord thing = e.getDependent();
            IndexedWord verb = controller(g, clause);
            if (verb == null || !isObjectOf(g, verb, thing) || !thing.tag().matches("NNS?") || !"O".equals(thing.ner())
                    || OBJECT_CONTROL.contains(verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (SemanticGraphEdge s : g.outgoingEdgeList(verb)) {
                if (s.getRelation().toString().equals("nsubj")) {
                    p.add(clause, s.getDependent(), "nsubj:xsubj");
                }
            }
        }
    }

    /** The verb a "to" clause is the open complement of ("signed … to oppose"), or null. */
    private static IndexedWord controller(SemanticGraph g, IndexedWord clause) {
        boolean to = g.outgoingEdgeList(clause).stream()
                .anyMatch(o -> o.getRelation().toString().equals("mark") && o.getDependent().word().equalsIgnoreCase("to"));
        if (!to) {
            return null;
        }
        for (SemanticGraphEdge in : g.incomingEdgeList(clause)) {
            if (in.getRelation().toString().equals("xcomp")) {
                return in.getGovernor();
            }
        }
        return null;
    }

    private static boolean isObjectOf(SemanticGraph g, IndexedWord verb, IndexedWord thing) {
        return g.outgoingEdgeList(verb).stream().anyMatch(o -> o.getRelation().toString().equals("obj") && o.getDependent().equals(thing));
    }
}
