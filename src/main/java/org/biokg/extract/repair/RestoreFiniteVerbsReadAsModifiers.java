package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.biokg.nlp.ParseQuestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.biokg.extract.repair.Names.*;

/**
 * A past-tense verb the parser hung on a noun phrase as a modifier, leaving it without a subject:
 * <ul>
 * <li>"why Ann, a quiet woman and Bob's sister-in-law, sided with Cy": "sided" as an {@code acl} of
 * "sister-in-law"; its subject is the name the phrase describes (up through appositions, conjuncts and
 * nominal modifiers);</li>
 * <li>"Bob's sister, Ann, married Cy Lee, a lawyer": "married" as an {@code amod} of "Cy Lee", itself an
 * apposition of "sister"; the verb's subject is the name in apposition before it and its object the name
 * it modifies (which is then no longer an apposition of "sister").</li>
 * </ul>
 * A reduced relative ("a man known as", "the troops sent to") is a participle (VBN/VBG), never touched.
 */
public final class RestoreFiniteVerbsReadAsModifiers implements Repair {
    @Override
    public String id() {
        return "restore-finite-verbs-read-as-modifiers";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        run(p, p.graph(), p.names());
    }

    private static void run(ParseUnderRepair p, SemanticGraph g, List<NamedSpan> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getDependent();
            String rel = e.getRelation().toString();
            // the tagger errs with the parser: "sided" comes out VBN, "married" JJ
            if (!verb.word().endsWith("ed") || !Set.of("VBD", "VBN", "JJ").contains(verb.tag()) || ParseQuestions.hasSubject(g, verb)
                    || !afterComma(g, verb)) {
                continue;
            }
            IndexedWord noun = e.getGovernor();
            if (rel.equals("acl") && noun.index() < verb.index() && !verb.tag().equals("JJ")) {
                IndexedWord top = describedName(g, noun, mentions);
                if (top != null && !ParseQuestions.isSubject(g, top)) {
                    p.add(verb, top, "nsubj");
                }
            } else if (rel.equals("amod") && verb.index() < noun.index() && isPersonHead(noun, mentions)) {
                // "married Lev Roe": the modifier may hang on the first name, the apposition on the last
                for (SemanticGraphEdge in : g.incomingEdgeList(noun)) {
                    if (in.getRelation().toString().equals("compound") && isPersonHead(in.getGovernor(), mentions)) {
                        noun = in.getGovernor();
                    }
                }
                SemanticGraphEdge appos = null;
                for (SemanticGraphEdge in : g.incomingEdgeList(noun)) {
                    if (in.getRelation().toString().equals("appos")) {
                        appos = in;
                    }
                }
                if (appos == null) {
                    continue;
                }
                IndexedWord subject = null;
                for (SemanticGraphEdge a : g.outgoingEdgeList(appos.getGovernor())) {
                    IndexedWord d = a.getDependent();
                    if (a.getRelation().toString().equals("appos") && d.index() < verb.index() && isPersonHead(d, mentions)) {
                        subject = d;
                    }
                }
                if (subject == null) {
                    continue;
                }
                p.remove(e);
                p.remove(appos);
                // "married Cy Lee, a lawyer": what follows the object describes the object
                for (SemanticGraphEdge later : new ArrayList<>(g.outgoingEdgeList(appos.getGovernor()))) {
                    if (later.getRelation().toString().equals("appos") && later.getDependent().index() > noun.index()) {
                        p.remove(later);
                        p.add(noun, later.getDependent(), "appos");
                    }
                }
                if (!verb.tag().startsWith("VB")) {
                    verb.setTag("VBD");
                    p.changedNode();
                    verb.setLemma(edu.stanford.nlp.process.Morphology.lemmaStatic(verb.word(), "VBD"));
                }
                p.add(appos.getGovernor(), verb, "acl");
                p.add(verb, subject, "nsubj");
                p.add(verb, noun, "obj");
            }
        }
    }

    /** The word before {@code w} is a comma: the verb follows the comma that closes an apposition. */
    private static boolean afterComma(SemanticGraph g, IndexedWord w) {
        IndexedWord before = g.getNodeByIndexSafe(w.index() - 1);
        return before != null && before.word().equals(",");
    }

    /** The person's name a noun phrase describes: up from {@code noun} through appositions, conjuncts and nmods. */
    private static IndexedWord describedName(SemanticGraph g, IndexedWord noun, List<NamedSpan> mentions) {
        IndexedWord w = noun;
        for (int depth = 0; depth < 6 && w != null; depth++) {
            if (depth > 0 && isPersonHead(w, mentions) && isNameHead(w, mentions)) {
                return w;
            }
            IndexedWord up = null;
            for (SemanticGraphEdge in : g.incomingEdgeList(w)) {
                String r = in.getRelation().toString();
                if (r.equals("appos") || r.startsWith("conj") || r.startsWith("nmod")) {
                    up = in.getGovernor();
                    break;
                }
            }
            w = up;
        }
        return null;
    }
}
