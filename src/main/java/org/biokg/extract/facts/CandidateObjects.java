package org.biokg.extract.facts;

import org.biokg.extract.DateMention;
import org.biokg.extract.DateSource;
import org.biokg.extract.Entity;
import org.biokg.extract.EntityRegistry;
import org.biokg.extract.EntityType;
import org.biokg.extract.Fact;
import org.biokg.extract.FactBook;
import org.biokg.extract.Lexicon;
import org.biokg.extract.Mention;
import org.biokg.extract.Relation;
import org.biokg.extract.rules.Candidate;
import org.biokg.extract.rules.Rule;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.text.Labels;

/**
 * The subject and object a candidate's fact is between, when they are not simply its mentions' entities: two
 * people of one surname told apart, the object the rule reads elsewhere (the place the subject was in, the office a
 * predecessor held, the post "headed by" makes of a body), and no post for a part played in an event.
 */
final class CandidateObjects {
    /**
     * The fact's subject and object, and the predecessor's term that the fact takes over ("Ann was replaced by
     * Bob"), else null.
     */
    record Arguments(Entity subject, Entity object, Fact predecessorTerm) {
    }

    private final Lexicon lexicon;

    CandidateObjects(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The arguments of the fact the candidate makes between {@code subject} and {@code object} (its mentions'
     * entities), or null when it makes none (it only ends a predecessor's term, or no object is to be had).
     */
    Arguments of(CandidateInSentence read, Entity subject, Entity object) {
        Rule rule = read.rule();
        Arguments named = toldApart(read, subject, object);
        Entity subj = named.subject();
        Entity obj = named.object();
        if (rule.objectFrom() == Rule.ObjectSource.WHERE_THEY_WERE) {
            // "he was deported to Y": from the place the text last put him in (lived in, was exiled to), when that is a
            // country: one is deported from a country, and a town named last may lie in another ("lived in Paris,
            // later returned home; deported to an island")
            Entity origin = read.state().book().latestPlace(subj, read.s());
            if (origin == null || origin.equals(obj) || !origin.nerTags().contains("COUNTRY")) {
                return null;
            }
            obj = origin;
        }
        if (rule.objectFrom() == Rule.ObjectSource.PREDECESSORS_TERM) {
            endPredecessorsTerm(read, obj);
            return null;
        }
        Fact predecessorTerm = null;
        if (rule.objectFrom() == Rule.ObjectSource.PREDECESSORS_OFFICE) {
            predecessorTerm = predecessorsTerm(read, obj);
            if (predecessorTerm == null) {
                return null;
            }
            obj = predecessorTerm.object();
        } else if (rule.office() != null) {
            obj = officeOverBody(read, obj);
        }
        if (rule.relation() == Relation.HELD_OFFICE && lexicon.namesAnEvent(obj.label())) {
            return null; // "one of the leaders of the Revolution": a part played in an event, not an office
        }
        return new Arguments(subj, obj, predecessorTerm);
    }

    /**
     * "Vineeth is the son of Roe" in Vineeth Roe's biography: no one is his own parent, so the bare surname names
     * another Roe.
     */
    private static Arguments toldApart(CandidateInSentence read, Entity subj, Entity obj) {
        Candidate c = read.candidate();
        if (!obj.equals(subj) || !isKinship(read.rule().relation()) || c.subject() == null) {
            return new Arguments(subj, obj, null);
        }
        EntityRegistry registry = read.state().registry();
        if (isBareSurnameOf(c.object(), obj) && !isBareSurnameOf(c.subject(), subj)) {
            obj = registry.anotherPerson(c.object().text());
        } else if (isBareSurnameOf(c.subject(), subj) && !isBareSurnameOf(c.object(), obj)) {
            subj = registry.anotherPerson(c.subject().text());
        }
        return new Arguments(subj, obj, null);
    }

    /** "Bob was appointed Treasurer in place of Ann": her term ends here (Bob's is read by other rules). */
    private static void endPredecessorsTerm(CandidateInSentence read, Entity predecessor) {
        Candidate c = read.candidate();
        FactBook book = read.state().book();
        AnnotatedDocument doc = read.doc();
        int s = read.s();
        Fact term = c.object().kind() == Mention.Kind.NAME ? TermEnds.predecessorsTerm(predecessor, s, read.state().entityOf(), book) : null;
        DateMention d = FactDates.nearestDate(doc, s, c.trigger(), read.state().dates().get(s));
        if (term != null && d != null) {
            book.end(term, d.value(), read.evidence(), DateSource.of(doc, d));
        }
    }

    /**
     * "Ann was replaced by Bob": Bob takes the office Ann took last and still holds; her term ends here. Only a named
     * predecessor, or a pronoun the sentence before settled: "he was replaced" read as the biography's subject (the
     * default guess) is too often someone else.
     */
    private static Fact predecessorsTerm(CandidateInSentence read, Entity predecessor) {
        if (read.candidate().object().kind() != Mention.Kind.NAME && predecessor.equals(read.state().subject())) {
            return null;
        }
        FactBook book = read.state().book();
        Fact term = book.currentTerm(predecessor);
        return term != null ? term : book.justToldTerm(predecessor, read.s());
    }

    /**
     * "the Regency Council headed by X": the office is "Head of" the body; "led by Ann" on "the Greens" or "Left
     * Socialists": the office is "Leader of the ..." either way.
     */
    private static Entity officeOverBody(CandidateInSentence read, Entity body) {
        Candidate c = read.candidate();
        AnnotatedDocument doc = read.doc();
        int s = read.s();
        boolean theBefore = c.object().begin() > 0 && doc.tokens(s).get(c.object().begin() - 1).word().equalsIgnoreCase("the");
        boolean plural = doc.tokens(s).get(c.object().head()).tag().equals("NNPS");
        String article = theBefore || plural ? "the " : "";
        String trigger = doc.tokens(s).get(c.trigger()).lemma();
        String role = trigger == null ? "" : Labels.capitalizeFirst(trigger);
        // a person is a body without an article ("Deputy to Ann Roe")
        String bodyName = (body.type() == EntityType.PERSON ? "" : article) + body.label();
        String agent = Labels.capitalizeFirst(AGENT_TITLES.getOrDefault(trigger == null ? "" : trigger.toLowerCase(java.util.Locale.ROOT), role));
        return read.state().registry().resolve(read.rule().office().replace("{trigger}", role).replace("{agent}", agent)
                .replace("{body}", bodyName), EntityType.OFFICE, s);
    }

    /** The title of the one who does what a leading verb says ("command": Commander), from words/leader-verbs.txt. */
    private static final java.util.Map<String, String> AGENT_TITLES =
            org.biokg.text.WordList.fromResource("org/biokg/extract/rules/words/leader-verbs.txt").secondColumns();

    private static boolean isKinship(Relation r) {
        return r == Relation.PARENT_OF || r == Relation.SIBLING_OF || r == Relation.SPOUSE;
    }

    /** A one-word name that is the last word of the entity's label ("Roe" for Ada Roe). */
    private static boolean isBareSurnameOf(Mention m, Entity e) {
        String[] words = e.label().split("\\s+");
        return m.kind() == Mention.Kind.NAME && m.length() == 1 && words.length > 1 && words[words.length - 1].equals(m.text());
    }
}
