package org.biokg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One extracted fact: relation(subject, object) with its term dates and all the evidence found for it. The
 * same fact read in several sentences is one Fact with several {@link Evidence}s.
 */
public final class Fact {
    private final Relation relation;
    private final Entity subject;
    private final Entity object;
    private final TimeValue date;
    private TimeValue start;
    private TimeValue end;
    private Entity body;
    private DateSource startSource;
    private DateSource endSource;
    private final List<Evidence> evidence = new ArrayList<>();

    private Fact(Relation relation, Entity subject, Entity object, TimeValue date) {
        this.relation = Objects.requireNonNull(relation);
        this.subject = Objects.requireNonNull(subject);
        this.object = object;
        this.date = date;
    }

    /** A fact between two entities. */
    public static Fact between(Relation relation, Entity subject, Entity object) {
        if (relation.dateValued()) {
            throw new IllegalArgumentException(relation.id() + " takes a date, not an entity");
        }
        return new Fact(relation, subject, Objects.requireNonNull(object), null);
    }

    /** A date-valued fact (birthDate, deathDate). */
    public static Fact dated(Relation relation, Entity subject, TimeValue date) {
        if (!relation.dateValued()) {
            throw new IllegalArgumentException(relation.id() + " takes an entity, not a date");
        }
        return new Fact(relation, subject, null, Objects.requireNonNull(date));
    }

    public Relation relation() {
        return relation;
    }

    public Entity subject() {
        return subject;
    }

    /** The object entity, or null for date-valued relations. */
    public Entity object() {
        return object;
    }

    /** The object date of birthDate/deathDate, else null. */
    public TimeValue date() {
        return date;
    }

    /** Start of the term or episode, when the text gives it. */
    public TimeValue start() {
        return start;
    }

    public TimeValue end() {
        return end;
    }

    /** For heldOffice: the body the office belongs to, when the text names it. */
    public Entity body() {
        return body;
    }

    public void setStart(TimeValue start) {
        this.start = start;
    }

    public void setEnd(TimeValue end) {
        this.end = end;
    }

    /** Where the start date was read (a sentence, infobox field or heading), or null. */
    public DateSource startSource() {
        return startSource;
    }

    /** Where the end date was read, or null. */
    public DateSource endSource() {
        return endSource;
    }

    public void setStartSource(DateSource source) {
        this.startSource = source;
    }

    public void setEndSource(DateSource source) {
        this.endSource = source;
    }

    public void setBody(Entity body) {
        this.body = body;
    }

    public List<Evidence> evidence() {
        return Collections.unmodifiableList(evidence);
    }

    public void addEvidence(Evidence e) {
        evidence.add(Objects.requireNonNull(e));
    }

    /** The label of the object as TSV prints it: the entity's label, or the ISO date. */
    public String objectLabel() {
        return object != null ? object.label() : date.iso();
    }

    /**
     * Combined confidence: independent pieces of evidence reinforce each other (noisy-or), so a fact read in
     * two sentences is surer than one read once.
     */
    public double confidence() {
        double disbelief = 1.0;
        for (Evidence e : evidence) {
            disbelief *= 1.0 - e.confidence();
        }
        return 1.0 - disbelief;
    }

    /** A key identifying the fact regardless of evidence; symmetric relations are order-free. */
    public String key() {
        String s = subject.id();
        String o = object != null ? object.id() : "date:" + date.iso();
        if (relation.symmetric() && s.compareTo(o) > 0) {
            String t = s;
            s = o;
            o = t;
        }
        return relation.id() + "|" + s + "|" + o;
    }

    @Override
    public String toString() {
        return relation.id() + "(" + subject.label() + ", " + objectLabel() + ")"
                + (start != null ? " from " + start : "") + (end != null ? " to " + end : "");
    }
}
