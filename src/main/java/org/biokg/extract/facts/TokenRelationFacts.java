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
import org.biokg.extract.Holding;
import org.biokg.extract.Mention;
import org.biokg.extract.Relation;
import org.biokg.extract.SentenceStep;
import org.biokg.extract.repair.RepairLog;
import org.biokg.extract.rules.TokenRelations;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.text.Sentence;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relations read from the tokens where the parse is no help ("a paper aimed at workers called the Voice"; see
 * {@link TokenRelations}): a fact between the anchor's subject and each name the pattern found.
 */
public final class TokenRelationFacts implements SentenceStep {
    private final TokenRelations tokenRelations;

    public TokenRelationFacts(TokenRelations tokenRelations) {
        this.tokenRelations = tokenRelations;
    }

    @Override
    public String id() {
        return "token-relations";
    }

    @Override
    public Set<Holding> needs() {
        return Set.of(Holding.MENTIONS, Holding.DATES, Holding.REPAIRED_PARSES, Holding.SUBJECT, Holding.ENTITIES,
                Holding.NARRATIVE_DATE);
    }

    @Override
    public Set<Holding> provides() {
        return Set.of(Holding.FACTS);
    }

    @Override
    public void apply(ExtractionState state, int s) {
        AnnotatedDocument doc = state.doc();
        Sentence sentence = doc.clean().sentences().get(s);
        List<Mention> mentions = state.mentions().get(s);
        Map<Mention, Entity> entityOf = state.entityOf();
        for (TokenRelations.Match m : tokenRelations.find(doc, s, mentions)) {
            Entity anchored = entityOf.get(m.anchorSubject());
            if (anchored == null || anchored.type() == EntityType.PLACE || anchored.type() == EntityType.OFFICE) {
                continue;
            }
            for (int[] name : m.names()) {
                Entity named = namedAt(doc, s, name, mentions, entityOf, state.registry(), m.relation());
                if (named == null || named.equals(anchored)) {
                    continue;
                }
                Entity subj = m.anchorIsSubject() ? anchored : named;
                Entity obj = m.anchorIsSubject() ? named : anchored;
                var anchorSpan = doc.originalSpan(s, m.anchorSubject().begin(), m.anchorSubject().end());
                var nameSpan = doc.originalSpan(s, name[0], name[1]);
                // a founding is dated too: the repairs behind the edges to its date count beside the subject's
                boolean dated = m.relation() == Relation.FOUNDED;
                FactDates.ClauseDate date = dated
                        ? FactDates.clauseOrNarrativeDateWithRepairs(doc, s, m.anchor(), state.dates().get(s), state.narrativeDate())
                        : null;
                DateMention d = dated ? date.date() : null;
                List<String> repairs = dated ? repairs(doc, s, m, date.repairs()) : m.repairs();
                Fact fact = state.book().add(m.relation(), subj, obj, new Evidence(state.documentId(), s, sentence.span(),
                        sentence.text(), m.anchorIsSubject() ? anchorSpan : nameSpan, m.anchorIsSubject() ? nameSpan : anchorSpan,
                        m.rule(), 0.7, repairs));
                if (d != null) {
                    FactBook.date(fact, d.value(), null, DateSource.of(doc, d));
                }
            }
        }
    }

    /** The repairs behind the match's subject and behind its date, in the order they ran. */
    private static List<String> repairs(AnnotatedDocument doc, int s, TokenRelations.Match m, List<String> ofDate) {
        if (ofDate.isEmpty()) {
            return m.repairs();
        }
        java.util.Set<String> both = new java.util.HashSet<>(m.repairs());
        both.addAll(ofDate);
        return RepairLog.of(doc.sentence(s)).inRunOrder(both);
    }

    /**
     * The entity a token-rule name names: its person's mention for a family relation; for a founding, the mention
     * there unless it is a person (a one-word name NER took for one) or a place, else a publication of that name.
     */
    private static Entity namedAt(AnnotatedDocument doc, int s, int[] name, List<Mention> mentions, Map<Mention, Entity> entityOf,
                                  EntityRegistry registry, Relation relation) {
        Mention named = Mention.at(mentions, name[0], false);
        Entity e = named != null && named.begin() == name[0] ? entityOf.get(named) : null;
        if (relation != Relation.FOUNDED) {
            return e != null && e.type() == EntityType.PERSON ? e : null;
        }
        if (e == null || e.type() == EntityType.PERSON || e.type() == EntityType.PLACE) {
            e = registry.resolve(doc.text(s, name[0], name[1]), EntityType.PUBLICATION, s);
        }
        return e;
    }
}
