package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/**
 * "Ann Roe was a lawyer who served as Mayor of Lund", "He was a painter who lived in Paris", "Bob Roe, a lawyer who
 * had held the post since 1950": a relative clause on the noun a person is said to be is about that person (so is a
 * "who" clause hung on a body in that noun's phrase: "a general in the Army who has served as Vice President"). Enhanced++ gives the clause the noun ("lawyer") as its subject,
 * or the parser hangs the clause on it as {@code dep} or {@code ccomp} with "who" as subject; the clause takes the
 * person instead.
 */
public final class ReadRelativeClausesOfPredicatesAsTheSubjects implements Repair {
    private static final Set<String> RELATIVES = Set.of("who", "that");
    private static final Set<String> PERSONAL = Set.of("he", "she");

    @Override
    public String id() {
        return "read-relative-clauses-of-predicates-as-the-subjects";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        SemanticGraph g = p.graph();
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            String rel = e.getRelation().toString();
            if (!rel.equals("acl:relcl") && !rel.equals("dep") && !rel.equals("ccomp")) {
                continue;
            }
            IndexedWord predicate = e.getGovernor();
            IndexedWord clause = e.getDependent();
            IndexedWord person = personSaidToBe(g, predicate, p);
            if (person == null && rel.equals("acl:relcl")) {
                person = personOfBodyWithWho(g, predicate, p);
            }
            if (person == null || clause.index() < predicate.index() || !clause.tag().startsWith("VB")) {
                continue;
            }
            for (SemanticGraphEdge s : new ArrayList<>(g.outgoingEdgeList(clause))) {
                String sr = s.getRelation().toString();
                IndexedWord subject = s.getDependent();
                // the noun itself (enhanced++ for "who"), or the "who" right after the noun (or its conjunct: "a
                // lawyer and politician who") of a clause hung on the noun as dep or ccomp
                IndexedWord before = g.getNodeByIndexSafe(subject.index() - 1);
                boolean relative = rel.equals("acl:relcl") ? subject.equals(predicate)
                        : RELATIVES.contains(subject.word().toLowerCase(Locale.ROOT)) && subject.index() > predicate.index()
                        && before != null && before.tag().startsWith("NN");
                if ((sr.equals("nsubj") || sr.equals("nsubj:pass")) && relative) {
                    p.remove(s);
                    p.add(clause, person, sr);
                }
            }
        }
    }

    /**
     * "Bob Roe is a politician and general in the National Army who has served as Vice President": "who" is no body's;
     * a "who" clause the parser hung on a body named in the predicate noun's phrase is the person's that noun is said
     * of. Null if the clause is not a "who" clause on a body so placed.
     */
    private static IndexedWord personOfBodyWithWho(SemanticGraph g, IndexedWord body, ParseUnderRepair p) {
        if (!Names.isBodyName(body, p.names()) || g.outgoingEdgeList(body).stream()
                .noneMatch(r -> r.getRelation().toString().equals("ref") && r.getDependent().word().equalsIgnoreCase("who"))) {
            return null;
        }
        for (SemanticGraphEdge in : g.incomingEdgeList(body)) {
            if (in.getRelation().toString().startsWith("nmod") && in.getGovernor().index() < body.index()) {
                IndexedWord person = personSaidToBe(g, in.getGovernor(), p);
                if (person != null) {
                    return person;
                }
            }
        }
        return null;
    }

    /**
     * The person a noun is predicated of ("Ann Roe was a lawyer": Roe) or apposed to ("Ann Roe, a lawyer who"), a name
     * or "he"/"she"; null if none.
     */
    private static IndexedWord personSaidToBe(SemanticGraph g, IndexedWord noun, ParseUnderRepair p) {
        if (!noun.tag().startsWith("NN")) {
            return null;
        }
        for (SemanticGraphEdge a : g.incomingEdgeList(noun)) {
            if (a.getRelation().toString().equals("appos") && Names.isPersonHead(a.getGovernor(), p.names())
                    && !Names.isPersonHead(noun, p.names())) {
                return a.getGovernor();
            }
        }
        if (g.outgoingEdgeList(noun).stream().noneMatch(x -> x.getRelation().toString().equals("cop"))) {
            return null;
        }
        for (SemanticGraphEdge s : g.outgoingEdgeList(noun)) {
            IndexedWord w = s.getDependent();
            if (s.getRelation().toString().equals("nsubj")
                    && (Names.isPersonHead(w, p.names()) || PERSONAL.contains(w.word().toLowerCase(Locale.ROOT)))) {
                return w;
            }
        }
        return null;
    }
}
