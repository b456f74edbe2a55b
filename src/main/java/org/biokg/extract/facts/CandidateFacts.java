package org.biokg.extract.facts;

import org.biokg.extract.DateMention;
import org.biokg.extract.DateSource;
import org.biokg.extract.Entity;
import org.biokg.extract.EntityRegistry;
import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionState;
import org.biokg.extract.Fact;
import org.biokg.extract.FactBook;
import org.biokg.extract.Lexicon;
import org.biokg.extract.Mention;
import org.biokg.extract.Relation;
import org.biokg.extract.resolve.Pronouns;
import org.biokg.extract.rules.Candidate;
import org.biokg.extract.rules.Rule;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.text.Labels;
import org.biokg.text.Sentence;

import java.util.List;
import java.util.Map;

/**
 * A rule's candidate to a fact: its mentions to entities, the object the rule reads elsewhere (the place the
 * subject was in, the office a predecessor held, the post "headed by" makes of a body), the fact's dates (the
 * clause's, "until" as the end, else the narrative's), and what it ends (a predecessor's term, a stay).
 */
final class CandidateFacts {
    private static final double PRONOUN_PENALTY = 0.05;
    private static final double COERCION_PENALTY = 0.1;

    private final Lexicon lexicon;

    CandidateFacts(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Turns a candidate of sentence {@code s} into a fact (or a term's end) in the state's fact book. */
    void add(ExtractionState state, int s, Candidate c) {
        AnnotatedDocument doc = state.doc();
        Sentence sentence = doc.clean().sentences().get(s);
        Map<Mention, Entity> entityOf = state.entityOf();
        List<DateMention> dates = state.dates().get(s);
        EntityRegistry registry = state.registry();
        FactBook book = state.book();
        String docId = state.documentId();
        Entity biographySubject = state.subject();
        Rule rule = c.rule();
        if (rule.subjectFrom() == Rule.SubjectSource.HOLDERS) {
            TermEnds.endOpenTerms(state, s, c);
            return;
        }
        Entity subj = c.subject() == null ? biographySubject : CandidateEntities.of(c.subject(), entityOf, registry);
        if (subj == null || Pronouns.isPlural(c.subject()) && subj.type() == EntityType.PERSON && !pluralAllowed(rule.relation())
                || Pronouns.isPlural(c.object()) && entityOf.get(c.object()) != null && entityOf.get(c.object()).type() == EntityType.PERSON) {
            return;
        }
        double conf = rule.confidence() - (c.subject() == null || c.subject().kind() == Mention.Kind.PRONOUN ? PRONOUN_PENALTY : 0);
        var subjSpan = c.subject() == null ? null : doc.originalSpan(s, c.subject().begin(), c.subject().end());
        if (rule.relation().dateValued()) {
            DateMention d = c.date();
            Evidence ev = new Evidence(docId, s, sentence.span(), sentence.text(), subjSpan,
                    doc.originalSpan(s, d.begin(), d.end()), rule.id(), Evidence.clamp(conf), c.repairs());
            book.addDated(rule.relation(), subj, d.value(), ev);
            return;
        }
        Entity obj = CandidateEntities.of(c.object(), entityOf, registry);
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
            Fact term = c.object().kind() == Mention.Kind.NAME ? TermEnds.predecessorsTerm(obj, s, entityOf, book) : null;
            DateMention d = FactDates.nearestDate(doc, s, c.trigger(), dates);
            if (term != null && d != null) {
                book.end(term, d.value(), new Evidence(docId, s, sentence.span(), sentence.text(), subjSpan,
                        doc.originalSpan(s, c.object().begin(), c.object().end()), rule.id(), Evidence.clamp(conf), c.repairs()),
                        DateSource.of(doc, d));
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
                doc.originalSpan(s, c.object().begin(), c.object().end()), rule.id(), Evidence.clamp(conf), c.repairs());
        Fact f = book.add(rule.relation(), subj, obj, ev);
        // "secretary from 1917 until his death in March 1919": a date under "until" is the end, never the start
        DateMention until = rule.dateRole() == Rule.DateRole.START ? FactDates.untilDate(doc, s, c.trigger(), dates) : null;
        DateMention d = FactDates.nearestDate(doc, s, c.trigger(), until == null ? dates
                : dates.stream().filter(x -> x != until).toList());
        if (d == null && rule.dateRole() == Rule.DateRole.START
                && FactDates.nearestDate(doc, s, c.trigger(), state.relativeDates().get(s)) == null
                && !FactDates.presentTense(doc, s, c.trigger())) {
            // no date in the clause: the time the narrative is at (unless the clause moves away from it, "ten
            // years later", or speaks of the present, "she is now head of X"); but a successor took over when the
            // predecessor's term ended, if the text told that ("... until his death in 1919. He was replaced by Bob")
            d = predecessorTerm != null && predecessorTerm.end() != null ? null : state.narrativeDate();
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

    private static boolean isKinship(Relation r) {
        return r == Relation.PARENT_OF || r == Relation.SIBLING_OF || r == Relation.SPOUSE;
    }

    /** A one-word name that is the last word of the entity's label ("Roe" for Ada Roe). */
    private static boolean isBareSurnameOf(Mention m, Entity e) {
        String[] words = e.label().split("\\s+");
        return m.kind() == Mention.Kind.NAME && m.length() == 1 && words.length > 1 && words[words.length - 1].equals(m.text());
    }

    /** Plural pronouns ("they had two children") include the subject only for family relations. */
    private static boolean pluralAllowed(Relation r) {
        return r == Relation.PARENT_OF || r == Relation.SPOUSE;
    }
}
