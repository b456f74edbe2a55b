package org.biokg.link;

import org.biokg.extract.Entity;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Which places of a document lie within which, from its {@code locatedIn} facts, followed through. */
final class Nesting {
    private final Map<Entity, Set<Entity>> wider = new HashMap<>();

    private Nesting() {
    }

    static Nesting of(Iterable<Fact> facts) {
        Nesting n = new Nesting();
        for (Fact f : facts) {
            if (f.relation() == Relation.LOCATED_IN) {
                n.wider.computeIfAbsent(f.subject(), k -> new LinkedHashSet<>()).add(f.object());
            }
        }
        return n;
    }

    /** Every place {@code place} lies in, directly or through others. */
    Set<Entity> around(Entity place) {
        Set<Entity> seen = new LinkedHashSet<>();
        Deque<Entity> todo = new ArrayDeque<>(wider.getOrDefault(place, Set.of()));
        while (!todo.isEmpty()) {
            Entity w = todo.pop();
            if (seen.add(w)) {
                todo.addAll(wider.getOrDefault(w, Set.of()));
            }
        }
        return seen;
    }

    /** Whether {@code inner} lies within {@code outer} and not the other way round (a text that contradicts itself). */
    boolean within(Entity inner, Entity outer) {
        return !inner.equals(outer) && around(inner).contains(outer) && !around(outer).contains(inner);
    }

    /** Whether either place is said to lie in the other. */
    boolean related(Entity a, Entity b) {
        return around(a).contains(b) || around(b).contains(a);
    }
}
