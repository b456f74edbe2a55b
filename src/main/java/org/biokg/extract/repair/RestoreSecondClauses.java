package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.biokg.nlp.ParseQuestions;

import java.util.ArrayList;
import java.util.List;

import static org.biokg.nlp.ParseQuestions.subjectRelation;

/**
 * "V1 ... N1 and N2 V2 ...", parsed with N2 as a second object (or oblique) of V1 and V2 hung on V1 by
 * {@code dep} with no subject: N2 is V2's subject, and so is every other conjunct read the same way ("were
 * dispersed by force and Ann and Bob were expelled").
 */
public final class RestoreSecondClauses implements Repair {
    @Override
    public String id() {
        return "restore-second-clauses";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        run(p, p.graph(), p.names());
    }

    private static void run(ParseUnderRepair p, SemanticGraph g, List<NamedSpan> mentions) {
        for (SemanticGraphEdge dep : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord first = dep.getGovernor();
            IndexedWord second = dep.getDependent();
            if (!dep.getRelation().toString().equals("dep") || !first.tag().startsWith("VB") || !second.tag().startsWith("VB")
                    || second.index() < first.index() || ParseQuestions.hasSubject(g, second)) {
                continue;
            }
            List<IndexedWord> subjects = new ArrayList<>();
            for (SemanticGraphEdge arg : g.outgoingEdgeList(first)) {
                IndexedWord n = arg.getDependent();
                String rel = arg.getRelation().toString();
                boolean coordinated = g.incomingEdgeList(n).stream().anyMatch(x -> x.getRelation().toString().equals("conj:and"));
                if ((rel.equals("obj") || rel.startsWith("obl")) && coordinated && n.index() < second.index()) {
                    subjects.add(n); // a later conjunct, not the verb's own first argument
                }
            }
            for (IndexedWord subject : subjects) {
                p.add(second, subject, subjectRelation(g, second));
            }
        }
    }
}
