package org.biokg.extract.facts;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import org.biokg.extract.DateMention;
import org.biokg.extract.ParenthesisDepth;
import org.biokg.extract.repair.MatchedRepairs;
import org.biokg.extract.repair.RepairLog;
import org.biokg.nlp.AnnotatedDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which of a sentence's dates dates a fact: the one nearest its trigger in the dependency graph (a date under
 * "until" is an end), else the narrative's; never a date in another subject's clause, nor someone's life dates in
 * parentheses ("Bob Roe (1820–1890)").
 */
final class FactDates {
    /** How far (in dependency edges) a date may sit from the trigger and still date the fact. */
    private static final int MAX_DATE_DISTANCE = 5;

    private FactDates() {
    }

    /**
     * The date near {@code token} in its clause, else the narrative's (the gold's convention: the earliest date the
     * text ties to the fact), except for a clause in the present tense.
     */
    static DateMention clauseOrNarrativeDate(AnnotatedDocument doc, int s, int token, List<DateMention> dates,
                                                     DateMention context) {
        return clauseOrNarrativeDate(doc, graph(doc, s), s, token, dates, context);
    }

    private static DateMention clauseOrNarrativeDate(AnnotatedDocument doc, SemanticGraph g, int s, int token,
                                                     List<DateMention> dates, DateMention context) {
        DateMention d = nearestDate(doc, g, s, token, dates, MAX_DATE_DISTANCE);
        return d != null || presentTense(g, token) || earlierRelativeClause(g, g.getNodeByIndexSafe(token + 1)) ? d : context;
    }

    /** A fact's date as {@link #clauseOrNarrativeDate} reads it, and the repairs behind the edges it read it over. */
    record ClauseDate(DateMention date, List<String> repairs) {
    }

    /**
     * {@link #clauseOrNarrativeDate}, read once, with the repairs behind its edges (see MatchedRepairs.ofReading): a
     * date reached only over an edge a repair added names that repair.
     */
    static ClauseDate clauseOrNarrativeDateWithRepairs(AnnotatedDocument doc, int s, int token, List<DateMention> dates,
                                                       DateMention context) {
        SemanticGraph g = graph(doc, s);
        DateMention d = clauseOrNarrativeDate(doc, g, s, token, dates, context);
        if (g == null) {
            return new ClauseDate(d, List.of());
        }
        return new ClauseDate(d, MatchedRepairs.ofReading(g, RepairLog.of(doc.sentence(s)), d,
                without -> clauseOrNarrativeDate(doc, without, s, token, dates, context)));
    }

    private static SemanticGraph graph(AnnotatedDocument doc, int s) {
        return doc.sentence(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    }

    /** The date closest to the trigger in the dependency graph, within {@link #MAX_DATE_DISTANCE} edges. */
    static DateMention nearestDate(AnnotatedDocument doc, int s, int trigger, List<DateMention> dates) {
        return nearestDate(doc, s, trigger, dates, MAX_DATE_DISTANCE);
    }

    static DateMention nearestDate(AnnotatedDocument doc, int s, int trigger, List<DateMention> dates, int maxDistance) {
        return nearestDate(doc, graph(doc, s), s, trigger, dates, maxDistance);
    }

    private static DateMention nearestDate(AnnotatedDocument doc, SemanticGraph g, int s, int trigger,
                                           List<DateMention> dates, int maxDistance) {
        if (dates.isEmpty()) {
            return null;
        }
        IndexedWord t = g.getNodeByIndexSafe(trigger + 1);
        DateMention best = null;
        int bestDist = Integer.MAX_VALUE;
        // a date in parentheses ("Bob Roe (1820–1890)", "Ann (b. 1906)") is someone's life dates, not this fact's
        int[] depth = ParenthesisDepth.of(doc.tokens(s));
        // a past-perfect relative clause is not dated from the clause it hangs on ("the party, which she had helped to found")
        boolean earlier = earlierRelativeClause(g, t);
        IndexedWord relativeOf = earlier ? g.incomingEdgeList(t).stream().filter(e -> e.getRelation().toString().equals("acl:relcl"))
                .map(SemanticGraphEdge::getGovernor).findFirst().orElse(null) : null;
        for (DateMention d : dates) {
            if (d.begin() < depth.length && depth[d.begin()] > 0) {
                continue;
            }
            int dist = Integer.MAX_VALUE;
            for (int k = d.begin(); k < d.end(); k++) {
                IndexedWord w = g.getNodeByIndexSafe(k + 1);
                if (t == null || w == null) {
                    continue;
                }
                List<IndexedWord> path = g.getShortestUndirectedPathNodes(t, w);
                if (path != null && !intoOtherSubjectsClause(g, path) && !(path.size() > 1 && path.get(1).equals(relativeOf))) {
                    dist = Math.min(dist, path.size() - 1);
                }
            }
            if (dist < bestDist) {
                bestDist = dist;
                best = d;
            }
        }
        if (bestDist <= maxDistance) {
            return best;
        }
        if (earlier) {
            return null;
        }
        // none near the trigger (or the parse falls apart): a date that opens the sentence ("On May 3, 1920, ...")
        // dates what the sentence tells
        for (DateMention d : dates) {
            if (d.value() != null && d.begin() <= 1 && (d.begin() == 0 || doc.tokens(s).get(0).tag().equals("IN"))) {
                return d;
            }
        }
        return null;
    }

    /** A date reached from the trigger through an "until" phrase, near the trigger; null when none. */
    static DateMention untilDate(AnnotatedDocument doc, int s, int trigger, List<DateMention> dates) {
        SemanticGraph g = graph(doc, s);
        IndexedWord t = g.getNodeByIndexSafe(trigger + 1);
        if (t == null) {
            return null;
        }
        for (DateMention d : dates) {
            IndexedWord w = g.getNodeByIndexSafe(d.begin() + 1);
            if (w == null || d.value() == null) {
                continue;
            }
            List<edu.stanford.nlp.semgraph.SemanticGraphEdge> path = g.getShortestUndirectedPathEdges(t, w);
            if (path == null || path.size() > MAX_DATE_DISTANCE || intoOtherSubjectsClause(g, nodesAlong(t, path))) {
                continue;
            }
            for (edu.stanford.nlp.semgraph.SemanticGraphEdge e : path) {
                if (endsAt(e.getRelation().toString())) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * The trigger heads a relative clause in the past perfect: "In 1963 she left the party, which she had helped to
     * found" tells of a time before the sentence's date, which the clause does not take (nor the narrative's).
     */
    static boolean earlierRelativeClause(AnnotatedDocument doc, int s, int trigger) {
        SemanticGraph g = graph(doc, s);
        return g != null && earlierRelativeClause(g, g.getNodeByIndexSafe(trigger + 1));
    }

    private static boolean earlierRelativeClause(SemanticGraph g, IndexedWord t) {
        if (t == null || g.incomingEdgeList(t).stream().noneMatch(e -> e.getRelation().toString().equals("acl:relcl"))) {
            return false;
        }
        for (var e : g.outgoingEdgeIterable(t)) {
            if (e.getRelation().toString().equals("aux") && e.getDependent().word().equalsIgnoreCase("had")) {
                return true;
            }
        }
        return false;
    }

    /** The trigger, or the copula or auxiliary on it, is a verb in the present tense ("is head of", "leads"). */
    static boolean presentTense(AnnotatedDocument doc, int s, int trigger) {
        return presentTense(graph(doc, s), trigger);
    }

    private static boolean presentTense(SemanticGraph g, int trigger) {
        IndexedWord w = g.getNodeByIndexSafe(trigger + 1);
        if (w == null) {
            return false;
        }
        if (w.tag().equals("VBZ") || w.tag().equals("VBP")) {
            return true;
        }
        for (var e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("cop") || rel.startsWith("aux")) && (e.getDependent().tag().equals("VBZ") || e.getDependent().tag().equals("VBP"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a path from the trigger goes on into a later coordinated clause with a subject of its own ("Ann
     * appointed Bob, but in May Carl refused"): a date there dates the other clause's event. A date before the
     * trigger's clause ("On May 3 the plan was accepted and she was appointed") may date the whole sentence. So
     * does a later clause whose verb is left out ("He was replaced by Ann, and in May by Bob"), which the parser
     * hangs on the conjunction.
     */
    private static boolean intoOtherSubjectsClause(SemanticGraph g, List<IndexedWord> path) {
        for (int k = 0; k + 1 < path.size(); k++) {
            IndexedWord a = path.get(k);
            IndexedWord b = path.get(k + 1);
            var edge = g.getEdge(a, b) != null ? g.getEdge(a, b) : g.getEdge(b, a);
            if (edge != null && edge.getRelation().toString().equals("dep") && b.index() > a.index() && b.tag().equals("CC")
                    && g.hasChildren(b)) {
                return true;
            }
            if (edge == null || !edge.getRelation().toString().startsWith("conj") || b.index() < a.index()) {
                continue;
            }
            Set<IndexedWord> first = subjects(g, a);
            Set<IndexedWord> second = subjects(g, b);
            if (!first.isEmpty() && !second.isEmpty() && java.util.Collections.disjoint(first, second)) {
                return true;
            }
        }
        return false;
    }

    private static Set<IndexedWord> subjects(SemanticGraph g, IndexedWord verb) {
        Set<IndexedWord> out = new java.util.HashSet<>();
        for (var e : g.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if (rel.equals("nsubj") || rel.equals("nsubj:pass")) {
                out.add(e.getDependent());
            }
        }
        return out;
    }

    /** The relations that make a date the end of what the trigger tells ("until 1919", "till his death in 1919"). */
    private static boolean endsAt(String relation) {
        return relation.endsWith(":until") || relation.endsWith(":till");
    }

    /** The nodes of a path of edges walked from {@code from}, {@code from} included. */
    private static List<IndexedWord> nodesAlong(IndexedWord from, List<edu.stanford.nlp.semgraph.SemanticGraphEdge> path) {
        List<IndexedWord> nodes = new ArrayList<>(List.of(from));
        IndexedWord at = from;
        for (edu.stanford.nlp.semgraph.SemanticGraphEdge e : path) {
            at = e.getGovernor().equals(at) ? e.getDependent() : e.getGovernor();
            nodes.add(at);
        }
        return nodes;
    }
}
