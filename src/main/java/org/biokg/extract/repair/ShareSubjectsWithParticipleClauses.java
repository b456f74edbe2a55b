package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.biokg.nlp.ParseQuestions;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/**
 * A participle clause has no subject of its own: "Joining the Greens in 1950, she rose quickly", "After joining the
 * Greens, he left", "Elected to the Senate in 1956, he served two terms", "Having founded the Review, she edited
 * it", "He resigned in 1962, joining the League", "She answered by founding the League". Its subject is the clause's it modifies: an active one for a
 * present participle or "having" + past participle, a passive one for a past participle alone ("Elected …",
 * "after being elected …"), also where the parser made the opening participle the sentence's head. Not when the clause denies its verb ("without joining", "instead of joining", "never
 * having joined").
 */
public final class ShareSubjectsWithParticipleClauses implements Repair {
    private static final Set<String> DENYING_MARKS = Set.of("without", "instead", "rather", "than");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't");

    @Override
    public String id() {
        return "share-subjects-with-participle-clauses";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        SemanticGraph g = p.graph();
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord participle = e.getDependent();
            String tag = participle.tag();
            if (!clause(g, e) || !tag.equals("VBG") && !tag.equals("VBN")
                    || ParseQuestions.hasSubjectOrExpletive(g, participle) || denied(g, participle)) {
                continue;
            }
            IndexedWord subject = subjectOf(g, e.getGovernor());
            if (subject == null) {
                continue;
            }
            p.add(participle, subject, passive(g, participle) ? "nsubj:pass" : "nsubj");
        }
        // "Joining the Greens, to which he had ties, he was elected": the parser may make the opening participle the
        // root and hang the main clause on it (parataxis); the subject is the main clause's all the same
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord participle = e.getGovernor();
            String tag = participle.tag();
            if (!e.getRelation().toString().equals("parataxis") || participle.index() != 1
                    || !tag.equals("VBG") && !tag.equals("VBN") || ParseQuestions.hasSubjectOrExpletive(g, participle) || denied(g, participle)) {
                continue;
            }
            IndexedWord subject = subjectOf(g, e.getDependent());
            if (subject != null) {
                p.add(participle, subject, passive(g, participle) ? "nsubj:pass" : "nsubj");
            }
        }
    }

    /**
     * An adverbial clause, or a participle the parser left as {@code dep} where a comma sets it off: "Elected to the
     * Senate in 1956, he served", "He resigned in 1962, joining the League".
     */
    private static boolean clause(SemanticGraph g, SemanticGraphEdge e) {
        String rel = e.getRelation().toString();
        if (rel.startsWith("advcl")) {
            return true;
        }
        // "She answered by founding the League": a gerund the parser took for a noun after "by", "after", "upon"
        if (rel.matches("obl:(by|after|before|upon|on|through)") && e.getDependent().tag().equals("VBG")) {
            return true;
        }
        if (!rel.equals("dep")) {
            return false;
        }
        // "He was soon at sea again, having enlisted in the Navy": the comma comes before the auxiliary
        int first = firstWordOf(g, e.getDependent());
        IndexedWord before = g.getNodeByIndexSafe(first - 1);
        return first == 1 || before != null && before.word().equals(",");
    }

    /** Where the participle's clause starts: at its auxiliaries ("having", "being") right before it, if any. */
    private static int firstWordOf(SemanticGraph g, IndexedWord participle) {
        Set<Integer> auxiliaries = new java.util.HashSet<>();
        for (SemanticGraphEdge o : g.outgoingEdgeList(participle)) {
            if (o.getRelation().toString().startsWith("aux")) {
                auxiliaries.add(o.getDependent().index());
            }
        }
        int first = participle.index();
        while (auxiliaries.contains(first - 1)) {
            first--;
        }
        return first;
    }

    private static boolean denied(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge o : g.outgoingEdgeList(verb)) {
            String rel = o.getRelation().toString();
            String word = o.getDependent().word().toLowerCase(Locale.ROOT);
            if (rel.equals("mark") && DENYING_MARKS.contains(word) || rel.equals("advmod") && NEGATIONS.contains(word)) {
                return true;
            }
        }
        String advcl = g.incomingEdgeList(verb).stream().map(i -> i.getRelation().toString())
                .filter(r -> r.startsWith("advcl")).findFirst().orElse("");
        return advcl.contains("without") || advcl.contains("instead") || advcl.contains("rather");
    }

    /** The subject of the clause the participle modifies, active or passive, or null. */
    private static IndexedWord subjectOf(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge o : g.outgoingEdgeList(verb)) {
            String rel = o.getRelation().toString();
            if (rel.equals("nsubj") || rel.equals("nsubj:pass")) {
                return o.getDependent();
            }
        }
        return null;
    }

    /** "Elected …", "after being elected …": a past participle without "having" is passive. */
    private static boolean passive(SemanticGraph g, IndexedWord participle) {
        if (!participle.tag().equals("VBN")) {
            return false;
        }
        boolean having = false;
        for (SemanticGraphEdge o : g.outgoingEdgeList(participle)) {
            String rel = o.getRelation().toString();
            if (rel.equals("aux:pass")) {
                return true;
            }
            having |= rel.equals("aux") && o.getDependent().lemma() != null && o.getDependent().lemma().equals("have");
        }
        return !having;
    }
}
