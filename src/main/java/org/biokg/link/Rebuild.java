package org.biokg.link;

import org.biokg.extract.Entity;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Copies of extraction results, so that linking never changes the result it was given (the same result may
 * be built without links, or cached by a test).
 */
final class Rebuild {
    private Rebuild() {
    }

    /** A deep copy: new Entity and Fact objects with the same ids, labels, aliases, links and evidence. */
    static ExtractionResult copy(ExtractionResult r) {
        Map<String, Entity> copies = new LinkedHashMap<>();
        UnaryOperator<Entity> copyOf = e -> e == null ? null : copies.computeIfAbsent(e.id(), id -> {
            Entity c = new Entity(e.id(), e.label(), e.type());
            e.aliases().forEach(c::addAlias);
            c.setLink(e.wikipediaTitle(), e.linkConfidence());
            c.setScope(e.scope());
            e.nerTags().forEach(c::addNerTag);
            e.mergedNames().forEach(c::recordMerge);
            return c;
        });
        Entity subject = copyOf.apply(r.subject());
        List<Entity> entities = new ArrayList<>();
        for (Entity e : r.entities()) {
            entities.add(copyOf.apply(e));
        }
        return new ExtractionResult(r.documentId(), r.sourceName(), subject, entities, repoint(r.facts(), copyOf));
    }

    /**
     * The facts with their entities replaced by {@code map}'s: facts that become the same fact are one, with
     * all their evidence, unless they are two terms of one post that do not overlap ("war correspondent" from 1912
     * and "war correspondent for the Clarion" from 1914, found to be one post, stay two terms); facts that become
     * a relation of an entity with itself are dropped.
     */
    static List<Fact> repoint(List<Fact> facts, UnaryOperator<Entity> map) {
        Map<String, Fact> out = new LinkedHashMap<>();
        Map<String, Set<Evidence>> evidence = new LinkedHashMap<>();
        for (Fact f : facts) {
            Entity s = map.apply(f.subject());
            Entity o = f.object() == null ? null : map.apply(f.object());
            if (o != null && o.equals(s)) {
                continue;
            }
            Fact g = o != null ? Fact.between(f.relation(), s, o) : Fact.dated(f.relation(), s, f.date());
            String key = g.key();
            for (int n = 2; out.containsKey(key) && separateTerms(out.get(key), f); n++) {
                key = g.key() + "#" + n;
            }
            Fact kept = out.putIfAbsent(key, g);
            if (kept == null) {
                kept = g;
            }
            if (kept.start() == null) {
                kept.setStart(f.start());
                kept.setStartSource(f.startSource());
            }
            if (kept.end() == null) {
                kept.setEnd(f.end());
                kept.setEndSource(f.endSource());
            }
            if (kept.body() == null && f.body() != null) {
                Entity body = map.apply(f.body());
                if (!body.equals(kept.subject()) && !body.equals(kept.object())) {
                    kept.setBody(body);
                }
            }
            evidence.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(f.evidence());
        }
        List<Fact> result = new ArrayList<>();
        for (Map.Entry<String, Fact> e : out.entrySet()) {
            Fact f = e.getValue();
            evidence.get(e.getKey()).forEach(f::addEvidence);
            result.add(f);
        }
        return result;
    }

    /** Two terms of one post, each dated, neither starting within the other nor in the same year. */
    private static boolean separateTerms(Fact kept, Fact f) {
        return kept.relation() == Relation.HELD_OFFICE && f.relation() == Relation.HELD_OFFICE
                && kept.start() != null && f.start() != null && !PostVariants.overlap(kept, f);
    }
}
