package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/**
 * "Ann Roe was born in Lund, the daughter of Bob Roe and Eva Holm": the parser hangs the description on the nearest
 * noun, the place (or date) of the clause, where it describes the clause's subject. A son or daughter apposed to a
 * phrase of a verb (not to a person) is its subject's apposition; "born in Lund, the capital" stays the place's.
 */
public final class ReadKinAppositionsOfPlacesAsTheSubjects implements Repair {
    private static final Set<String> CHILDREN = Set.of("child", "son", "daughter", "grandson", "granddaughter",
            "stepson", "stepdaughter");

    @Override
    public String id() {
        return "read-kin-appositions-of-places-as-the-subjects";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        SemanticGraph g = p.graph();
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord phrase = e.getGovernor();
            IndexedWord kin = e.getDependent();
            if (!e.getRelation().toString().equals("appos") || kin.lemma() == null
                    || !CHILDREN.contains(kin.lemma().toLowerCase(Locale.ROOT)) || Names.isPersonHead(phrase, p.names())) {
                continue;
            }
            IndexedWord subject = subjectOfTheClause(g, phrase, p);
            if (subject != null) {
                p.remove(e);
                p.add(subject, kin, "appos");
            }
        }
    }

    /**
     * The subject of the verb {@code phrase} is an oblique of ("born in Lund": the one born), or null; of two, the
     * name ("His wife Eva Dahl was born in Lund, the daughter of Bob Dahl": Eva Dahl's, not the noun "wife").
     */
    private static IndexedWord subjectOfTheClause(SemanticGraph g, IndexedWord phrase, ParseUnderRepair p) {
        for (SemanticGraphEdge in : g.incomingEdgeList(phrase)) {
            if (!in.getRelation().toString().startsWith("obl")) {
                continue;
            }
            IndexedWord found = null;
            for (SemanticGraphEdge s : g.outgoingEdgeList(in.getGovernor())) {
                String rel = s.getRelation().toString();
                if ((rel.equals("nsubj") || rel.equals("nsubj:pass"))
                        && (found == null || Names.isPersonHead(s.getDependent(), p.names()) && !Names.isPersonHead(found, p.names()))) {
                    found = s.getDependent();
                }
            }
            if (found != null && !Names.isPersonHead(found, p.names())) {
                // "His wife Eva Dahl": the name apposed to the noun
                for (SemanticGraphEdge a : g.outgoingEdgeList(found)) {
                    if (a.getRelation().toString().equals("appos") && Names.isPersonHead(a.getDependent(), p.names())) {
                        return a.getDependent();
                    }
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
