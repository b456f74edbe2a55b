package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;

import static org.biokg.extract.repair.Names.*;

/**
 * "A close ally of Ann Roe, Bob Lee soon rose to power", "A founding member of the Green Party, Ann Roe won":
 * an opening noun phrase that describes the subject, parsed as the verb's subject with the real subject in
 * apposition to its of-object. The name after the comma is the subject; the opening phrase describes it.
 */
public final class ReadOpeningDescriptionsOfTheSubject implements Repair {
    @Override
    public String id() {
        return "read-opening-descriptions-of-the-subject";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        run(p, p.graph(), p.names());
    }

    private static void run(ParseUnderRepair p, SemanticGraph g, List<NamedSpan> mentions) {
        for (SemanticGraphEdge subject : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = subject.getGovernor();
            IndexedWord noun = subject.getDependent();
            if (!subject.getRelation().toString().equals("nsubj") || !noun.tag().matches("NNS?") || noun.index() > 4
                    || g.outgoingEdgeList(verb).stream().filter(x -> x.getRelation().toString().startsWith("nsubj")).count() != 1) {
                continue;
            }
            for (SemanticGraphEdge of : g.outgoingEdgeList(noun)) {
                if (!of.getRelation().toString().equals("nmod:of")) {
                    continue;
                }
                for (SemanticGraphEdge appos : new ArrayList<>(g.outgoingEdgeList(of.getDependent()))) {
                    IndexedWord name = appos.getDependent();
                    if (appos.getRelation().toString().equals("appos") && name.index() < verb.index()
                            && isPersonHead(name, mentions) && isNameHead(name, mentions)
                            && followedByCommaThenName(g, of.getDependent(), name, mentions)) {
                        p.remove(appos);
                        p.remove(subject);
                        p.add(verb, name, "nsubj");
                        p.add(name, noun, "appos");
                        return;
                    }
                }
            }
        }
    }
}
