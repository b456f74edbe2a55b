package org.biokg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import org.biokg.Progress;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.text.Section;
import org.biokg.text.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The extract stage: from an annotated document to facts with evidence. Mentions are found per sentence,
 * merged into entities in document order, and the rules of each relation are run over every sentence;
 * infobox fields add facts of their own.
 */
public final class Extractor {
    /** How far (in dependency edges) a date may sit from the trigger and still date the fact. */
    private static final int MAX_DATE_DISTANCE = 5;
    private static final double PRONOUN_PENALTY = 0.05;
    /** How many tokens may separate a bare title ("Chairman") from the body named beside it. */
    private static final int MAX_TITLE_BODY_GAP = 10;
    private static final double COERCION_PENALTY = 0.1;
    /** How far back (in tokens) a possessive pronoun looks for the person it belongs to. */
    private static final int POSSESSOR_WINDOW = 12;
    /** How many sentences back the narrative's current date is looked for. */
    private static final int CONTEXT_SENTENCES = 5;

    private final MentionFinder mentionFinder;
    private final RelationFinder relationFinder;
    private final LifeDatesFinder lifeDates;
    private final SubjectFinder subjectFinder = new SubjectFinder();
    private final InfoboxFacts infobox;
    private final Lexicon lexicon;
    private final GenderCues genderCues = GenderCues.defaults();

    public Extractor(Lexicon lexicon, MentionFinder mentionFinder, RelationFinder relationFinder, LifeDatesFinder lifeDates,
                     InfoboxFacts infobox) {
        this.lexicon = lexicon;
        this.mentionFinder = mentionFinder;
        this.relationFinder = relationFinder;
        this.lifeDates = lifeDates;
        this.infobox = infobox;
    }

    /** An extractor with the rule files shipped in {@code org/biokg/extract/}. */
    public static Extractor withDefaultRules() {
        Lexicon lexicon = Lexicon.defaults();
        return new Extractor(lexicon, new MentionFinder(lexicon),
                new RelationFinder(RuleSet.load(), ClauseFilter.defaults()),
                LifeDatesFinder.defaults(), InfoboxFacts.defaults());
    }

    public ExtractionResult extract(AnnotatedDocument doc) {
        return extract(doc, Progress.NONE);
    }

    public ExtractionResult extract(AnnotatedDocument doc, Progress progress) {
        int n = doc.sentences().size();
        String docId = doc.clean().source().id();
        progress.start("extracting facts", n);
        List<List<Mention>> mentions = new ArrayList<>(n);
        List<List<DateMention>> dates = new ArrayList<>(n);
        // "ten years later": a time told relative to one the sentence does not give
        List<List<DateMention>> relativeDates = new ArrayList<>(n);
        Integer lastYear = null;
        for (int s = 0; s < n; s++) {
            mentions.add(mentionFinder.find(doc, s));
            List<DateMention> ds = new ArrayList<>();
            Section section = doc.clean().sectionOf(doc.clean().sentences().get(s));
            int[] depth = ParenthesisDepth.of(doc.tokens(s));
            List<DateMention> relative = new ArrayList<>();
            relativeDates.add(relative);
            for (DateMention d : mentionFinder.dates(doc, s)) {
                if (d.value() == null && d.timex() != null && d.timex().startsWith("OFFSET")) {
                    relative.add(d);
                    continue;
                }
                if (d.value() != null) {
                    ds.add(d);
                    if (d.begin() >= depth.length || depth[d.begin()] == 0) {
                        // an aside ("(quoted in a book of 1934)") does not move the story's year
                        lastYear = d.value().year();
                    }
                    continue;
                }
                // "on October 8": the year the text last gave, else the section's
                Integer year = lastYear != null ? lastYear : section != null ? section.startYear() : null;
                if (year != null && section != null && section.startYear() != null && section.endYear() != null) {
                    // a heading's years bound its story: a year last given by a citation ("Gazette, May 6, 1938")
                    // does not carry "on 8 November" out of a section headed "(1850–1855)"
                    year = Math.max(section.startYear(), Math.min(section.endYear(), year));
                }
                var parsed = DateValues.parse(d.timex()).orElse(null);
                // a day completes ("on October 8"); a bare month only after a preposition ("in late September"):
                // a month name is too often part of a name ("the March Days")
                if (year != null && parsed != null && parsed.monthDay() != null
                        && (parsed.monthDay().length() == 5 || parsed.monthDay().length() == 2 && afterPreposition(doc, d))) {
                    ds.add(new DateMention(s, d.begin(), d.end(), parsed.withYear(year), d.timex(), null));
                }
            }
            dates.add(ds);
        }

        new MentionRetyper().repair(doc, mentions);
        SubjectFinder.Subject subj = subjectFinder.find(doc, mentions);
        EntityRegistry registry = new EntityRegistry(lexicon);
        Entity subject = registry.subject(subj.label(), subj.aliases());
        Map<Mention, Entity> entityOf = new HashMap<>();
        Entity lastOrg = null;
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
                char g = pronounGender(m.text());
                boolean fits = g == topicGender || subj.gender() != '?' && g != subj.gender();
                continuesTopic |= topicBefore != null && m.kind() == Mention.Kind.PRONOUN && isSingular(m) && fits
                        && SentenceTopics.opensAsSubject(graph, m, mentions.get(s));
            }
            char ownTopicGender = '?';
            for (Mention m : ordered) {
                if (m.kind() == Mention.Kind.PRONOUN && !topicKnown) {
                    // the names are resolved now
                    ownTopic = readNames(graph, mentions.get(s), entityOf, subject, subj, genderOf);
                    topicKnown = true;
                }
                if (m.kind() == Mention.Kind.PRONOUN && isSingular(m)) {
                    // "Ann Roe was secretary until 1919. She was replaced by Bea Lee": the pronouns are Ann Roe's;
                    // "Ann Roe was secretary until her death": the possessive is Ann Roe's
                    if (continuesTopic) {
                        entityOf.put(m, topicBefore);
                        continue;
                    }
                    if (ownTopic != null && SentenceTopics.inAdjunct(graph, m)) {
                        entityOf.put(m, ownTopic);
                        ownTopicGender = pronounGender(m.text());
                        continue;
                    }
                    // "she" in a man's biography: the woman named last, in this or the two sentences before, whom the
                    // text called a wife, a daughter, ...
                    char g = pronounGender(m.text());
                    if (subj.gender() != '?' && g != subj.gender()) {
                        Entity named = lastNamedOfGender(doc, mentions, s, m, g, subject, entityOf, genderOf);
                        if (named != null) {
                            entityOf.put(m, named);
                            continue;
                        }
                    }
                }
                if (m.kind() == Mention.Kind.PRONOUN && pronounGender(m.text()) == 'p') {
                    // "they", "their": the group named last in this or the previous sentence
                    Entity group = lastGroupBefore(m, mentions.get(s), entityOf, groupBefore);
                    if (group == PLURAL_PERSONS) {
                        continue;
                    }
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
                    e = resolve(doc, m, mentions.get(s), subj, subject, registry, lastOrg, genderOf);
                }
                if (e != null) {
                    entityOf.put(m, e);
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
            if (!(continuesTopic && ownTopic == null)) {
                topicBefore = ownTopic;
                topicGender = ownTopicGender;
            }
        }

        FactBook book = new FactBook();
        infobox.read(doc.clean().infobox(), subject, registry, book, docId);
        for (int s = 0; s < n; s++) {
            Sentence sentence = doc.clean().sentences().get(s);
            DateMention context = contextDate(doc, dates, s);
            for (Candidate c : relationFinder.find(doc, s, mentions.get(s), dates.get(s))) {
                addCandidate(doc, s, sentence, c, entityOf, dates.get(s), relativeDates.get(s), context, registry, book, docId,
                        subject);
            }
            List<LifeDatesFinder.LifeDate> found = new ArrayList<>(lifeDates.find(doc, s, mentions.get(s)));
            if (s == 0) {
                mentions.get(0).stream().filter(m -> entityOf.get(m) == subject && m.kind() == Mention.Kind.NAME).findFirst()
                        .ifPresent(m -> found.addAll(lifeDates.findInLead(doc, m)));
            }
            for (LifeDatesFinder.LifeDate ld : found) {
                Entity person = entityOf.get(ld.person());
                if (person == null) {
                    continue;
                }
                if (ld.place() != null) {
                    // "(18 May 1931 in Brno – 10 June 1991, Prague)": where the person was born and died
                    Evidence ev = new Evidence(docId, s, sentence.span(), sentence.text(),
                            doc.originalSpan(s, ld.person().begin(), ld.person().end()),
                            doc.originalSpan(s, ld.placeBegin(), ld.placeEnd()), ld.relation().id() + "/" + ld.rule(), 0.85);
                    book.add(ld.relation(), person, registry.resolve(ld.place(), EntityType.PLACE, s), ev);
                    continue;
                }
                Evidence ev = new Evidence(docId, s, sentence.span(), sentence.text(),
                        doc.originalSpan(s, ld.person().begin(), ld.person().end()),
                        doc.originalSpan(s, ld.begin(), ld.end()), ld.relation().id() + "/" + ld.rule(), 0.9);
                book.addDated(ld.relation(), person, ld.date(), ev);
            }
            progress.update(s + 1);
        }
        for (Fact f : book.facts()) {
            if (f.object() != null && f.object().equals(f.subject())) {
                book.remove(f);
            }
        }
        book.mergeCoarserDates();
        progress.finish();
        List<Fact> facts = book.facts();
        Set<Entity> used = new LinkedHashSet<>();
        used.add(subject);
        for (Fact f : facts) {
            used.add(f.subject());
            if (f.object() != null) {
                used.add(f.object());
            }
            if (f.body() != null) {
                used.add(f.body());
            }
        }
        return new ExtractionResult(docId, doc.clean().source().name(), subject, new ArrayList<>(used), facts);
    }

    /** Whether a date mention follows a preposition ("in", "by", "until"), perhaps with a modifier ("in early"). */
    private static boolean afterPreposition(AnnotatedDocument doc, DateMention d) {
        var toks = doc.tokens(d.sentence());
        int k = d.begin() - 1;
        while (k >= 0 && Set.of("early", "late", "mid").contains(toks.get(k).word().toLowerCase(Locale.ROOT))) {
            k--;
        }
        return k >= 0 && toks.get(k).tag().equals("IN");
    }

    private Entity resolve(AnnotatedDocument doc, Mention m, List<Mention> sentenceMentions, SubjectFinder.Subject subj,
                           Entity subject, EntityRegistry registry, Entity lastOrg, Map<Entity, Character> genderOf) {
        if (m.kind() == Mention.Kind.PRONOUN) {
            // "weakened Ann Roe by removing her": the person the main verb acts on
            Mention bound = AdjunctPronouns.antecedent(
                    doc.sentence(m.sentence()).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class),
                    m, sentenceMentions);
            if (bound != null) {
                return registry.resolve(bound.text(), EntityType.PERSON, bound.sentence());
            }
            // "the son of Bob Roe and his wife Ann": a possessive right after a named person is that person's
            Entity near = possessor(doc, m, sentenceMentions, registry);
            if (near != null && genderOf.getOrDefault(near, pronounGender(m.text())) != pronounGender(m.text())) {
                near = null; // "his wife Ann and his son Bob": the second "his" is not Ann's
            }
            if (near != null) {
                return near;
            }
            // biographies speak of their subject; other persons are named
            char g = pronounGender(m.text());
            return subj.gender() == '?' || g == subj.gender() || g == 'p' ? subject : null;
        }
        if (m.kind() == Mention.Kind.ROLE) {
            return registry.resolve(officeLabel(doc, m, sentenceMentions, lastOrg), EntityType.OFFICE, m.sentence());
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

    private static Entity lastGroupBefore(Mention pronoun, List<Mention> sentence, Map<Mention, Entity> entityOf, Entity previous) {
        Entity found = null;
        int persons = 0;
        for (Mention m : sentence) {
            if (m.begin() >= pronoun.begin()) {
                break;
            }
            if (m.type() == EntityType.PERSON && m.kind() == Mention.Kind.NAME) {
                persons++;
            }
            Entity e = entityOf.get(m);
            if (e != null && e.type() == EntityType.ORGANIZATION && m.kind() == Mention.Kind.NAME) {
                found = e;
            }
        }
        if (found == null && persons >= 2) {
            return PLURAL_PERSONS; // "Ann and Bob ... their": several people, not one group
        }
        return found != null ? found : previous;
    }

    /** Marks a plural pronoun that stands for several named people: no single entity to resolve to. */
    private static final Entity PLURAL_PERSONS = new Entity("-", "-", EntityType.PERSON);

    /**
     * The person a possessive pronoun points back to when a person other than the subject is named just
     * before it in the same phrase ("Bob Roe and his wife"): the nearest preceding person name within
     * {@link #POSSESSOR_WINDOW} tokens, with only a conjunction or comma between.
     */
    private static Entity possessor(AnnotatedDocument doc, Mention pronoun, List<Mention> sentence, EntityRegistry registry) {
        if (!doc.tokens(pronoun.sentence()).get(pronoun.begin()).tag().equals("PRP$")) {
            return null;
        }
        Mention nearest = null;
        for (Mention m : sentence) {
            if (m.end() <= pronoun.begin() && m.type() == EntityType.PERSON && m.kind() == Mention.Kind.NAME) {
                nearest = m;
            }
        }
        if (nearest == null || pronoun.begin() - nearest.end() > POSSESSOR_WINDOW) {
            return null;
        }
        var toks = doc.tokens(pronoun.sentence());
        for (int k = nearest.end(); k < pronoun.begin(); k++) {
            String w = toks.get(k).word();
            if (!(w.equals("and") || w.equals(",") || w.equals("(") || w.equals(")") || toks.get(k).tag().equals("CD")
                    || w.matches("[\u2013\u2014-]"))) {
                return null;
            }
        }
        return registry.resolve(nearest.text(), EntityType.PERSON, nearest.sentence());
    }

    /**
     * What a sentence's resolved names tell about its pronouns: the genders it states (into {@code genderOf}) and
     * the person it is about, if not the biography's subject (see {@link SentenceTopics}).
     */
    private Entity readNames(SemanticGraph graph, List<Mention> sentence, Map<Mention, Entity> entityOf, Entity subject,
                             SubjectFinder.Subject subj, Map<Entity, Character> genderOf) {
        genderCues.read(graph, sentence, entityOf, genderOf);
        return SentenceTopics.topic(graph, sentence, entityOf, subject,
                p -> subj.gender() == '?' ? isSingular(p) : pronounGender(p.text()) == subj.gender());
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
        for (int k = s; k >= Math.max(0, s - GENDER_LOOKBACK); k--) {
            int[] depth = ParenthesisDepth.of(doc.tokens(k));
            Entity last = null;
            for (Mention m : mentions.get(k)) {
                if (k == s && m.begin() >= pronoun.begin()) {
                    break;
                }
                Entity e = entityOf.get(m);
                if (m.kind() == Mention.Kind.NAME && m.type() == EntityType.PERSON && e != null && !e.equals(subject)
                        && depth[m.begin()] == 0) {
                    last = e;
                }
            }
            if (last != null) {
                return genderOf.getOrDefault(last, '?') == g ? last : null;
            }
        }
        return null;
    }

    /** "he", "her": a pronoun for one person. */
    private static boolean isSingular(Mention pronoun) {
        char g = pronounGender(pronoun.text());
        return g == 'm' || g == 'f';
    }

    private static char pronounGender(String p) {
        return switch (p.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his", "himself" -> 'm';
            case "they", "them", "their" -> 'p';
            default -> 'f';
        };
    }

    /** Plural pronouns ("they had two children") include the subject only for family relations. */
    private static boolean pluralAllowed(Relation r) {
        return r == Relation.PARENT_OF || r == Relation.SPOUSE;
    }

    /**
     * An office's label. A role that names its body is its own label ("head of the Weavers League");
     * a bare title ("elected Chairman") takes the organization the sentence names, or, after "its", the
     * organization last named.
     */
    private static String officeLabel(AnnotatedDocument doc, Mention role, List<Mention> sentenceMentions, Entity lastOrg) {
        String text = role.text();
        // a role that names its body, or qualifies itself ("Whig leader", "Lord Chancellor")
        if (role.end() - 1 > role.head() || role.length() > 1) {
            return text;
        }
        List<CoreLabel> toks = doc.tokens(role.sentence());
        boolean possessive = role.begin() > 0 && Set.of("its", "their").contains(toks.get(role.begin() - 1).word().toLowerCase(Locale.ROOT));
        if (possessive) {
            // "the Guild, through the Gazette and its editor": a paper named after the last body is the one meant
            Mention before = null;
            for (Mention m : sentenceMentions) {
                if (m.end() <= role.begin() && m.kind() == Mention.Kind.NAME
                        && (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PUBLICATION)) {
                    before = m;
                }
            }
            if (before != null && before.type() == EntityType.PUBLICATION) {
                return text + " of " + LabelNormalizer.stripArticle(before.text());
            }
            // "as well as Vanguard through its editor": a proper name NER left untagged, after the last body named
            String untagged = untaggedNameBefore(toks, role.begin() - 1, before == null ? 0 : before.end());
            if (untagged != null) {
                return text + " of " + untagged;
            }
            if (lastOrg != null) {
                return text + " of the " + lastOrg.label();
            }
        }
        Mention body = null;
        for (Mention m : sentenceMentions) {
            // a body far from the title, or after a verb that follows it, is another clause's ("Senator Ann Roe,
            // chair of the committee, demanded the ban of the Green Party"); one named before may set the scene
            // ("After the Greens won a majority in the Council, Ann was elected Chairman")
            int gap = m.begin() >= role.end() ? m.begin() - role.end() : role.begin() - m.end();
            if (m.type() == EntityType.ORGANIZATION && m.kind() == Mention.Kind.NAME && !role.covers(m.head())
                    && gap <= MAX_TITLE_BODY_GAP && !(m.begin() >= role.end() && verbBetween(toks, role, m))
                    && (body == null || Math.abs(m.head() - role.head()) < Math.abs(body.head() - role.head()))) {
                body = m;
            }
        }
        if (body != null && Character.isUpperCase(text.charAt(0))) {
            return text + " of the " + LabelNormalizer.stripArticle(body.text());
        }
        return text;
    }

    /** A verb between two mentions: they belong to different clauses. */
    private static boolean verbBetween(List<CoreLabel> toks, Mention a, Mention b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.begin(), b.begin());
        for (int k = from; k < to; k++) {
            if (toks.get(k).tag().startsWith("VB")) {
                return true;
            }
        }
        return false;
    }

    /** The proper name NER left untagged ("Vanguard") closest before {@code end} and not before {@code from}. */
    private static String untaggedNameBefore(List<CoreLabel> toks, int end, int from) {
        int k = end - 1;
        while (k >= from && !toks.get(k).tag().equals("NNP")) {
            k--;
        }
        if (k < from || !"O".equals(toks.get(k).ner()) || k == 0) {
            return null;
        }
        int b = k;
        while (b - 1 >= from && toks.get(b - 1).tag().equals("NNP") && "O".equals(toks.get(b - 1).ner())) {
            b--;
        }
        StringBuilder name = new StringBuilder();
        for (int i = b; i <= k; i++) {
            name.append(i > b ? " " : "").append(toks.get(i).word());
        }
        return name.toString();
    }

    private void addCandidate(AnnotatedDocument doc, int s, Sentence sentence, Candidate c, Map<Mention, Entity> entityOf,
                              List<DateMention> dates, List<DateMention> relativeDates, DateMention context,
                              EntityRegistry registry, FactBook book, String docId, Entity biographySubject) {
        Rule rule = c.rule();
        if (rule.subjectFrom() == Rule.SubjectSource.HOLDERS) {
            endOpenTerms(doc, s, sentence, c, entityOf, dates, context, registry, book, docId);
            return;
        }
        Entity subj = c.subject() == null ? biographySubject : entityOf(c.subject(), entityOf, registry);
        if (subj == null || isPlural(c.subject()) && subj.type() == EntityType.PERSON && !pluralAllowed(rule.relation())
                || isPlural(c.object()) && entityOf.get(c.object()) != null && entityOf.get(c.object()).type() == EntityType.PERSON) {
            return;
        }
        double conf = rule.confidence() - (c.subject() == null || c.subject().kind() == Mention.Kind.PRONOUN ? PRONOUN_PENALTY : 0);
        var subjSpan = c.subject() == null ? null : doc.originalSpan(s, c.subject().begin(), c.subject().end());
        if (rule.relation().dateValued()) {
            DateMention d = c.date();
            Evidence ev = new Evidence(docId, s, sentence.span(), sentence.text(), subjSpan,
                    doc.originalSpan(s, d.begin(), d.end()), rule.id(), clamp(conf));
            book.addDated(rule.relation(), subj, d.value(), ev);
            return;
        }
        Entity obj = entityOf(c.object(), entityOf, registry);
        if (obj == null) {
            return;
        }
        if (c.object().kind() == Mention.Kind.COERCED) {
            conf -= COERCION_PENALTY;
        }
        if (rule.objectFrom() == Rule.ObjectSource.WHERE_THEY_WERE) {
            // "he was deported to Y": from the place the text last put him in (lived in, was exiled to)
            Entity origin = book.latestPlace(subj, s);
            if (origin == null || origin.equals(obj)) {
                return;
            }
            obj = origin;
        }
        if (rule.objectFrom() == Rule.ObjectSource.PREDECESSORS_TERM) {
            // "Bob was appointed Treasurer in place of Ann": her term ends here (Bob's is read by other rules)
            Fact term = c.object().kind() == Mention.Kind.NAME ? predecessorsTerm(obj, s, entityOf, book) : null;
            DateMention d = nearestDate(doc, s, c.trigger(), dates);
            if (term != null && d != null) {
                book.end(term, d.value(), new Evidence(docId, s, sentence.span(), sentence.text(), subjSpan,
                        doc.originalSpan(s, c.object().begin(), c.object().end()), rule.id(), clamp(conf)));
            }
            return;
        }
        Fact predecessorTerm = null;
        if (rule.objectFrom() == Rule.ObjectSource.PREDECESSORS_OFFICE) {
            // "Ann was replaced by Bob": Bob takes the office Ann took last and still holds; her term ends here.
            // Only a named predecessor, or a pronoun the sentence before settled: "he was replaced" read as the
            // biography's subject (the default guess) is too often someone else
            if (c.object().kind() != Mention.Kind.NAME && obj.equals(biographySubject)) {
                return;
            }
            predecessorTerm = book.currentTerm(obj);
            if (predecessorTerm == null) {
                predecessorTerm = book.justToldTerm(obj, s);
            }
            if (predecessorTerm == null) {
                return;
            }
            obj = predecessorTerm.object();
        } else if (rule.office() != null) {
            // "the Regency Council headed by X": the office is "Head of" the body
            // "led by Ann" on "the Greens" or "Left Socialists": the office is "Leader of the ..." either way
            boolean theBefore = c.object().begin() > 0 && doc.tokens(s).get(c.object().begin() - 1).word().equalsIgnoreCase("the");
            boolean plural = doc.tokens(s).get(c.object().head()).tag().equals("NNPS");
            String article = theBefore || plural ? "the " : "";
            String trigger = doc.tokens(s).get(c.trigger()).lemma();
            String role = trigger == null ? "" : LabelNormalizer.capitalizeFirst(trigger);
            // a person is a body without an article ("Deputy to Ann Roe")
            String body = (obj.type() == EntityType.PERSON ? "" : article) + obj.label();
            obj = registry.resolve(rule.office().replace("{trigger}", role).replace("{body}", body), EntityType.OFFICE, s);
        }
        if (rule.relation() == Relation.HELD_OFFICE && lexicon.namesAnEvent(obj.label())) {
            return; // "one of the leaders of the Revolution": a part played in an event, not an office
        }
        Evidence ev = new Evidence(docId, s, sentence.span(), sentence.text(), subjSpan,
                doc.originalSpan(s, c.object().begin(), c.object().end()), rule.id(), clamp(conf));
        Fact f = book.add(rule.relation(), subj, obj, ev);
        // "secretary from 1917 until his death in March 1919": a date under "until" is the end, never the start
        DateMention until = rule.dateRole() == Rule.DateRole.START ? untilDate(doc, s, c.trigger(), dates) : null;
        DateMention d = nearestDate(doc, s, c.trigger(), until == null ? dates
                : dates.stream().filter(x -> x != until).toList());
        if (d == null && rule.dateRole() == Rule.DateRole.START && nearestDate(doc, s, c.trigger(), relativeDates) == null) {
            // no date in the clause: the time the narrative is at (unless the clause moves away from it, "ten
            // years later")
            d = context;
        }
        if (rule.relation() == Relation.PARENT_OF && isPlural(c.subject())) {
            // "She married Bob in 1850. They had two children": the children are the couple's
            Entity partner = book.latestSpouse(subj, s);
            if (partner != null && !partner.equals(obj)) {
                Fact both = book.add(rule.relation(), partner, obj, ev);
                FactBook.date(both, f.start(), f.end());
            }
        }
        if (predecessorTerm != null) {
            if (d != null) {
                book.end(predecessorTerm, d.value(), ev);
            } else {
                book.addEvidence(predecessorTerm, ev);
                if (predecessorTerm.end() != null) {
                    // "... until her death in 1919. She was replaced by Bob": Bob took over then
                    FactBook.date(f, predecessorTerm.end(), null);
                }
            }
        }
        if (d != null && rule.dateRole() != Rule.DateRole.NONE) {
            if (rule.dateRole() == Rule.DateRole.START) {
                FactBook.date(f, d.value(), until != null ? until.value() : d.rangeEnd());
            } else {
                FactBook.date(f, null, d.value());
            }
        } else if (until != null) {
            FactBook.date(f, null, until.value());
        }
        if (rule.relation() == Relation.EXPELLED_FROM && obj.type() == EntityType.PLACE && f.start() != null) {
            // deported from a country or town: the stay there (lived in, exiled to) ends then
            for (Fact stay : book.openStays(subj, obj)) {
                book.end(stay, f.start(), ev);
            }
        }
    }

    /**
     * The term a successor takes over from {@code predecessor} in sentence {@code s}: her open term of an office
     * with the same title as one the sentence names ("Minister of Trade" for "Minister of Commerce"),
     * else, when the sentence names no office, the term she began last; null when unsure.
     */
    private static Fact predecessorsTerm(Entity predecessor, int s, Map<Mention, Entity> entityOf, FactBook book) {
        Set<String> titles = new java.util.HashSet<>();
        for (Map.Entry<Mention, Entity> e : entityOf.entrySet()) {
            if (e.getKey().sentence() == s && e.getValue().type() == EntityType.OFFICE) {
                titles.add(title(e.getValue().label()));
            }
        }
        if (titles.isEmpty()) {
            return book.currentTerm(predecessor);
        }
        Fact found = null;
        for (Fact f : book.openTermsOf(predecessor)) {
            if (titles.contains(title(f.object().label()))) {
                found = f;
            }
        }
        return found;
    }

    /** An office label's title, without the body or person it is of: "chief clerk" for "Chief Clerk of the Council". */
    private static String title(String officeLabel) {
        String t = officeLabel.toLowerCase(Locale.ROOT);
        for (String sep : new String[]{" of ", " to ", " for "}) {
            int k = t.indexOf(sep);
            if (k > 0) {
                t = t.substring(0, k);
            }
        }
        return t.strip();
    }

    private static boolean withinSection(DateMention d, Section sec) {
        if (sec == null || sec.startYear() == null || sec.endYear() == null || d.value() == null) {
            return true;
        }
        int y = d.value().year();
        return y >= sec.startYear() && y <= sec.endYear();
    }

    /**
     * "The Council was abolished in 1920": every term of an office of the Council (or, for "the post of
     * Treasurer was abolished", of that office; for "Ann Roe was dismissed", of the office she held last) still
     * open ends then, or at the narrative's date.
     */
    private void endOpenTerms(AnnotatedDocument doc, int s, Sentence sentence, Candidate c, Map<Mention, Entity> entityOf,
                              List<DateMention> dates, DateMention context, EntityRegistry registry, FactBook book, String docId) {
        Entity ended = entityOf(c.object(), entityOf, registry);
        // the sentence's own date, however far from the verb ("After the rising of May 3, ... the overthrown
        // Council"), before the narrative's
        DateMention d = nearestDate(doc, s, c.trigger(), dates, Integer.MAX_VALUE);
        if (d == null) {
            d = context;
        }
        if (ended == null || d == null) {
            return; // an end with no date says nothing a reader can use
        }
        Evidence ev = new Evidence(docId, s, sentence.span(), sentence.text(), null,
                doc.originalSpan(s, c.object().begin(), c.object().end()), c.rule().id(), clamp(c.rule().confidence()));
        // a person named ("dismissing her deputy, Ann Roe"): the term she took last and still holds
        List<Fact> terms = ended.type() == EntityType.PERSON
                ? java.util.Optional.ofNullable(book.currentTerm(ended)).stream().toList()
                : book.openTerms(ended);
        for (Fact term : terms) {
            book.end(term, d.value(), ev);
        }
    }

    /**
     * The date the narrative is at when sentence {@code s} begins: the last date given in the few sentences
     * before it, within the same section.
     */
    private static DateMention contextDate(AnnotatedDocument doc, List<List<DateMention>> dates, int s) {
        var sentences = doc.clean().sentences();
        int section = sentences.get(s).section();
        if (section < 0) {
            return null; // the lead sums up a whole life: its dates date nothing that follows
        }
        for (int k = s - 1; k >= Math.max(0, s - CONTEXT_SENTENCES); k--) {
            if (sentences.get(k).section() != section) {
                break;
            }
            Section sec = doc.clean().sectionOf(sentences.get(k));
            // a year outside the section's heading years is a citation's or an aside's, not the story's
            List<DateMention> ds = dates.get(k).stream().filter(d -> withinSection(d, sec)).toList();
            if (!ds.isEmpty()) {
                DateMention last = ds.get(ds.size() - 1);
                // after "from 1903 to 1917" the narrative is at 1917
                return last.rangeEnd() == null ? last
                        : new DateMention(last.sentence(), last.begin(), last.end(), last.rangeEnd(), last.timex(), null);
            }
        }
        // else the years the section's heading gives ("Exile (1929–1940)")
        Section sec = doc.clean().sectionOf(sentences.get(s));
        if (sec != null && sec.startYear() != null) {
            TimeValue y = new TimeValue(String.format(Locale.ROOT, "%04d", sec.startYear()));
            return new DateMention(s, 0, 0, y, "section", null);
        }
        return null;
    }

    /**
     * The entity of a mention. A coerced mention ("joined Vanguard", NER said person) retypes its entity
     * when that entity has only ever been named by that one word.
     */
    private static Entity entityOf(Mention m, Map<Mention, Entity> entityOf, EntityRegistry registry) {
        if (m.kind() != Mention.Kind.COERCED) {
            return entityOf.get(m);
        }
        boolean known = entityOf.keySet().stream().anyMatch(k -> k.sentence() == m.sentence() && k.begin() == m.begin() && k.end() == m.end());
        if (!known) {
            // a name NER left untagged, typed by the rule that reads it
            return registry.resolve(m.text(), m.type(), m.sentence());
        }
        for (Map.Entry<Mention, Entity> e : entityOf.entrySet()) {
            Mention k = e.getKey();
            if (k.sentence() == m.sentence() && k.begin() == m.begin() && k.end() == m.end()) {
                Entity entity = e.getValue();
                if (!entity.label().contains(" ") && entity.aliases().isEmpty()) {
                    entity.setType(m.type());
                    return entity;
                }
                if (m.type() == EntityType.PLACE && entity.type() == EntityType.PERSON) {
                    // "exiled to Maria Vila": the place, beside the person NER made of it
                    return registry.resolve(m.text(), EntityType.PLACE, m.sentence());
                }
                return null;
            }
        }
        return null;
    }

    private static boolean isPlural(Mention m) {
        return m != null && m.kind() == Mention.Kind.PRONOUN && pronounGender(m.text()) == 'p';
    }

    private static double clamp(double c) {
        return Math.max(0, Math.min(1, c));
    }

    /**
     * Whether a path from the trigger goes on into a later coordinated clause with a subject of its own ("Ann
     * appointed Bob, but in May Carl refused"): a date there dates the other clause's event. A date before the
     * trigger's clause ("On May 3 the plan was accepted and she was appointed") may date the whole sentence.
     */
    private static boolean intoOtherSubjectsClause(SemanticGraph g, List<IndexedWord> path) {
        for (int k = 0; k + 1 < path.size(); k++) {
            IndexedWord a = path.get(k);
            IndexedWord b = path.get(k + 1);
            var edge = g.getEdge(a, b) != null ? g.getEdge(a, b) : g.getEdge(b, a);
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

    /** The date closest to the trigger in the dependency graph, within {@link #MAX_DATE_DISTANCE} edges. */
    /** The relations that make a date the end of what the trigger tells ("until 1919", "till his death in 1919"). */
    private static boolean endsAt(String relation) {
        return relation.endsWith(":until") || relation.endsWith(":till");
    }

    /** A date reached from the trigger through an "until" phrase, near the trigger; null when none. */
    private static DateMention untilDate(AnnotatedDocument doc, int s, int trigger, List<DateMention> dates) {
        SemanticGraph g = doc.sentence(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
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

    private static DateMention nearestDate(AnnotatedDocument doc, int s, int trigger, List<DateMention> dates) {
        return nearestDate(doc, s, trigger, dates, MAX_DATE_DISTANCE);
    }

    private static DateMention nearestDate(AnnotatedDocument doc, int s, int trigger, List<DateMention> dates, int maxDistance) {
        if (dates.isEmpty()) {
            return null;
        }
        SemanticGraph g = doc.sentence(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        IndexedWord t = g.getNodeByIndexSafe(trigger + 1);
        DateMention best = null;
        int bestDist = Integer.MAX_VALUE;
        // a date in parentheses ("Bob Roe (1820–1890)", "Ann (b. 1906)") is someone's life dates, not this fact's
        int[] depth = ParenthesisDepth.of(doc.tokens(s));
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
                if (path != null && !intoOtherSubjectsClause(g, path)) {
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
        // none near the trigger (or the parse falls apart): a date that opens the sentence ("On May 3, 1920, ...")
        // dates what the sentence tells
        for (DateMention d : dates) {
            if (d.value() != null && d.begin() <= 1 && (d.begin() == 0 || doc.tokens(s).get(0).tag().equals("IN"))) {
                return d;
            }
        }
        return null;
    }
}
