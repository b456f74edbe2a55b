package org.biokg.extract.resolve;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.Mention;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.biokg.text.WordList;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's gender as the text states it beside the name: "his wife, Ann Roe", "Ann Roe (daughter of Bob
 * Roe)", "Ann was his sister". Used to find whom "she" means in a man's biography (and "he" in a woman's),
 * where the pronoun cannot be the subject. The nouns are data: {@code female-nouns.txt}, {@code male-nouns.txt}.
 */
final class GenderCues {
    private static final Set<String> BESIDE = Set.of("appos", "compound", "dep", "nsubj");
    private final WordList female;
    private final WordList male;

    GenderCues(WordList female, WordList male) {
        this.female = female;
        this.male = male;
    }

    static GenderCues defaults() {
        return new GenderCues(WordList.fromResource("org/biokg/extract/female-nouns.txt"),
                WordList.fromResource("org/biokg/extract/male-nouns.txt"));
    }

    /** Records in {@code genderOf} the gender ('f' or 'm') the sentence states for the people it names. */
    void read(SemanticGraph g, List<Mention> mentions, Map<Mention, Entity> entityOf, Map<Entity, Character> genderOf) {
        for (SemanticGraphEdge e : g.edgeIterable()) {
            if (!BESIDE.contains(e.getRelation().toString())) {
                continue;
            }
            // either side may be the name: "his wife, Ann" (appos from the noun), "Ann, his wife" (from the name),
            // "Ann was his wife" (the noun is the predicate, the name its subject)
            mark(e.getGovernor(), e.getDependent(), mentions, entityOf, genderOf);
            if (!e.getRelation().toString().equals("nsubj")) {
                mark(e.getDependent(), e.getGovernor(), mentions, entityOf, genderOf);
            }
        }
    }

    private void mark(IndexedWord noun, IndexedWord name, List<Mention> mentions, Map<Mention, Entity> entityOf,
                      Map<Entity, Character> genderOf) {
        String lemma = noun.lemma() != null ? noun.lemma() : noun.word();
        char gender = female.contains(lemma) ? 'f' : male.contains(lemma) ? 'm' : '?';
        if (gender == '?' || !noun.tag().startsWith("NN") || noun.tag().startsWith("NNP")) {
            return;
        }
        for (Mention m : mentions) {
            if (m.head() == name.index() - 1 && m.kind() == Mention.Kind.NAME && m.type() == EntityType.PERSON) {
                Entity person = entityOf.get(m);
                if (person != null) {
                    genderOf.putIfAbsent(person, gender);
                }
            }
        }
    }
}
