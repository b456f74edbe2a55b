package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.biokg.nlp.ParseQuestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.biokg.nlp.ParseQuestions.subjectRelation;
import static org.biokg.extract.repair.Names.*;

/**
 * An opening date glued to the subject's name: "In 1890 Ada was expelled" (or "In 1890 Ada's place was taken") is
 * parsed as if "1890 Ada" were one noun phrase, the object of "In", leaving the verb without a subject. The name
 * becomes the verb's subject (and the subject of verbs coordinated with it that have none), the date the verb's
 * in-phrase; "In 1950 Ann, Bob and Cy founded X", with only Bob and Cy as subjects, gets Ann back as one too.
 */
public final class RestoreGluedSubjects implements Repair {
    @Override
    public String id() {
        return "restore-glued-subjects";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        run(p, p.graph(), p.names());
    }

    private static void run(ParseUnderRepair p, SemanticGraph g, List<NamedSpan> mentions) {
        for (IndexedWord verb : new ArrayList<>(g.vertexSet())) {
            if (!verb.tag().startsWith("VB")) {
                continue;
            }
            if (ParseQuestions.hasSubject(g, verb)) {
                restoreGluedFirstConjunct(p, g, verb, mentions);
                continue;
            }
            if (restoreVerbReadAsModifier(p, g, verb, mentions)) {
                continue;
            }
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(verb))) {
                String rel = e.getRelation().toString();
                IndexedWord noun = e.getDependent();
                if (!rel.startsWith("obl") || noun.index() > verb.index()
                        || !(isPersonHead(noun, mentions) || hasPersonPossessor(g, noun, mentions))) {
                    continue;
                }
                IndexedWord date = dateModifier(g, noun);
                if (date == null) {
                    continue;
                }
                p.remove(e);
                p.addAnew(verb, noun, subjectRelation(g, verb), e.getWeight());
                // "In 1890 Ada joined the Greens and became ...": the coordinated verbs share the subject
                for (SemanticGraphEdge c : g.outgoingEdgeList(verb)) {
                    IndexedWord other = c.getDependent();
                    if (c.getRelation().toString().startsWith("conj") && other.tag().startsWith("VB") && !ParseQuestions.hasSubject(g, other)) {
                        p.add(other, noun, subjectRelation(g, other));
                    }
                }
                SemanticGraphEdge nummod = g.getEdge(noun, date); // or compound
                if (nummod != null) {
                    p.remove(nummod);
                    p.addAnew(verb, date, rel, e.getWeight());
                }
                break;
            }
        }
    }

    /**
     * "In 1950 Ann Roe, Bob Lee and Cy Fox founded X", parsed with "1950 Ann Roe" as the object of "In" and only the
     * later names as subjects: the glued name, a comma before the first subject, is a subject too.
     */
    private static void restoreGluedFirstConjunct(ParseUnderRepair p, SemanticGraph g, IndexedWord verb, List<NamedSpan> mentions) {
        int firstSubject = Integer.MAX_VALUE;
        String subjectRel = null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("nsubj") || rel.equals("nsubj:pass")) && e.getDependent().index() < firstSubject) {
                firstSubject = e.getDependent().index();
                subjectRel = rel;
            }
        }
        for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(verb))) {
            IndexedWord noun = e.getDependent();
            if (!e.getRelation().toString().startsWith("obl") || noun.index() > firstSubject || !isPersonHead(noun, mentions)) {
                continue;
            }
            IndexedWord date = dateModifier(g, noun);
            IndexedWord comma = g.getNodeByIndexSafe(noun.index() + 1);
            if (date == null || comma == null || !comma.word().equals(",") || !isPersonHead(g.getNodeByIndexSafe(firstSubject), mentions)) {
                continue;
            }
            p.remove(e);
            p.add(verb, noun, subjectRel);
            SemanticGraphEdge nummod = g.getEdge(noun, date);
            if (nummod != null) {
                p.remove(nummod);
                p.add(verb, date, e.getRelation().toString());
            }
            return;
        }
    }

    /**
     * "In 1930 Ann Roe and her husband emigrated to Chile", parsed as one noun phrase "In 1930 Ann Roe and her
     * husband" with the verb as its modifier (acl): the verb heads the sentence again, the name (and the nouns
     * coordinated with it) its subject, the date its phrase.
     */
    private static boolean restoreVerbReadAsModifier(ParseUnderRepair p, SemanticGraph g, IndexedWord verb, List<NamedSpan> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.incomingEdgeList(verb))) {
            IndexedWord noun = e.getGovernor();
            IndexedWord date = dateModifier(g, noun);
            if (!e.getRelation().toString().equals("acl") || noun.index() > verb.index() || !isPersonHead(noun, mentions)
                    || date == null || !g.getRoots().contains(noun)) {
                continue;
            }
            p.remove(e);
            g.setRoot(verb);
            p.addAnew(verb, noun, "nsubj", e.getWeight());
            for (SemanticGraphEdge c : g.outgoingEdgeList(noun)) {
                if (c.getRelation().toString().startsWith("conj") && c.getDependent().tag().startsWith("NN")) {
                    p.add(verb, c.getDependent(), "nsubj");
                }
            }
            String phrase = "obl:tmod";
            for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(noun))) {
                if (c.getRelation().toString().equals("case") && c.getDependent().index() < date.index()) {
                    phrase = "obl:" + c.getDependent().word().toLowerCase(java.util.Locale.ROOT);
                    p.remove(c);
                    p.add(date, c.getDependent(), "case");
                }
            }
            p.remove(g.getEdge(noun, date));
            p.add(verb, date, phrase);
            return true;
        }
        return false;
    }

    /** "Ann's place": a noun a person's name is the possessor of. */
    private static boolean hasPersonPossessor(SemanticGraph g, IndexedWord noun, List<NamedSpan> mentions) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            if (e.getRelation().toString().equals("nmod:poss") && isPersonHead(e.getDependent(), mentions)) {
                return true;
            }
        }
        return false;
    }

    private static IndexedWord dateModifier(SemanticGraph g, IndexedWord noun) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            IndexedWord d = e.getDependent();
            String rel = e.getRelation().toString();
            if ((rel.equals("nummod") || rel.equals("compound")) && d.index() < noun.index() && DATE_TAGS.contains(d.ner())) {
                return d;
            }
        }
        return null;
    }

    private static final Set<String> DATE_TAGS = Set.of("DATE");
}
