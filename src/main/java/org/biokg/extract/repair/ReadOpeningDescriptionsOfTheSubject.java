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
 * apposition to its of-object, or as a second subject beside it ("A founding member of the Green Party, she was
 * elected"). The person after the comma is the subject; the opening phrase describes it.
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
            if (!subject.getRelation().toString().startsWith("nsubj") || !noun.tag().matches("NNS?") || noun.index() > 4) {
                continue;
            }
            List<SemanticGraphEdge> subjects = g.outgoingEdgeList(verb).stream()
                    .filter(x -> x.getRelation().toString().startsWith("nsubj")).toList();
            IndexedWord person = subjects.size() == 2 ? secondSubject(g, subject, subjects, mentions) : null;
            if (person != null) {
                // "A founding member of the Green Party, she was elected": both read as the verb's subjects
                p.remove(subject);
                p.add(person, noun, "appos");
                return;
            }
            if (!subject.getRelation().toString().equals("nsubj") || subjects.size() != 1) {
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

    /** The person after the comma that the opening noun (with an of-phrase) shares the verb with, or null. */
    private static IndexedWord secondSubject(SemanticGraph g, SemanticGraphEdge subject, List<SemanticGraphEdge> subjects,
                                             List<NamedSpan> mentions) {
        IndexedWord noun = subject.getDependent();
        if (g.outgoingEdgeList(noun).stream().noneMatch(x -> x.getRelation().toString().equals("nmod:of"))) {
            return null;
        }
        for (SemanticGraphEdge other : subjects) {
            IndexedWord person = other.getDependent();
            if (other != subject && person.index() > noun.index() && isPersonHead(person, mentions)
                    && afterComma(g, person)) {
                return person;
            }
        }
        return null;
    }

    private static boolean afterComma(SemanticGraph g, IndexedWord w) {
        IndexedWord before = g.getNodeByIndexSafe(w.index() - 1);
        return before != null && before.word().equals(",");
    }
}
