package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.biokg.extract.repair.Names.*;

/**
 * Points a plural pronoun at the people (or groups) coordinated before it in the same sentence: the
 * nearest preceding coordination whose every member is a person or organization name.
 */
public final class ResolvePluralPronouns implements Repair {
    @Override
    public String id() {
        return "resolve-plural-pronouns";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        run(p, p.graph(), p.names());
    }

    private static void run(ParseUnderRepair p, SemanticGraph g, List<NamedSpan> mentions) {
        for (IndexedWord pronoun : new ArrayList<>(g.vertexSet())) {
            if (!pronoun.tag().startsWith("PRP") || !PLURAL_PRONOUNS.contains(pronoun.word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<IndexedWord> antecedents = null;
            for (IndexedWord first : g.vertexListSorted()) {
                if (first.index() >= pronoun.index() || !isNameHead(first, mentions)) {
                    continue;
                }
                List<IndexedWord> group = new ArrayList<>(List.of(first));
                for (SemanticGraphEdge e : g.outgoingEdgeList(first)) {
                    if (e.getRelation().toString().equals("conj:and") && e.getDependent().index() < pronoun.index()) {
                        group.add(e.getDependent());
                    }
                }
                if (group.size() > 1 && group.stream().allMatch(w -> isNameHead(w, mentions))) {
                    antecedents = group; // the nearest one wins: later coordinations overwrite earlier ones
                }
            }
            if (antecedents == null) {
                continue;
            }
            for (SemanticGraphEdge in : new ArrayList<>(g.incomingEdgeList(pronoun))) {
                for (IndexedWord a : antecedents) {
                    p.add(in.getGovernor(), a, in.getRelation().toString());
                }
            }
        }
    }

    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their");
}
