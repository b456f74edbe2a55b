package org.biokg.link;

import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A person is born (dies) once: when one sentence gives the year ("born in 1857 in Lund") and another the day
 * ("(22 February 1857 – 1 January 1894)"), the year is the day told less precisely, not a second birth date. The
 * less precise date goes and its sentences become evidence of the more precise one; two dates that disagree
 * ("1847" and "1857-02-22") both stay, for the reader to weigh.
 */
final class LifeDatePrecision {
    private LifeDatePrecision() {
    }

    static ExtractionResult consolidate(ExtractionResult r) {
        Map<String, List<Fact>> byPersonAndRelation = new HashMap<>();
        for (Fact f : r.facts()) {
            if (isLifeDate(f)) {
                byPersonAndRelation.computeIfAbsent(f.subject().id() + "|" + f.relation(), k -> new ArrayList<>()).add(f);
            }
        }
        Map<Fact, Fact> moreExact = new HashMap<>();
        for (List<Fact> dates : byPersonAndRelation.values()) {
            for (Fact f : dates) {
                Fact best = null;
                for (Fact g : dates) {
                    if (refines(g, f) && (best == null || g.date().iso().length() > best.date().iso().length())) {
                        best = g;
                    }
                }
                if (best != null) {
                    moreExact.put(f, best);
                }
            }
        }
        if (moreExact.isEmpty()) {
            return r;
        }
        List<Fact> out = new ArrayList<>();
        for (Fact f : r.facts()) {
            Fact into = moreExact.get(f);
            if (into == null) {
                out.add(f);
                continue;
            }
            for (Evidence e : f.evidence()) {
                if (!into.evidence().contains(e)) {
                    into.addEvidence(e);
                }
            }
        }
        return new ExtractionResult(r.documentId(), r.sourceName(), r.subject(), r.entities(), out);
    }

    private static boolean isLifeDate(Fact f) {
        return (f.relation() == Relation.BIRTH_DATE || f.relation() == Relation.DEATH_DATE) && f.date() != null;
    }

    /** {@code fine} tells {@code coarse} more precisely: "1857-02-22" refines "1857" and "1857-02". */
    private static boolean refines(Fact fine, Fact coarse) {
        String a = fine.date().iso();
        String b = coarse.date().iso();
        return a.length() > b.length() && a.startsWith(b) && a.charAt(b.length()) == '-';
    }
}
