package org.biokg.extract;

import java.util.function.Predicate;

/** Finds a fact of an extraction result by its relation and labels (either direction for symmetric relations). */
public final class FactLookup {
    private FactLookup() {
    }

    public static Fact find(ExtractionResult in, String relation, String subject, String object) {
        return find(in, relation, subject, object, f -> true);
    }

    /** The first such fact that {@code which} also accepts, or null. */
    public static Fact find(ExtractionResult in, String relation, String subject, String object, Predicate<Fact> which) {
        Relation r = Relation.byId(relation).orElseThrow();
        for (Fact f : in.facts()) {
            boolean forward = f.subject().label().equals(subject) && f.objectLabel().equals(object);
            boolean back = r.symmetric() && f.subject().label().equals(object) && f.objectLabel().equals(subject);
            if (f.relation() == r && (forward || back) && which.test(f)) {
                return f;
            }
        }
        return null;
    }
}
