package org.biokg.extract.facts;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionState;
import org.biokg.extract.FactBook;
import org.biokg.extract.Holding;
import org.biokg.extract.Mention;
import org.biokg.extract.SentenceStep;
import org.biokg.extract.rules.LifeDatesFinder;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Life dates after a name ("Bob Roe (1820–1890)", "(born 5 May 1938 in Bata)"; see {@link LifeDatesFinder}), and
 * in the lead sentence those of the subject: birth and death dates, and where the person was born and died. Rule
 * ids {@code birthDate/…}, {@code deathDate/…}, {@code bornIn/…}, {@code diedIn/…} after the pattern's name.
 */
public final class LifeDateFacts implements SentenceStep {
    private final LifeDatesFinder lifeDates;

    public LifeDateFacts(LifeDatesFinder lifeDates) {
        this.lifeDates = lifeDates;
    }

    @Override
    public String id() {
        return "life-dates";
    }

    @Override
    public Set<Holding> needs() {
        return Set.of(Holding.MENTIONS, Holding.SUBJECT, Holding.ENTITIES);
    }

    @Override
    public Set<Holding> provides() {
        return Set.of(Holding.FACTS);
    }

    @Override
    public void apply(ExtractionState state, int s) {
        AnnotatedDocument doc = state.doc();
        Sentence sentence = doc.clean().sentences().get(s);
        FactBook book = state.book();
        List<LifeDatesFinder.LifeDate> found = new ArrayList<>(lifeDates.find(doc, s, state.mentions().get(s)));
        if (s == 0) {
            state.mentions().get(0).stream()
                    .filter(m -> state.entityOf().get(m) == state.subject() && m.kind() == Mention.Kind.NAME).findFirst()
                    .ifPresent(m -> found.addAll(lifeDates.findInLead(doc, m)));
        }
        for (LifeDatesFinder.LifeDate ld : found) {
            Entity person = state.entityOf().get(ld.person());
            if (person == null) {
                continue;
            }
            if (ld.place() != null) {
                // "(18 May 1931 in Brno – 10 June 1991, Prague)": where the person was born and died
                Evidence ev = new Evidence(state.documentId(), s, sentence.span(), sentence.text(),
                        doc.originalSpan(s, ld.person().begin(), ld.person().end()),
                        doc.originalSpan(s, ld.placeBegin(), ld.placeEnd()), ld.relation().id() + "/" + ld.rule(), 0.85);
                book.add(ld.relation(), person, state.registry().resolve(ld.place(), EntityType.PLACE, s), ev);
                continue;
            }
            Evidence ev = new Evidence(state.documentId(), s, sentence.span(), sentence.text(),
                    doc.originalSpan(s, ld.person().begin(), ld.person().end()),
                    doc.originalSpan(s, ld.begin(), ld.end()), ld.relation().id() + "/" + ld.rule(), 0.9);
            book.addDated(ld.relation(), person, ld.date(), ev);
        }
    }
}
