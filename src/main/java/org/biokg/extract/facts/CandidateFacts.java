package org.biokg.extract.facts;

import org.biokg.extract.DateMention;
import org.biokg.extract.DateSource;
import org.biokg.extract.Entity;
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

import java.util.List;
import org.biokg.extract.TimeValue;
import java.util.Set;

/**
 * A rule's candidate to a fact: its mentions to entities (the object the rule reads elsewhere is
 * {@link CandidateObjects}'s), the fact's dates (the clause's, "until" as the end, else the narrative's), and what
 * it ends (a predecessor's term, a stay).
 */
final class CandidateFacts {
    private static final double PRONOUN_PENALTY = 0.05;
    private static final double COERCION_PENALTY = 0.1;

    private final CandidateObjects objects;

    CandidateFacts(Lexicon lexicon) {
        this.objects = new CandidateObjects(lexicon);
    }

    /** Turns a candidate of sentence {@code s} into a fact (or a term's end) in the state's fact book. */
    void add(ExtractionState state, int s, Candidate c) {
        Rule rule = c.rule();
        if (rule.subjectFrom() == Rule.SubjectSource.HOLDERS) {
            TermEnds.endOpenTerms(state, s, c);
            return;
        }
        Entity subj = subjectEntity(state, c);
        if (subj == null) {
            return;
        }
        AnnotatedDocument doc = state.doc();
        double confidence = rule.confidence() - (c.subject() == null || c.subject().kind() == Mention.Kind.PRONOUN ? PRONOUN_PENALTY : 0);
        CandidateInSentence read = new CandidateInSentence(state, s, c,
                c.subject() == null ? null : doc.originalSpan(s, c.subject().begin(), c.subject().end()), confidence);
        if (rule.relation().dateValued()) {
            state.book().addDated(rule.relation(), subj, c.date().value(), read.evidence(c.date().begin(), c.date().end()));
            return;
        }
        Entity obj = CandidateEntities.of(c.object(), state.entityOf(), state.registry());
        if (obj == null) {
            return;
        }
        if (c.object().kind() == Mention.Kind.COERCED) {
            read = read.lessSure(COERCION_PENALTY);
        }
        CandidateObjects.Arguments arguments = objects.of(read, subj, obj);
        if (arguments != null) {
            addFact(read, arguments);
        }
    }

    /**
     * The subject's entity (the biography's subject when the rule means it), or null when there is none or a plural
     * pronoun stands where only one person can ("they were elected Treasurer").
     */
    private static Entity subjectEntity(ExtractionState state, Candidate c) {
        Entity subj = c.subject() == null ? state.subject() : CandidateEntities.of(c.subject(), state.entityOf(), state.registry());
        Entity objectEntity = c.object() == null ? null : state.entityOf().get(c.object());
        if (subj == null || Pronouns.isPlural(c.subject()) && subj.type() == EntityType.PERSON && !pluralAllowed(c.rule().relation())
                || Pronouns.isPlural(c.object()) && objectEntity != null && objectEntity.type() == EntityType.PERSON) {
            return null;
        }
        return subj;
    }

    /** The fact between the arguments, dated, and what it hands over or ends. */
    private static void addFact(CandidateInSentence read, CandidateObjects.Arguments arguments) {
        Rule rule = read.rule();
        Candidate c = read.candidate();
        FactBook book = read.state().book();
        Evidence ev = read.evidence();
        Fact f = book.add(rule.relation(), arguments.subject(), arguments.object(), ev);
        // "secretary from 1917 until his death in March 1919": a date under "until" is the end, never the start
        DateMention until = rule.dateRole() == Rule.DateRole.START
                ? FactDates.untilDate(read.doc(), read.s(), c.trigger(), read.state().dates().get(read.s())) : null;
        DateMention d = clauseDate(read, until, arguments.predecessorTerm());
        boolean termDated = (rule.relation() == Relation.HELD_OFFICE || rule.relation() == Relation.MEMBER_OF)
                && rule.dateRole() == Rule.DateRole.START && c.object() != null && termInParentheses(read, c.object(), f);
        if (rule.relation() == Relation.PARENT_OF && Pronouns.isPlural(c.subject())) {
            addForThePartner(read, arguments, f, ev);
        }
        if (arguments.predecessorTerm() != null) {
            takeOver(read, arguments.predecessorTerm(), f, d, ev);
        }
        if (!termDated) {
            date(read, f, d, until);
        }
        if (rule.relation() == Relation.EXPELLED_FROM && arguments.object().type() == EntityType.PLACE && f.start() != null) {
            // deported from a country or town: the stay there (lived in, exiled to) ends then
            for (Fact stay : book.openStays(arguments.subject(), arguments.object())) {
                book.end(stay, f.start(), ev, f.startSource());
            }
        }
    }

    /**
     * The date nearest the trigger (not the "until" one); with none in the clause, the time the narrative is at
     * (unless the clause moves away from it, "ten years later", speaks of the present, "she is now head of X", or of
     * an earlier time in a relative clause, "the party, which she had helped to found");
     * but a successor took over when the predecessor's term ended, if the text told that ("... until his death in
     * 1919. He was replaced by Bob").
     */
    private static DateMention clauseDate(CandidateInSentence read, DateMention until, Fact predecessorTerm) {
        AnnotatedDocument doc = read.doc();
        int s = read.s();
        int trigger = read.candidate().trigger();
        List<DateMention> dates = read.state().dates().get(s);
        DateMention d = FactDates.nearestDate(doc, s, trigger, until == null ? dates : dates.stream().filter(x -> x != until).toList());
        // kinship is for life: the time the story is at is not when a child was born ("They married in 1802. Their
        // son Bob worked in the mine" does not make Bob a son of 1802)
        boolean kin = read.rule().relation() == Relation.PARENT_OF || read.rule().relation() == Relation.SIBLING_OF;
        if (d == null && !kin && read.rule().dateRole() == Rule.DateRole.START
                && FactDates.nearestDate(doc, s, trigger, read.state().relativeDates().get(s)) == null
                && !FactDates.presentTense(doc, s, trigger) && !FactDates.earlierRelativeClause(doc, s, trigger)) {
            d = predecessorTerm != null && predecessorTerm.end() != null ? null : read.state().narrativeDate();
        }
        return d;
    }

    /** "She married Bob in 1850. They had two children": the children are the couple's. */
    private static void addForThePartner(CandidateInSentence read, CandidateObjects.Arguments arguments, Fact f, Evidence ev) {
        FactBook book = read.state().book();
        Entity partner = book.latestSpouse(arguments.subject(), read.s());
        if (partner != null && !partner.equals(arguments.object())) {
            Fact both = book.add(read.rule().relation(), partner, arguments.object(), ev);
            FactBook.date(both, f.start(), f.end(), f.startSource(), f.endSource());
        }
    }

    /**
     * "Ann was replaced by Bob in 1920": her term ends at the fact's date; with none, it is evidence of her term,
     * and Bob took over when it ended, if the text told that ("... until her death in 1919. She was replaced by Bob").
     */
    private static void takeOver(CandidateInSentence read, Fact predecessorTerm, Fact f, DateMention d, Evidence ev) {
        FactBook book = read.state().book();
        if (d != null) {
            book.end(predecessorTerm, d.value(), ev, DateSource.of(read.doc(), d));
        } else {
            book.addEvidence(predecessorTerm, ev);
            if (predecessorTerm.end() != null) {
                FactBook.date(f, predecessorTerm.end(), null, predecessorTerm.endSource(), null);
            }
        }
    }

    /** Dates the fact as the rule's date role says: from the clause's date (to the "until" one), or to it. */
    private static void date(CandidateInSentence read, Fact f, DateMention d, DateMention until) {
        AnnotatedDocument doc = read.doc();
        Rule.DateRole role = read.rule().dateRole();
        if (d != null && role != Rule.DateRole.NONE) {
            if (role == Rule.DateRole.START) {
                FactBook.date(f, d.value(), until != null ? until.value() : d.rangeEnd(), DateSource.of(doc, d),
                        DateSource.of(doc, until != null ? until : d));
            } else {
                FactBook.date(f, null, d.value(), DateSource.of(doc, d));
            }
        } else if (until != null) {
            FactBook.date(f, null, until.value(), DateSource.of(doc, until));
        }
    }

    /**
     * "Minister of Customs (1878–1892), Minister of Defence (1892)": years in parentheses right after a post or body
     * are the term (whereas after a person's name they are her life dates). Dates the fact and says whether it did.
     */
    private static boolean termInParentheses(CandidateInSentence read, Mention object, Fact f) {
        List<edu.stanford.nlp.ling.CoreLabel> toks = read.doc().tokens(read.s());
        int open = object.end();
        if (open >= toks.size() || !Set.of("(", "-LRB-").contains(toks.get(open).word())) {
            return false;
        }
        DateMention first = null;
        DateMention second = null;
        int at = open + 1;
        for (DateMention d : read.state().dates().get(read.s())) {
            if (d.value() == null) {
                continue;
            }
            if (first == null && d.begin() == at) {
                first = d;
            } else if (first != null && second == null && d.begin() == first.end() + 1
                    && Set.of("–", "-", "—", "to").contains(toks.get(first.end()).word())) {
                second = d;
            }
        }
        if (first == null) {
            return false;
        }
        int close = (second != null ? second : first).end();
        if (close >= toks.size() || !Set.of(")", "-RRB-").contains(toks.get(close).word())) {
            return false;
        }
        TimeValue end = second != null ? second.value() : first.rangeEnd();
        AnnotatedDocument doc = read.doc();
        FactBook.date(f, first.value(), end, DateSource.of(doc, first), DateSource.of(doc, second != null ? second : first));
        return true;
    }

    /** Plural pronouns ("they had two children") include the subject only for family relations. */
    private static boolean pluralAllowed(Relation r) {
        return r == Relation.PARENT_OF || r == Relation.SPOUSE;
    }
}
