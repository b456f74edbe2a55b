package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;

import static org.biokg.extract.repair.Names.*;

/**
 * "She became secretary of the Lund Club and treasurer of the Union", parsed as if the Club and the treasurer were
 * one body's two names: a lower-case noun after "and" coordinated with the body of an earlier title's of-phrase, with
 * a phrase of its own ("of the Union", "at the University"), is a second title. It takes the first title's place in
 * the clause (what governs the first title governs it) and the phrases after it that the parser hung on the body.
 */
public final class ReadTitlesAfterBodiesAsSecondTitles implements Repair {
    @Override
    public String id() {
        return "read-titles-after-bodies-as-second-titles";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        SemanticGraph g = p.graph();
        List<NamedSpan> names = p.names();
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord body = e.getGovernor();
            IndexedWord second = e.getDependent();
            if (!e.getRelation().toString().startsWith("conj") || !isBodyName(body, names) || !isLowerCaseNoun(second)
                    || headsName(second, names, m -> true) || second.index() < body.index()) {
                continue;
            }
            IndexedWord first = titleOf(g, body);
            List<SemanticGraphEdge> laterPhrases = g.outgoingEdgeList(body).stream()
                    .filter(x -> x.getDependent().index() > second.index() && x.getRelation().toString().startsWith("nmod")).toList();
            boolean ownPhrase = g.outgoingEdgeList(second).stream().anyMatch(x -> x.getRelation().toString().startsWith("nmod"));
            if (first == null || laterPhrases.isEmpty() && !ownPhrase) {
                continue;
            }
            p.remove(e);
            for (SemanticGraphEdge x : new ArrayList<>(g.getAllEdges(first, second))) {
                p.remove(x);
            }
            p.add(first, second, e.getRelation().toString());
            for (SemanticGraphEdge in : g.incomingEdgeList(first)) {
                if (!in.getRelation().toString().startsWith("conj")) {
                    p.add(in.getGovernor(), second, in.getRelation().toString());
                }
            }
            for (SemanticGraphEdge x : laterPhrases) {
                p.remove(x);
                p.add(second, x.getDependent(), x.getRelation().toString());
            }
        }
    }

    /** The lower-case title whose of-phrase {@code body} is: "secretary" in "secretary of the Lund Club". */
    private static IndexedWord titleOf(SemanticGraph g, IndexedWord body) {
        for (SemanticGraphEdge in : g.incomingEdgeList(body)) {
            if (in.getRelation().toString().equals("nmod:of") && isLowerCaseNoun(in.getGovernor())
                    && in.getGovernor().index() < body.index()) {
                return in.getGovernor();
            }
        }
        return null;
    }

    private static boolean isLowerCaseNoun(IndexedWord w) {
        return (w.tag().equals("NN") || w.tag().equals("NNS")) && Character.isLowerCase(w.word().charAt(0));
    }
}
