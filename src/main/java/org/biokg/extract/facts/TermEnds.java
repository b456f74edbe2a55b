package org.biokg.extract.facts;

import org.biokg.extract.DateMention;
import org.biokg.extract.DateSource;
import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionState;
import org.biokg.extract.Fact;
import org.biokg.extract.FactBook;
import org.biokg.extract.Mention;
import org.biokg.extract.resolve.Pronouns;
import org.biokg.extract.rules.Candidate;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.text.Sentence;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Which terms of office a sentence ends: those of a body abolished, of a person dismissed, of a predecessor replaced. */
final class TermEnds {
    private TermEnds() {
    }

    /**
     * "The Council was abolished in 1920": every term of an office of the Council (or, for "the post of
     * Treasurer was abolished", of that office; for "Ann Roe was dismissed", of the office she held last) still
     * open ends then, or at the narrative's date.
     */
    static void endOpenTerms(ExtractionState state, int s, Candidate c) {
        AnnotatedDocument doc = state.doc();
        Sentence sentence = doc.clean().sentences().get(s);
        FactBook book = state.book();
        Entity ended = CandidateEntities.of(c.object(), state.entityOf(), state.registry());
        // the sentence's own date, however far from the verb ("After the rising of May 3, ... the overthrown
        // Council"), before the narrative's
        DateMention d = FactDates.nearestDate(doc, s, c.trigger(), state.dates().get(s), Integer.MAX_VALUE);
        if (d == null) {
            d = state.narrativeDate();
        }
        if (ended == null || d == null) {
            return; // an end with no date says nothing a reader can use
        }
        if (ended.type() == EntityType.PERSON && Pronouns.isPlural(c.object())) {
            return; // "they were reassigned": several people, not the one "they" fell back on
        }
        Evidence ev = new Evidence(state.documentId(), s, sentence.span(), sentence.text(), null,
                doc.originalSpan(s, c.object().begin(), c.object().end()), c.rule().id(), Evidence.clamp(c.rule().confidence()),
                c.repairs());
        // a person named ("dismissing her deputy, Ann Roe"): the term she took last and still holds
        List<Fact> terms = ended.type() == EntityType.PERSON
                ? java.util.Optional.ofNullable(book.currentTerm(ended)).stream().toList()
                : book.openTerms(ended);
        for (Fact term : terms) {
            book.end(term, d.value(), ev, DateSource.of(doc, d));
        }
    }

    /**
     * The term a successor takes over from {@code predecessor} in sentence {@code s}: her open term of an office
     * with the same title as one the sentence names ("Minister of Trade" for "Minister of Commerce"),
     * else, when the sentence names no office, the term she began last; null when unsure.
     */
    static Fact predecessorsTerm(Entity predecessor, int s, Map<Mention, Entity> entityOf, FactBook book) {
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
}
