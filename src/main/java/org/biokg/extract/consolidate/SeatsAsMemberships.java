package org.biokg.extract.consolidate;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionState;
import org.biokg.extract.ExtractionStep;
import org.biokg.extract.Fact;
import org.biokg.extract.FactBook;
import org.biokg.extract.Holding;
import org.biokg.extract.Relation;
import org.biokg.text.WordList;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "Bob Roe had been a senator", "he became a congressman": a legislator's bare title names no post of its own but a
 * seat in a chamber (seat-chambers.tsv), so the holding becomes a membership of that chamber, with the same dates and
 * evidence (rule {@code memberOf/seat-as-membership}). A title that says more ("Senator from Utah") stays an office.
 */
public final class SeatsAsMemberships implements ExtractionStep {
    private static final Map<String, String> CHAMBERS =
            WordList.fromResource("org/biokg/extract/seat-chambers.tsv").secondColumns();

    @Override
    public String id() {
        return "seats-as-memberships";
    }

    @Override
    public Set<Holding> needs() {
        return Set.of(Holding.FACTS);
    }

    @Override
    public Set<Holding> provides() {
        return Set.of(Holding.FACTS);
    }

    @Override
    public void apply(ExtractionState state) {
        FactBook book = state.book();
        for (Fact f : book.facts()) {
            String chamber = f.relation() == Relation.HELD_OFFICE && f.object() != null
                    ? CHAMBERS.get(f.object().label().toLowerCase(Locale.ROOT)) : null;
            if (chamber == null) {
                continue;
            }
            Entity body = state.registry().resolve(Character.toUpperCase(chamber.charAt(0)) + chamber.substring(1),
                    EntityType.ORGANIZATION, f.evidence().get(0).sentenceIndex());
            Fact member = null;
            for (Evidence e : f.evidence()) {
                member = book.add(Relation.MEMBER_OF, f.subject(), body, new Evidence(e.documentId(), e.sentenceIndex(),
                        e.sentence(), e.sentenceText(), e.subjectSpan(), e.objectSpan(), "memberOf/seat-as-membership",
                        e.confidence(), e.repairs()));
            }
            if (member != null) {
                FactBook.date(member, f.start(), f.end(), f.startSource(), f.endSource());
            }
            book.remove(f);
        }
    }
}
