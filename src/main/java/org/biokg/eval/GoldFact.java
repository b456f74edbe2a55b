package org.biokg.eval;

import org.biokg.extract.Relation;

import java.util.List;

/**
 * A fact of the gold {@code facts.tsv}. Lines sharing an id are one fact with several pieces of evidence.
 *
 * @param id       the gold id, e.g. {@code F012}
 * @param relation the relation
 * @param subject  the subject's canonical name (a row of entities.tsv)
 * @param object   the object's canonical name; the ISO date for birthDate/deathDate
 * @param start    start date (ISO 8601) or null
 * @param end      end date (ISO 8601) or null
 * @param evidence where the fact is stated, at least one
 */
public record GoldFact(String id, Relation relation, String subject, String object, String start, String end,
                       List<GoldEvidence> evidence) {
    public GoldFact {
        evidence = List.copyOf(evidence);
    }

    /** In scope when one of its evidence offsets lies in the scope. */
    public boolean inScope(Scope scope) {
        return evidence.stream().anyMatch(e -> scope.contains(e.offset()));
    }

    public boolean hasDates() {
        return start != null || end != null;
    }

    /** The first evidence in scope (or the first at all): what an error list shows. */
    public GoldEvidence evidenceIn(Scope scope) {
        return evidence.stream().filter(e -> scope.contains(e.offset())).findFirst().orElse(evidence.get(0));
    }

    @Override
    public String toString() {
        return relation.id() + "(" + subject + ", " + object + ")"
                + (hasDates() ? " [" + (start == null ? "" : start) + ".." + (end == null ? "" : end) + "]" : "");
    }
}
