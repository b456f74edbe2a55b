package org.biokg.extract;

import org.biokg.text.Labels;
import org.biokg.text.Span;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import org.biokg.Progress;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.text.Section;
import org.biokg.text.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The extract stage: from an annotated document to facts with evidence. Mentions are found per sentence
 * ({@link MentionFinder}), merged into entities in document order ({@link MentionResolver}), and the rules of each
 * relation are run over every sentence ({@link RelationFinder}); infobox fields add facts of their own.
 */
public final class Extractor {
    /** How far (in dependency edges) a date may sit from the trigger and still date the fact. */
    private static final int MAX_DATE_DISTANCE = 5;
    private static final double PRONOUN_PENALTY = 0.05;
    private static final double COERCION_PENALTY = 0.1;

    private final MentionFinder mentionFinder;
    private final RelationFinder relationFinder;
    private final LifeDatesFinder lifeDates;
    private final SubjectFinder subjectFinder = new SubjectFinder();
    private final InfoboxFacts infobox;
    private final Lexicon lexicon;
    private final GenderCues genderCues = GenderCues.defaults();
    private final CoinedNames coinedNames;
    private final AppositiveRoles appositiveRoles = new AppositiveRoles();
    private final MemberLists memberLists = new MemberLists();
    private final TokenRelations tokenRelations;
    private final PublicationNames publicationNames;
    private final AgeClauses ageClauses = AgeClauses.defaults();
    private final PlaceNesting placeNesting = new PlaceNesting();

    public Extractor(Lexicon lexicon, MentionFinder mentionFinder, RelationFinder relationFinder, LifeDatesFinder lifeDates,
                     InfoboxFacts infobox) {
        this.lexicon = lexicon;
        this.coinedNames = CoinedNames.defaults(lexicon);
        this.publicationNames = new PublicationNames(lexicon);
        this.mentionFinder = mentionFinder;
        this.relationFinder = relationFinder;
        // the token-level rules run under the same clause filter as the Semgrex rules
        this.tokenRelations = TokenRelations.defaults(relationFinder.filter());
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
            // a citation ("Review, Summer 1980, retrieved on 2007-07-29") gives when a source was written or read,
            // not a time of the story
            boolean citation = doc.tokens(s).stream().anyMatch(t -> lexicon.isCitationDateCue(t.word()));
            for (DateMention d : mentionFinder.dates(doc, s)) {
                if (citation) {
                    continue;
                }
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

        coinedNames.addMentions(doc, mentions);
        new MentionRetyper().repair(doc, mentions);
        publicationNames.repair(doc, mentions);
        SubjectFinder.Subject subj = subjectFinder.find(doc, mentions);
        EntityRegistry registry = new EntityRegistry(lexicon);
        Entity subject = registry.subject(subj.label(), subj.aliases());
        Map<Mention, Entity> entityOf = new MentionResolver(genderCues).resolve(doc, mentions, subj, subject, registry);

        Map<Mention, List<Mention>> plural = standIns(new PluralAntecedents().find(doc, mentions, entityOf), entityOf);

        FactBook book = new FactBook();
        infobox.read(doc.clean().infobox(), subject, registry, book, docId);
        NarrativeDates narrative = new NarrativeDates(doc, dates, ageClauses);
        for (int s = 0; s < n; s++) {
            Sentence sentence = doc.clean().sentences().get(s);
            narrative.noteBirthDates(book.facts());
            DateMention context = narrative.at(s);
            DateMention moved = narrative.movedOn(s, context);
            if (moved != null) {
                dates.get(s).add(moved); // "After two years, …": a date of this sentence, and of the story from here
                context = moved;
            }
            if (narrative.toldByAge(s)) {
                context = null; // "When Ada was nine, …": a time the text does not date
            }
            for (Candidate c : relationFinder.find(doc, s, mentions.get(s), dates.get(s))) {
                for (Candidate each : forEachAntecedent(c, plural)) {
                    addCandidate(doc, s, sentence, each, entityOf, dates.get(s), relativeDates.get(s), context, registry, book,
                            docId, subject);
                }
            }
            addAppositiveRoles(doc, s, sentence, mentions.get(s), entityOf, dates.get(s), context, book, docId);
            addMemberLists(doc, s, sentence, mentions.get(s), entityOf, dates.get(s), context, book, docId);
            addTokenRelations(doc, s, sentence, mentions.get(s), entityOf, dates.get(s), context, registry, book, docId);
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
        addSiblingsOfOneAnother(book);
        placeNesting.add(doc, mentions, entityOf, book);
        notePlaceTags(doc, entityOf);
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

    /** The NER classes of the words that name each place ("Mexico" COUNTRY, "Mexico City" CITY). */
    private static void notePlaceTags(AnnotatedDocument doc, Map<Mention, Entity> entityOf) {
        entityOf.forEach((m, e) -> {
            if (e.type() == EntityType.PLACE && m.type() == EntityType.PLACE && m.kind() == Mention.Kind.NAME) {
                var toks = doc.tokens(m.sentence());
                for (int k = m.begin(); k < m.end() && k < toks.size(); k++) {
                    e.addNerTag(toks.get(k).ner());
                }
            }
        });
    }

    /** A sibling read in one sentence, with the mention that named her there. */
    private record NamedSibling(Entity person, Span mention, Evidence evidence) {
    }

    /**
     * "Piccard's siblings Leila, Ian and Jeff", "his brothers Bob and Cy": read in one sentence as siblings of one
     * person, they are one another's siblings too.
     */
    private static void addSiblingsOfOneAnother(FactBook book) {
        Map<String, List<NamedSibling>> ofOne = new java.util.LinkedHashMap<>();
        for (Fact f : book.facts()) {
            if (f.relation() != Relation.SIBLING_OF) {
                continue;
            }
            for (Evidence e : f.evidence()) {
                if (e.sentenceIndex() < 0) {
                    continue;
                }
                ofOne.computeIfAbsent(e.sentenceIndex() + "|" + f.subject().id(), k -> new ArrayList<>())
                        .add(new NamedSibling(f.object(), e.objectSpan(), e));
                ofOne.computeIfAbsent(e.sentenceIndex() + "|" + f.object().id(), k -> new ArrayList<>())
                        .add(new NamedSibling(f.subject(), e.subjectSpan(), e));
            }
        }
        for (List<NamedSibling> siblings : ofOne.values()) {
            for (int i = 0; i < siblings.size(); i++) {
                for (int j = i + 1; j < siblings.size(); j++) {
                    NamedSibling a = siblings.get(i);
                    NamedSibling b = siblings.get(j);
                    if (a.person().equals(b.person())) {
                        continue;
                    }
                    Evidence e = a.evidence();
                    book.add(Relation.SIBLING_OF, a.person(), b.person(), new Evidence(e.documentId(), e.sentenceIndex(),
                            e.sentence(), e.sentenceText(), a.mention(), b.mention(), "siblingOf/siblings-of-one-another",
                            clamp(Math.min(e.confidence(), b.evidence().confidence()) * 0.9)));
                }
            }
        }
    }

    /** "Ann Roe, the secretary of the Labour Party, …": the post, dated like the apposition rules (see {@link AppositiveRoles}). */
    private void addAppositiveRoles(AnnotatedDocument doc, int s, Sentence sentence, List<Mention> mentions,
                                    Map<Mention, Entity> entityOf, List<DateMention> dates, DateMention context, FactBook book,
                                    String docId) {
        for (AppositiveRoles.Pair a : appositiveRoles.find(doc, s, mentions)) {
            Entity person = entityOf.get(a.person());
            Entity office = entityOf.get(a.role());
            if (person == null || office == null || office.type() != EntityType.OFFICE || lexicon.namesAnEvent(office.label())) {
                continue;
            }
            Fact f = book.add(Relation.HELD_OFFICE, person, office, new Evidence(docId, s, sentence.span(), sentence.text(),
                    doc.originalSpan(s, a.person().begin(), a.person().end()),
                    doc.originalSpan(s, a.role().begin(), a.role().end()), "heldOffice/appositive-role", 0.8));
            DateMention d = clauseOrNarrativeDate(doc, s, a.role().head(), dates, context);
            if (d != null) {
                FactBook.date(f, d.value(), null, DateSource.of(doc, d));
            }
        }
    }

    /** "the Council (Ann Roe, Bob Lee, Cy Dorn)": the people listed are members (see {@link MemberLists}). */
    private void addMemberLists(AnnotatedDocument doc, int s, Sentence sentence, List<Mention> mentions,
                                Map<Mention, Entity> entityOf, List<DateMention> dates, DateMention context, FactBook book,
                                String docId) {
        for (MemberLists.Listing l : memberLists.find(doc, s, mentions)) {
            Entity body = entityOf.get(l.body());
            if (body == null || body.type() != EntityType.ORGANIZATION) {
                continue;
            }
            DateMention d = clauseOrNarrativeDate(doc, s, l.body().head(), dates, context);
            for (Mention m : l.members()) {
                Entity person = entityOf.get(m);
                if (person == null || person.type() != EntityType.PERSON) {
                    continue;
                }
                Fact f = book.add(Relation.MEMBER_OF, person, body, new Evidence(docId, s, sentence.span(), sentence.text(),
                        doc.originalSpan(s, m.begin(), m.end()), doc.originalSpan(s, l.body().begin(), l.body().end()),
                        "memberOf/members-in-parentheses", 0.75));
                if (d != null) {
                    FactBook.date(f, d.value(), null, DateSource.of(doc, d));
                }
            }
        }
    }

    /** Relations read from the tokens where the parse is no help (see {@link TokenRelations}). */
    private void addTokenRelations(AnnotatedDocument doc, int s, Sentence sentence, List<Mention> mentions,
                                   Map<Mention, Entity> entityOf, List<DateMention> dates, DateMention context,
                                   EntityRegistry registry, FactBook book, String docId) {
        for (TokenRelations.Match m : tokenRelations.find(doc, s, mentions)) {
            Entity anchored = entityOf.get(m.anchorSubject());
            if (anchored == null || anchored.type() == EntityType.PLACE || anchored.type() == EntityType.OFFICE) {
                continue;
            }
            for (int[] name : m.names()) {
                Entity named = namedAt(doc, s, name, mentions, entityOf, registry, m.relation());
                if (named == null || named.equals(anchored)) {
                    continue;
                }
                Entity subj = m.anchorIsSubject() ? anchored : named;
                Entity obj = m.anchorIsSubject() ? named : anchored;
                var anchorSpan = doc.originalSpan(s, m.anchorSubject().begin(), m.anchorSubject().end());
                var nameSpan = doc.originalSpan(s, name[0], name[1]);
                Fact fact = book.add(m.relation(), subj, obj, new Evidence(docId, s, sentence.span(), sentence.text(),
                        m.anchorIsSubject() ? anchorSpan : nameSpan, m.anchorIsSubject() ? nameSpan : anchorSpan, m.rule(), 0.7));
                if (m.relation() == Relation.FOUNDED) {
                    DateMention d = clauseOrNarrativeDate(doc, s, m.anchor(), dates, context);
                    if (d != null) {
                        FactBook.date(fact, d.value(), null, DateSource.of(doc, d));
                    }
                }
            }
        }
    }

    /**
     * The entity a token-rule name names: its person's mention for a family relation; for a founding, the mention
     * there unless it is a person (a one-word name NER took for one) or a place, else a publication of that name.
     */
    private static Entity namedAt(AnnotatedDocument doc, int s, int[] name, List<Mention> mentions, Map<Mention, Entity> entityOf,
                                  EntityRegistry registry, Relation relation) {
        Mention named = RelationFinder.mentionAt(mentions, name[0], false);
        Entity e = named != null && named.begin() == name[0] ? entityOf.get(named) : null;
        if (relation != Relation.FOUNDED) {
            return e != null && e.type() == EntityType.PERSON ? e : null;
        }
        if (e == null || e.type() == EntityType.PERSON || e.type() == EntityType.PLACE) {
            e = registry.resolve(doc.text(s, name[0], name[1]), EntityType.PUBLICATION, s);
        }
        return e;
    }

    /**
     * The date near {@code token} in its clause, else the narrative's (the gold's convention: the earliest date the
     * text ties to the fact), except for a clause in the present tense.
     */
    private static DateMention clauseOrNarrativeDate(AnnotatedDocument doc, int s, int token, List<DateMention> dates,
                                                     DateMention context) {
        DateMention d = nearestDate(doc, s, token, dates);
        return d != null || presentTense(doc, s, token) ? d : context;
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

    private static boolean isKinship(Relation r) {
        return r == Relation.PARENT_OF || r == Relation.SIBLING_OF || r == Relation.SPOUSE;
    }

    /** A one-word name that is the last word of the entity's label ("Roe" for Ada Roe). */
    private static boolean isBareSurnameOf(Mention m, Entity e) {
        String[] words = e.label().split("\\s+");
        return m.kind() == Mention.Kind.NAME && m.length() == 1 && words.length > 1 && words[words.length - 1].equals(m.text());
    }

    /**
     * For each plural pronoun that stands for several entities ({@link PluralAntecedents}), a name mention over the
     * pronoun's own tokens for each of them, registered in {@code entityOf}: a candidate is then read once per entity.
     */
    private static Map<Mention, List<Mention>> standIns(Map<Mention, List<Entity>> plural, Map<Mention, Entity> entityOf) {
        Map<Mention, List<Mention>> out = new java.util.HashMap<>();
        plural.forEach((pronoun, entities) -> {
            List<Mention> stands = new ArrayList<>();
            for (Entity e : entities) {
                Mention stand = new Mention(pronoun.sentence(), pronoun.begin(), pronoun.end(), pronoun.head(), e.type(),
                        Mention.Kind.NAME, e.label());
                entityOf.put(stand, e);
                stands.add(stand);
            }
            out.put(pronoun, stands);
        });
        return out;
    }

    /** The candidate once for each stand-in of a plural pronoun argument ("That put them at odds with Bob"), else itself. */
    private static List<Candidate> forEachAntecedent(Candidate c, Map<Mention, List<Mention>> standIns) {
        Mention pronoun = c.subject() != null && standIns.containsKey(c.subject()) ? c.subject()
                : c.object() != null && standIns.containsKey(c.object()) ? c.object() : null;
        if (pronoun == null) {
            return List.of(c);
        }
        List<Candidate> out = new ArrayList<>();
        for (Mention stand : standIns.get(pronoun)) {
            out.add(pronoun == c.subject() ? new Candidate(c.rule(), stand, c.object(), c.date(), c.trigger(), c.repairs())
                    : new Candidate(c.rule(), c.subject(), stand, c.date(), c.trigger(), c.repairs()));
        }
        return out;
    }

    /** Plural pronouns ("they had two children") include the subject only for family relations. */
    private static boolean pluralAllowed(Relation r) {
        return r == Relation.PARENT_OF || r == Relation.SPOUSE;
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
        if (subj == null || Pronouns.isPlural(c.subject()) && subj.type() == EntityType.PERSON && !pluralAllowed(rule.relation())
                || Pronouns.isPlural(c.object()) && entityOf.get(c.object()) != null && entityOf.get(c.object()).type() == EntityType.PERSON) {
            return;
        }
        double conf = rule.confidence() - (c.subject() == null || c.subject().kind() == Mention.Kind.PRONOUN ? PRONOUN_PENALTY : 0);
        var subjSpan = c.subject() == null ? null : doc.originalSpan(s, c.subject().begin(), c.subject().end());
        if (rule.relation().dateValued()) {
            DateMention d = c.date();
            Evidence ev = new Evidence(docId, s, sentence.span(), sentence.text(), subjSpan,
                    doc.originalSpan(s, d.begin(), d.end()), rule.id(), clamp(conf), c.repairs());
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
        if (obj.equals(subj) && isKinship(rule.relation()) && c.subject() != null) {
            // "Vineeth is the son of Roe" in Vineeth Roe's biography: no one is his own parent, so the bare surname
            // names another Roe
            if (isBareSurnameOf(c.object(), obj) && !isBareSurnameOf(c.subject(), subj)) {
                obj = registry.anotherPerson(c.object().text());
            } else if (isBareSurnameOf(c.subject(), subj) && !isBareSurnameOf(c.object(), obj)) {
                subj = registry.anotherPerson(c.subject().text());
            }
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
                        doc.originalSpan(s, c.object().begin(), c.object().end()), rule.id(), clamp(conf), c.repairs()), DateSource.of(doc, d));
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
            String role = trigger == null ? "" : Labels.capitalizeFirst(trigger);
            // a person is a body without an article ("Deputy to Ann Roe")
            String body = (obj.type() == EntityType.PERSON ? "" : article) + obj.label();
            obj = registry.resolve(rule.office().replace("{trigger}", role).replace("{body}", body), EntityType.OFFICE, s);
        }
        if (rule.relation() == Relation.HELD_OFFICE && lexicon.namesAnEvent(obj.label())) {
            return; // "one of the leaders of the Revolution": a part played in an event, not an office
        }
        Evidence ev = new Evidence(docId, s, sentence.span(), sentence.text(), subjSpan,
                doc.originalSpan(s, c.object().begin(), c.object().end()), rule.id(), clamp(conf), c.repairs());
        Fact f = book.add(rule.relation(), subj, obj, ev);
        // "secretary from 1917 until his death in March 1919": a date under "until" is the end, never the start
        DateMention until = rule.dateRole() == Rule.DateRole.START ? untilDate(doc, s, c.trigger(), dates) : null;
        DateMention d = nearestDate(doc, s, c.trigger(), until == null ? dates
                : dates.stream().filter(x -> x != until).toList());
        if (d == null && rule.dateRole() == Rule.DateRole.START && nearestDate(doc, s, c.trigger(), relativeDates) == null
                && !presentTense(doc, s, c.trigger())) {
            // no date in the clause: the time the narrative is at (unless the clause moves away from it, "ten
            // years later", or speaks of the present, "she is now head of X"); but a successor took over when the
            // predecessor's term ended, if the text told that ("... until his death in 1919. He was replaced by Bob")
            d = predecessorTerm != null && predecessorTerm.end() != null ? null : context;
        }
        if (rule.relation() == Relation.PARENT_OF && Pronouns.isPlural(c.subject())) {
            // "She married Bob in 1850. They had two children": the children are the couple's
            Entity partner = book.latestSpouse(subj, s);
            if (partner != null && !partner.equals(obj)) {
                Fact both = book.add(rule.relation(), partner, obj, ev);
                FactBook.date(both, f.start(), f.end(), f.startSource(), f.endSource());
            }
        }
        if (predecessorTerm != null) {
            if (d != null) {
                book.end(predecessorTerm, d.value(), ev, DateSource.of(doc, d));
            } else {
                book.addEvidence(predecessorTerm, ev);
                if (predecessorTerm.end() != null) {
                    // "... until her death in 1919. She was replaced by Bob": Bob took over then
                    FactBook.date(f, predecessorTerm.end(), null, predecessorTerm.endSource(), null);
                }
            }
        }
        if (d != null && rule.dateRole() != Rule.DateRole.NONE) {
            if (rule.dateRole() == Rule.DateRole.START) {
                FactBook.date(f, d.value(), until != null ? until.value() : d.rangeEnd(), DateSource.of(doc, d),
                        DateSource.of(doc, until != null ? until : d));
            } else {
                FactBook.date(f, null, d.value(), DateSource.of(doc, d));
            }
        } else if (until != null) {
            FactBook.date(f, null, until.value(), DateSource.of(doc, until));
        }
        if (rule.relation() == Relation.EXPELLED_FROM && obj.type() == EntityType.PLACE && f.start() != null) {
            // deported from a country or town: the stay there (lived in, exiled to) ends then
            for (Fact stay : book.openStays(subj, obj)) {
                book.end(stay, f.start(), ev, f.startSource());
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
        if (ended.type() == EntityType.PERSON && Pronouns.isPlural(c.object())) {
            return; // "they were reassigned": several people, not the one "they" fell back on
        }
        Evidence ev = new Evidence(docId, s, sentence.span(), sentence.text(), null,
                doc.originalSpan(s, c.object().begin(), c.object().end()), c.rule().id(), clamp(c.rule().confidence()), c.repairs());
        // a person named ("dismissing her deputy, Ann Roe"): the term she took last and still holds
        List<Fact> terms = ended.type() == EntityType.PERSON
                ? java.util.Optional.ofNullable(book.currentTerm(ended)).stream().toList()
                : book.openTerms(ended);
        for (Fact term : terms) {
            book.end(term, d.value(), ev, DateSource.of(doc, d));
        }
    }

    /** The trigger, or the copula or auxiliary on it, is a verb in the present tense ("is head of", "leads"). */
    private static boolean presentTense(AnnotatedDocument doc, int s, int trigger) {
        SemanticGraph g = doc.sentence(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
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

    private static double clamp(double c) {
        return Math.max(0, Math.min(1, c));
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

    /** The date closest to the trigger in the dependency graph, within {@link #MAX_DATE_DISTANCE} edges. */
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
