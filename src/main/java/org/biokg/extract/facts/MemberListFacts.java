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
import org.biokg.extract.Mention;
import org.biokg.extract.Relation;
import org.biokg.extract.SentenceStep;
import org.biokg.extract.rules.MemberLists;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.text.Sentence;

import java.util.List;
import java.util.Set;

/**
 * "the Council (Ann Roe, Bob Lee, Cy Dorn)": the people listed are members (see {@link MemberLists}). Rule id
 * {@code memberOf/members-in-parentheses}, with the repairs behind the edges its date was read over.
 */
public final class MemberListFacts implements SentenceStep {
    private final MemberLists memberLists = new MemberLists();

    @Override
    public String id() {
        return "member-lists";
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
        for (MemberLists.Listing l : memberLists.find(doc, s, state.mentions().get(s))) {
            Entity body = state.entityOf().get(l.body());
            if (body == null || body.type() != EntityType.ORGANIZATION) {
                continue;
            }
            FactDates.ClauseDate dated = FactDates.clauseOrNarrativeDateWithRepairs(doc, s, l.body().head(), state.dates().get(s),
                    state.narrativeDate());
            DateMention d = dated.date();
            // the list is read off the tokens; only its date is read off the parse
            List<String> repairs = dated.repairs();
            for (Mention m : l.members()) {
                Entity person = state.entityOf().get(m);
                if (person == null || person.type() != EntityType.PERSON) {
                    continue;
                }
                Fact f = state.book().add(Relation.MEMBER_OF, person, body, new Evidence(state.documentId(), s, sentence.span(),
                        sentence.text(), doc.originalSpan(s, m.begin(), m.end()),
                        doc.originalSpan(s, l.body().begin(), l.body().end()), "memberOf/members-in-parentheses", 0.75, repairs));
                if (d != null) {
                    FactBook.date(f, d.value(), null, DateSource.of(doc, d));
                }
            }
        }
    }
}
