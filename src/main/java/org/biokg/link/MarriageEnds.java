package org.biokg.link;

import org.biokg.extract.Entity;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;

import java.util.Map;

/**
 * A marriage ends at the latest when one of the two dies: "In 1886 Ada married Bob" in a life that ends "(1857 –
 * 1894)" is a marriage of 1886–1894, unless the text ended it before (a divorce gives its own end) or tells of a
 * later marriage. The end comes with the sentence that gives the death date.
 */
final class MarriageEnds {
    private MarriageEnds() {
    }

    static ExtractionResult consolidate(ExtractionResult r) {
        Map<Entity, Fact> deaths = DeathDates.of(r);
        for (Fact f : r.facts()) {
            if (f.relation() != Relation.SPOUSE || f.end() != null) {
                continue;
            }
            Fact first = earlier(deaths.get(f.subject()), deaths.get(f.object()));
            if (first == null || (f.start() != null && f.start().compareTo(first.date()) > 0)
                    || !lastMarriage(r, f, first.subject())) {
                continue;
            }
            DeathDates.end(f, first);
        }
        return r;
    }

    /**
     * Whether {@code f} is the last marriage of {@code dying}: the only one the text gives, or a dated one that
     * no other marriage is dated after. "Ada married four times, to Bob, Cy, Dan and Ed": no marriage of the four ends at her death.
     */
    private static boolean lastMarriage(ExtractionResult r, Fact f, Entity dying) {
        for (Fact other : r.facts()) {
            if (other.relation() != Relation.SPOUSE || other == f || !(other.subject().equals(dying) || other.object().equals(dying))) {
                continue;
            }
            Entity partner = other.subject().equals(dying) ? other.object() : other.subject();
            if (partner.equals(f.subject()) || partner.equals(f.object())) {
                continue;
            }
            // an undated marriage beside another is not known to be the last; a dated one is, unless another
            // began later
            if (f.start() == null || other.start() != null && other.start().compareTo(f.start()) > 0) {
                return false;
            }
        }
        return true;
    }

    private static Fact earlier(Fact a, Fact b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.date().compareTo(b.date()) <= 0 ? a : b;
    }
}
