package org.biokg.extract.facts;

import org.biokg.extract.DateMention;
import org.biokg.extract.DateSource;
import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionState;
import org.biokg.extract.Fact;
import org.biokg.extract.FactBook;
import org.biokg.extract.Holding;
import org.biokg.extract.Lexicon;
import org.biokg.extract.Relation;
import org.biokg.extract.SentenceStep;
import org.biokg.extract.rules.AppositiveRoles;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.text.Sentence;

import java.util.List;
import java.util.Set;

/**
 * "Ann Roe, the secretary of the Labour Party, …": the post the apposition names is one she held, dated like the
 * apposition rules (see {@link AppositiveRoles}). Rule id {@code heldOffice/appositive-role}, with the repairs behind
 * the edges its date was read over.
 */
public final class AppositiveRoleFacts implements SentenceStep {
    private final AppositiveRoles appositiveRoles = new AppositiveRoles();
    private final Lexicon lexicon;

    public AppositiveRoleFacts(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String id() {
        return "appositive-roles";
    }

    @Override
    public Set<Holding> needs() {
        return Set.of(Holding.MENTIONS, Holding.DATES, Holding.REPAIRED_PARSES, Holding.ENTITIES, Holding.NARRATIVE_DATE);
    }

    @Override
    public Set<Holding> provides() {
        return Set.of(Holding.FACTS);
    }

    @Override
    public void apply(ExtractionState state, int s) {
        AnnotatedDocument doc = state.doc();
        Sentence sentence = doc.clean().sentences().get(s);
        for (AppositiveRoles.Pair a : appositiveRoles.find(doc, s, state.mentions().get(s))) {
            Entity person = state.entityOf().get(a.person());
            Entity office = state.entityOf().get(a.role());
            if (person == null || office == null || office.type() != EntityType.OFFICE || lexicon.namesAnEvent(office.label())) {
                continue;
            }
            // the pair is read off the tokens; only its date is read off the parse, so the repairs named are those
            // behind the edges that reach the date
            FactDates.ClauseDate dated = FactDates.clauseOrNarrativeDateWithRepairs(doc, s, a.role().head(), state.dates().get(s),
                    state.narrativeDate());
            DateMention d = dated.date();
            List<String> repairs = dated.repairs();
            Fact f = state.book().add(Relation.HELD_OFFICE, person, office, new Evidence(state.documentId(), s, sentence.span(),
                    sentence.text(), doc.originalSpan(s, a.person().begin(), a.person().end()),
                    doc.originalSpan(s, a.role().begin(), a.role().end()), "heldOffice/appositive-role", 0.8, repairs));
            if (d != null) {
                FactBook.date(f, d.value(), null, DateSource.of(doc, d));
            }
        }
    }
}
