package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/**
 * "She moved to Lund and died there", "he returned there in 1950": the adverb "there" does what a place phrase does
 * ("died in Lund", "returned to Lund"), so the verb gets it as one, "to" after a verb of motion, "in" after any
 * other. Which place it stands for is settled with the mentions (a "there" mention, resolved to the place named
 * before it).
 */
public final class ReadThereAsAPlacePhrase implements Repair {
    private static final Set<String> MOTION = Set.of("move", "go", "return", "travel", "emigrate", "immigrate", "flee",
            "come", "relocate", "send", "deport", "escape", "sail", "transfer");

    @Override
    public String id() {
        return "read-there-as-a-place-phrase";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        SemanticGraph g = p.graph();
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord there = e.getDependent();
            IndexedWord verb = e.getGovernor();
            if (!e.getRelation().toString().equals("advmod") || !there.word().equalsIgnoreCase("there")
                    || !there.tag().equals("RB") || !verb.tag().startsWith("VB")) {
                continue;
            }
            String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
            p.add(verb, there, MOTION.contains(lemma) ? "obl:to" : "obl:in");
        }
    }
}
