package org.biokg.link;

import org.biokg.extract.DateSource;
import org.biokg.extract.Entity;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;

import java.util.HashMap;
import java.util.Map;

/** Each person's death date in one document, and the sentence (or infobox field) that gives it. */
final class DeathDates {
    private DeathDates() {
    }

    /**
     * The death date fact of each person who has one; of two that disagree, the more precise, then the later: a
     * wrong one is most often a parent's death read as the child's ("her mother died in May 1878").
     */
    static Map<Entity, Fact> of(ExtractionResult r) {
        Map<Entity, Fact> deaths = new HashMap<>();
        for (Fact f : r.facts()) {
            if (f.relation() == Relation.DEATH_DATE && f.date() != null && !f.evidence().isEmpty()) {
                deaths.merge(f.subject(), f, (a, b) -> {
                    int precision = Integer.compare(b.date().iso().length(), a.date().iso().length());
                    return precision > 0 || (precision == 0 && b.date().compareTo(a.date()) > 0) ? b : a;
                });
            }
        }
        return deaths;
    }

    /** Ends {@code f} on the death date of {@code death}, with the death's first evidence as the date's source. */
    static void end(Fact f, Fact death) {
        Evidence e = death.evidence().get(0);
        f.setEnd(death.date());
        f.setEndSource(new DateSource(e.documentId(), e.sentenceIndex() >= 0 ? DateSource.Kind.SENTENCE
                : DateSource.Kind.INFOBOX, e.sentenceIndex(), e.sentence(), e.sentenceText()));
    }
}
