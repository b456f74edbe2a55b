package org.biokg.extract.resolve;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.ExtractionState;
import org.biokg.extract.ExtractionStep;
import org.biokg.extract.Holding;
import org.biokg.extract.Mention;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.text.WordList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A relative named once and then only by the kin noun: "His father, Karl Roe, was an engineer. … His father died
 * in 1941": the second "his father" is Karl Roe. The step reads the text in order and notes, for each person and
 * kin noun ({@code kin-nouns.txt}), the one name the text puts beside them ("her husband Bob", "Bob, her husband",
 * "Her husband was Bob"); a later bare "her husband" of the same person becomes a mention of that name. A noun two
 * different people were named by ("his brother Bob", "his brother Cy") stays unresolved, except a spouse, who is
 * the one named last ("his second wife, Eva").
 */
public final class KinDescriptions implements ExtractionStep {
    private static final WordList KIN = WordList.fromResource("org/biokg/extract/kin-nouns.txt");
    /** The relations that put a name beside a kin noun. */
    private static final Set<String> BESIDE = Set.of("appos", "compound", "flat", "dep", "nsubj");
    private static final Set<String> SPOUSES = Set.of("husband", "wife");
    /** The noun a marriage is noted under, for either "husband" or "wife". */
    private static final String SPOUSE = "spouse";
    /** A kin noun with two different people named by it. */
    private static final Entity SEVERAL = new Entity("several", "several", EntityType.PERSON);

    @Override
    public String id() {
        return "kin-descriptions";
    }

    @Override
    public Set<Holding> needs() {
        return Set.of(Holding.MENTIONS, Holding.REPAIRED_PARSES, Holding.ENTITIES);
    }

    @Override
    public Set<Holding> provides() {
        return Set.of(Holding.KIN_DESCRIPTIONS);
    }

    @Override
    public void apply(ExtractionState state) {
        AnnotatedDocument doc = state.doc();
        Map<Mention, Entity> entityOf = state.entityOf();
        Map<Kin, Entity> named = new HashMap<>();
        List<List<Mention>> mentions = new ArrayList<>();
        for (int s = 0; s < state.mentions().size(); s++) {
            List<Mention> sentence = new ArrayList<>(state.mentions().get(s));
            SemanticGraph g = doc.sentence(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (g != null) {
                Map<Mention, Kin> bare = new HashMap<>();
                for (IndexedWord w : g.vertexSet()) {
                    read(doc, s, g, w, sentence, entityOf, named, bare);
                    married(g, w, sentence, entityOf, named);
                }
                // the names of the sentence noted first: "His father, Karl, and his mother …"
                for (Map.Entry<Mention, Kin> b : bare.entrySet()) {
                    Mention m = b.getKey();
                    Kin kin = b.getValue();
                    Entity e = named.get(kin);
                    if (e == null && SPOUSES.contains(kin.noun())) {
                        e = named.get(new Kin(kin.person(), SPOUSE));
                    }
                    if (e != null && e != SEVERAL) {
                        sentence.add(m);
                        entityOf.put(m, e);
                    }
                }
                sentence.sort(Mention.IN_TEXT_ORDER);
            }
            mentions.add(sentence);
        }
        state.setMentions(mentions);
    }

    /**
     * Notes the name beside a kin noun of a person, or puts a bare kin noun ("his father" alone) into {@code bare}
     * with its key (person and noun).
     */
    private static void read(AnnotatedDocument doc, int s, SemanticGraph g, IndexedWord kin, List<Mention> sentence,
                             Map<Mention, Entity> entityOf, Map<Kin, Entity> named, Map<Mention, Kin> bare) {
        String noun = kin.word().toLowerCase(Locale.ROOT);
        if (!kin.tag().equals("NN") || !KIN.contains(noun)) {
            return;
        }
        Mention own = Mention.at(sentence, kin.index() - 1, false);
        if (own != null && own.head() == kin.index() - 1) {
            return; // already a mention of its own
        }
        IndexedWord poss = null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(kin)) {
            if (e.getRelation().toString().equals("nmod:poss")) {
                poss = e.getDependent();
            }
        }
        Mention owner = poss == null ? null : Mention.at(sentence, poss.index() - 1, false);
        Entity person = owner == null ? null : entityOf.get(owner);
        if (person == null || person.type() != EntityType.PERSON) {
            return;
        }
        Kin key = new Kin(person.id(), noun);
        Entity beside = nameBeside(g, kin, sentence, entityOf);
        if (beside != null && !beside.equals(person)) {
            Entity before = named.get(key);
            named.put(key, before == null || before.equals(beside) || SPOUSES.contains(noun) ? beside : SEVERAL);
            return;
        }
        bare.put(new Mention(s, owner.begin(), kin.index(), kin.index() - 1, EntityType.PERSON, Mention.Kind.DEFINITE,
                doc.text(s, owner.begin(), kin.index())), key);
    }

    /** "In 1930 Roe married Ada Brun": each is the other's spouse, whom a later "his wife" may mean. */
    private static void married(SemanticGraph g, IndexedWord verb, List<Mention> sentence, Map<Mention, Entity> entityOf,
                                Map<Kin, Entity> named) {
        if (!"marry".equals(verb.lemma()) || !verb.tag().startsWith("VB")) {
            return;
        }
        Entity a = argument(g, verb, "nsubj", sentence, entityOf);
        Entity b = argument(g, verb, "obj", sentence, entityOf);
        if (a != null && b != null && !a.equals(b)) {
            named.put(new Kin(a.id(), SPOUSE), b);
            named.put(new Kin(b.id(), SPOUSE), a);
        }
    }

    private static Entity argument(SemanticGraph g, IndexedWord verb, String relation, List<Mention> sentence,
                                   Map<Mention, Entity> entityOf) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            Mention m = e.getRelation().toString().equals(relation) ? Mention.at(sentence, e.getDependent().index() - 1, false) : null;
            Entity entity = m == null ? null : entityOf.get(m);
            if (entity != null && entity.type() == EntityType.PERSON) {
                return entity;
            }
        }
        return null;
    }

    /** The person named beside a kin noun, in either direction of an edge of {@link #BESIDE}; null if none. */
    private static Entity nameBeside(SemanticGraph g, IndexedWord kin, List<Mention> sentence, Map<Mention, Entity> entityOf) {
        List<IndexedWord> near = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(kin)) {
            if (BESIDE.contains(e.getRelation().toString())) {
                near.add(e.getDependent());
            }
        }
        for (SemanticGraphEdge e : g.incomingEdgeList(kin)) {
            if (BESIDE.contains(e.getRelation().toString())) {
                near.add(e.getGovernor());
            }
        }
        for (IndexedWord w : near) {
            Mention m = Mention.at(sentence, w.index() - 1, false);
            if (m != null && m.kind() == Mention.Kind.NAME && m.type() == EntityType.PERSON && entityOf.get(m) != null) {
                return entityOf.get(m);
            }
        }
        return null;
    }

    /** A person (entity id) and a kin noun: "Roe's father". */
    private record Kin(String person, String noun) {
    }
}
