package org.biokg.extract.resolve;

import org.biokg.extract.ExtractionState;
import org.biokg.extract.Holding;
import org.biokg.extract.ExtractionStep;
import org.biokg.extract.Entity;
import org.biokg.extract.EntityRegistry;
import org.biokg.extract.EntityType;
import org.biokg.extract.Mention;
import org.biokg.extract.ParenthesisDepth;
import org.biokg.extract.SubjectName;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import org.biokg.nlp.AnnotatedDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Mentions to entities, in document order: each name joins the entity it names (aliases and surnames through the
 * {@link EntityRegistry}), each role becomes an office, and each pronoun goes to the person or group it points
 * back to: the person the sentence before was about, a person its gender picks out, the group named last, the
 * coreference chain, the possessor named just before, and by default the biography's subject.
 */
public final class MentionResolver implements ExtractionStep {
    /** How many sentences back "the union" looks for the union it means. */
    private static final int DEFINITE_WINDOW = 3;

    private final GenderCues genderCues;

    /** With the gender nouns shipped in {@code org/biokg/extract/} ("wife", "son"). */
    public MentionResolver() {
        this(GenderCues.defaults());
    }

    MentionResolver(GenderCues genderCues) {
        this.genderCues = genderCues;
    }

    @Override
    public String id() {
        return "resolve-mentions";
    }

    @Override
    public Set<Holding> needs() {
        return Set.of(Holding.MENTIONS, Holding.SUBJECT, Holding.REPAIRED_PARSES);
    }

    @Override
    public Set<Holding> provides() {
        return Set.of(Holding.ENTITIES);
    }

    @Override
    public void apply(ExtractionState state) {
        state.setEntityOf(resolve(state.doc(), state.mentions(), state.subjectName(), state.subject(), state.registry()));
    }

    /** The entity of every mention that names one; a mention with no entity is left out. */
    Map<Mention, Entity> resolve(AnnotatedDocument doc, List<List<Mention>> mentions, SubjectName subj,
                                 Entity subject, EntityRegistry registry) {
        int n = mentions.size();
        Map<Mention, Entity> entityOf = new HashMap<>();
        Entity lastOrg = null;
        PlaceAdverbs places = new PlaceAdverbs();
        Entity lastGroup = null;
        CorefLinks coref = new CorefLinks(doc);
        int lastGroupSentence = -2;
        Map<Entity, Character> genderOf = new HashMap<>();
        Entity topicBefore = null;
        char topicGender = '?';
        for (int s = 0; s < n; s++) {
            // "they" may stand for a group named in the previous sentence, not one named pages before
            Entity groupBefore = lastGroupSentence >= s - 1 ? lastGroup : null;
            SemanticGraph graph = doc.sentence(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            // names first, then pronouns, which may point at a name anywhere in the sentence
            List<Mention> ordered = new ArrayList<>(mentions.get(s));
            ordered.sort(Comparator.comparing((Mention m) -> m.kind() == Mention.Kind.PRONOUN));
            Entity ownTopic = null;
            boolean topicKnown = false;
            boolean continuesTopic = false;
            for (Mention m : mentions.get(s)) {
                // the pronoun must fit the other person: his or her own pronoun showed the gender, or the pronoun
                // cannot be the biography's subject's
                char g = Pronouns.gender(m.text());
                boolean fits = g == topicGender || subj.gender() != '?' && g != subj.gender();
                continuesTopic |= topicBefore != null && m.kind() == Mention.Kind.PRONOUN && Pronouns.isSingular(m) && fits
                        && SentenceTopics.opensAsSubject(graph, m, mentions.get(s));
            }
            char ownTopicGender = '?';
            for (Mention m : ordered) {
                if (m.kind() == Mention.Kind.PRONOUN && !topicKnown) {
                    // the names are resolved now
                    ownTopic = readNames(graph, mentions.get(s), entityOf, subject, subj, genderOf);
                    topicKnown = true;
                }
                if (m.kind() == Mention.Kind.PRONOUN && Pronouns.isSingular(m)) {
                    // "Ann Roe was secretary until 1919. She was replaced by Bea Lee": the pronouns are Ann Roe's;
                    // "Ann Roe was secretary until her death": the possessive is Ann Roe's
                    if (continuesTopic) {
                        entityOf.put(m, topicBefore);
                        continue;
                    }
                    if (ownTopic != null && SentenceTopics.inAdjunct(graph, m)) {
                        entityOf.put(m, ownTopic);
                        ownTopicGender = Pronouns.gender(m.text());
                        continue;
                    }
                    // "she" in a man's biography: the woman named last, in this or the two sentences before, whom the
                    // text called a wife, a daughter, ...
                    char g = Pronouns.gender(m.text());
                    if (subj.gender() != '?' && g != subj.gender()) {
                        Entity named = lastNamedOfGender(doc, mentions, s, m, g, subject, entityOf, genderOf);
                        if (named != null) {
                            entityOf.put(m, named);
                            continue;
                        }
                    }
                }
                if (m.kind() == Mention.Kind.PRONOUN && Pronouns.gender(m.text()) == 'p') {
                    // "they", "their": the group named last in this or the previous sentence
                    Entity group = lastGroupBefore(doc, m, mentions.get(s), entityOf, groupBefore, subject);
                    if (group == PLURAL_PERSONS) {
                        continue;
                    }
                    // "In 1930 Ivo Lind married Lise Moe. They had two sons": the couple of the sentence before
                    group = group != null || !"they".equalsIgnoreCase(m.text()) || !SentenceTopics.opensAsSubject(graph, m, mentions.get(s)) ? group : topicBefore;
                    if (group != null) {
                        entityOf.put(m, group);
                        continue;
                    }
                }
                Entity e = null;
                if (m.kind() == Mention.Kind.PRONOUN) {
                    // with CoreNLP coreference on, a pronoun is whoever its chain names
                    e = coref.antecedent(m, mentions, entityOf);
                }
                if (e == null) {
                    // "his wife Sarah, née Kahn": a maiden name is the woman just named, not another person
                    Mention married = PrecedingNames.marriedName(doc, m, mentions.get(s));
                    e = married != null ? entityOf.get(married) : null;
                }
                if (e == null) {
                    e = m.kind() == Mention.Kind.DEFINITE && m.type() == EntityType.PLACE
                            ? places.place(m, mentions.get(s), entityOf)
                            : resolve(doc, m, mentions.get(s), subj, subject, registry, lastOrg, genderOf, entityOf);
                }
                if (e != null) {
                    entityOf.put(m, e);
                    places.note(e, s);
                    if (e.type() == EntityType.ORGANIZATION) {
                        lastOrg = e;
                        if (isGroup(doc, m)) {
                            lastGroup = e;
                            lastGroupSentence = s;
                        }
                    }
                }
            }
            if (!topicKnown) {
                ownTopic = readNames(graph, mentions.get(s), entityOf, subject, subj, genderOf);
            }
            ObjectPronouns.rebind(doc, graph, mentions, s, entityOf, genderOf);
            if (!(continuesTopic && ownTopic == null)) {
                topicBefore = ownTopic;
                topicGender = ownTopicGender;
            }
        }
        return entityOf;
    }

    private Entity resolve(AnnotatedDocument doc, Mention m, List<Mention> sentenceMentions, SubjectName subj,
                           Entity subject, EntityRegistry registry, Entity lastOrg, Map<Entity, Character> genderOf,
                           Map<Mention, Entity> resolved) {
        if (m.kind() == Mention.Kind.PRONOUN) {
            // "weakened Ann Roe by removing her": the person the main verb acts on
            Mention bound = AdjunctPronouns.antecedent(
                    doc.sentence(m.sentence()).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class),
                    m, sentenceMentions);
            if (bound != null) {
                return registry.resolve(bound.text(), EntityType.PERSON, bound.sentence());
            }
            // "the son of Bob Roe and his wife Ann": a possessive right after a named person is that person's
            Entity near = PrecedingNames.possessor(doc, m, sentenceMentions, registry);
            if (near != null && genderOf.getOrDefault(near, Pronouns.gender(m.text())) != Pronouns.gender(m.text())) {
                near = null; // "his wife Ann and his son Bob": the second "his" is not Ann's
            }
            if (near != null) {
                return near;
            }
            // biographies speak of their subject; other persons are named
            char g = Pronouns.gender(m.text());
            return subj.gender() == '?' || g == subj.gender() || g == 'p' ? subject : null;
        }
        if (m.kind() == Mention.Kind.DEFINITE) {
            return registry.recentBody(m.text(), m.sentence(), DEFINITE_WINDOW);
        }
        if (m.kind() == Mention.Kind.ROLE) {
            String label = OfficeLabels.withNamedBody(OfficeLabels.of(doc, m, sentenceMentions, lastOrg, resolved), registry, m.sentence());
            return registry.resolve(label, EntityType.OFFICE, m.sentence());
        }
        if (m.type() == EntityType.PERSON && insideParentheses(doc, m)) {
            // "Sergei Roe (not to be confused with Lev Roe)": an aside does not make Lev the Roe of the story
            return registry.resolveAside(m.text(), m.type(), m.sentence());
        }
        return registry.resolve(m.text(), m.type(), m.sentence());
    }

    private static boolean insideParentheses(AnnotatedDocument doc, Mention m) {
        return ParenthesisDepth.of(doc.tokens(m.sentence()))[m.begin()] > 0;
    }

    /** A plural name: "the Greens", "Left Socialists" (a group whose members "they" can refer to). */
    private static boolean isGroup(AnnotatedDocument doc, Mention m) {
        return m.kind() == Mention.Kind.NAME && doc.tokens(m.sentence()).get(m.head()).tag().equals("NNPS");
    }

    private static Entity lastGroupBefore(AnnotatedDocument doc, Mention pronoun, List<Mention> sentence, Map<Mention, Entity> entityOf,
                                          Entity previous, Entity subject) {
        var toks = doc.tokens(pronoun.sentence());
        Entity found = null;
        int persons = 0;
        boolean withSubject = false;
        for (Mention m : sentence) {
            if (m.begin() >= pronoun.begin()) {
                break;
            }
            if (m.type() == EntityType.PERSON && m.kind() == Mention.Kind.NAME) {
                persons++;
                withSubject |= subject != null && subject.equals(entityOf.get(m));
            }
            Entity e = entityOf.get(m);
            if (e != null && e.type() == EntityType.ORGANIZATION && m.kind() == Mention.Kind.NAME) {
                // "Guild officials ... them": the people the name qualifies, not the body
                found = m.end() < toks.size() && toks.get(m.end()).tag().equals("NNS") ? PLURAL_PERSONS : e;
                persons = 0;
            }
        }
        if (persons == 2 && withSubject && Set.of("they", "couple").contains(pronoun.text().toLowerCase(Locale.ROOT)) && found == null) {
            // "Roe married Ann Lee; they had a son": the subject and the one just named, as after a full stop
            return null;
        }
        if (persons >= 2) {
            // "Ann and Bob ... their", also after a body ("membership in the Guild, Ann, Bob and their
            // supporters"): the people named last, several of them, not one group
            return PLURAL_PERSONS;
        }
        return found != null ? found : previous;
    }

    /** Marks a plural pronoun that stands for several named people: no single entity to resolve to. */
    private static final Entity PLURAL_PERSONS = new Entity("-", "-", EntityType.PERSON);

    /**
     * What a sentence's resolved names tell about its pronouns: the genders it states (into {@code genderOf}) and
     * the person it is about, if not the biography's subject (see {@link SentenceTopics}).
     */
    private Entity readNames(SemanticGraph graph, List<Mention> sentence, Map<Mention, Entity> entityOf, Entity subject,
                             SubjectName subj, Map<Entity, Character> genderOf) {
        genderCues.read(graph, sentence, entityOf, genderOf);
        return SentenceTopics.topic(graph, sentence, entityOf, subject,
                p -> subj.gender() == '?' ? Pronouns.isSingular(p) : Pronouns.gender(p.text()) == subj.gender());
    }

    /** How many sentences back a pronoun looks for a person of its gender who is not the biography's subject. */
    private static final int GENDER_LOOKBACK = 2;

    /**
     * The person named last before {@code pronoun} (in its sentence or the ones just before, leaving out the
     * biography's subject and names in parenthetical asides) when the text gave that person the pronoun's gender
     * {@code g}; null when the last person named is of another or an unknown gender: no guess.
     */
    private static Entity lastNamedOfGender(AnnotatedDocument doc, List<List<Mention>> mentions, int s, Mention pronoun,
                                            char g, Entity subject, Map<Mention, Entity> entityOf,
                                            Map<Entity, Character> genderOf) {
        Entity last = PrecedingNames.lastNamedPerson(doc, mentions, s, pronoun, GENDER_LOOKBACK, entityOf, e -> !e.equals(subject));
        return last != null && genderOf.getOrDefault(last, '?') == g ? last : null;
    }
}
