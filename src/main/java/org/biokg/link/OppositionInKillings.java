package org.biokg.link;

import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A sentence that tells a killing ("Ann was attacked in her home by Bob, who …") gives killedBy(Ann, Bob); that the
 * same sentence also reads as an opposition between the two ("attacked by") says nothing more: the opposition loses
 * that sentence as evidence, and goes when it had no other.
 */
final class OppositionInKillings {
    private OppositionInKillings() {
    }

    static ExtractionResult consolidate(ExtractionResult r) {
        Set<String> killings = new HashSet<>();
        for (Fact f : r.facts()) {
            if (f.relation() == Relation.KILLED_BY) {
                for (Evidence e : f.evidence()) {
                    killings.add(pair(f.subject().id(), f.object().id()) + "|" + where(e));
                }
            }
        }
        if (killings.isEmpty()) {
            return r;
        }
        List<Fact> out = new ArrayList<>();
        boolean changed = false;
        for (Fact f : r.facts()) {
            if (f.relation() != Relation.OPPOSED) {
                out.add(f);
                continue;
            }
            List<Evidence> left = new ArrayList<>();
            for (Evidence e : f.evidence()) {
                if (!killings.contains(pair(f.subject().id(), f.object().id()) + "|" + where(e))) {
                    left.add(e);
                }
            }
            if (left.size() == f.evidence().size()) {
                out.add(f);
                continue;
            }
            changed = true;
            if (!left.isEmpty()) {
                out.add(withEvidence(f, left));
            }
        }
        return changed ? new ExtractionResult(r.documentId(), r.sourceName(), r.subject(), r.entities(), out) : r;
    }

    /** The two people, in either order. */
    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    private static String where(Evidence e) {
        return e.documentId() + "|" + e.sentenceIndex() + "|" + e.sentence();
    }

    /** A copy of the fact with only the given evidence; a date read in a dropped sentence goes with it. */
    private static Fact withEvidence(Fact f, List<Evidence> evidence) {
        Fact g = Fact.between(f.relation(), f.subject(), f.object());
        g.setBody(f.body());
        Set<String> dropped = new HashSet<>();
        for (Evidence e : f.evidence()) {
            dropped.add(e.sentence().toString());
        }
        for (Evidence e : evidence) {
            g.addEvidence(e);
            dropped.remove(e.sentence().toString());
        }
        if (f.startSource() == null || !dropped.contains(f.startSource().span().toString())) {
            g.setStart(f.start());
            g.setStartSource(f.startSource());
        }
        if (f.endSource() == null || !dropped.contains(f.endSource().span().toString())) {
            g.setEnd(f.end());
            g.setEndSource(f.endSource());
        }
        return g;
    }
}
