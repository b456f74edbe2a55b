package org.biokg.link;

import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;
import org.biokg.extract.TimeValue;
import org.biokg.text.Labels;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "She lived in Salt Lake City … She left Utah on May 3": a stay known only by its end, in a place that holds the
 * place the person was staying in (by {@code locatedIn}, or "X" for "X City"), is the end of that stay, not a second
 * one. The stay gets the end and the departure's evidence; the departure goes. Only when exactly one stay fits.
 */
final class Departures {
    private static final Set<Relation> STAYS = EnumSet.of(Relation.RESIDED_IN, Relation.EXILED_TO);

    private Departures() {
    }

    static ExtractionResult consolidate(ExtractionResult r) {
        Nesting nesting = Nesting.of(r.facts());
        Set<Fact> gone = new HashSet<>();
        for (Fact departure : r.facts()) {
            if (!STAYS.contains(departure.relation()) || departure.start() != null || departure.end() == null) {
                continue;
            }
            Fact stay = null;
            int found = 0;
            for (Fact s : r.facts()) {
                if (s != departure && !gone.contains(s) && STAYS.contains(s.relation()) && s.subject().equals(departure.subject())
                        && !s.object().equals(departure.object()) && within(s, departure, nesting) && s.start() != null
                        && notAfter(s.start(), departure.end()) && (s.end() == null || s.end().equals(departure.end()))) {
                    stay = s;
                    found++;
                }
            }
            if (found != 1) {
                continue;
            }
            for (Evidence e : departure.evidence()) {
                stay.addEvidence(e);
            }
            if (stay.end() == null) {
                stay.setEnd(departure.end());
                stay.setEndSource(departure.endSource());
            }
            gone.add(departure);
        }
        if (gone.isEmpty()) {
            return r;
        }
        List<Fact> kept = new ArrayList<>();
        for (Fact f : r.facts()) {
            if (!gone.contains(f)) {
                kept.add(f);
            }
        }
        return new ExtractionResult(r.documentId(), r.sourceName(), r.subject(), r.entities(), kept);
    }

    /** Whether the stay's place lies in the place left: by locatedIn, or "X City" for "X". */
    private static boolean within(Fact stay, Fact departure, Nesting nesting) {
        return nesting.within(stay.object(), departure.object())
                || Labels.key(stay.object().label()).equals(Labels.key(departure.object().label()) + " city");
    }

    /** "1917" is not after "1917-03-27": dates compared at the coarser one's precision. */
    private static boolean notAfter(TimeValue a, TimeValue b) {
        int n = Math.min(a.iso().length(), b.iso().length());
        return a.iso().substring(0, n).compareTo(b.iso().substring(0, n)) <= 0;
    }
}
