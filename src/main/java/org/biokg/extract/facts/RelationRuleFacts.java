package org.biokg.extract.facts;

import org.biokg.extract.ExtractionState;
import org.biokg.extract.Holding;
import org.biokg.extract.Lexicon;
import org.biokg.extract.Mention;
import org.biokg.extract.SentenceStep;
import org.biokg.extract.rules.Candidate;
import org.biokg.extract.rules.RelationFinder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relation rules of the rule files ({@link RelationFinder}: the parse repaired, Semgrex patterns matched) on one
 * sentence, each candidate made a fact ({@link CandidateFacts}), once per entity a plural pronoun stands for.
 */
public final class RelationRuleFacts implements SentenceStep {
    private final RelationFinder relationFinder;
    private final CandidateFacts candidateFacts;

    public RelationRuleFacts(RelationFinder relationFinder, Lexicon lexicon) {
        this.relationFinder = relationFinder;
        this.candidateFacts = new CandidateFacts(lexicon);
    }

    @Override
    public String id() {
        return "relation-rules";
    }

    @Override
    public Set<Holding> needs() {
        return Set.of(Holding.MENTIONS, Holding.DATES, Holding.REPAIRED_PARSES, Holding.SUBJECT, Holding.ENTITIES,
                Holding.PLURAL_ANTECEDENTS, Holding.NARRATIVE_DATE, Holding.FACTS);
    }

    @Override
    public Set<Holding> provides() {
        return Set.of(Holding.FACTS);
    }

    @Override
    public void apply(ExtractionState state, int s) {
        for (Candidate c : relationFinder.find(state.doc(), s, state.mentions().get(s), state.dates().get(s))) {
            for (Candidate each : forEachAntecedent(c, state.standIns())) {
                candidateFacts.add(state, s, each);
            }
        }
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
}
