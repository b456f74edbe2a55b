package org.biokg.link;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two entities linked to the same Wikipedia page are one entity: the merger keeps one of them, gives it the
 * others' names as aliases and points their facts at it. Only links at or above the threshold count: a
 * suggestion is no proof of identity. Entities of different types on one page cannot both be right: the
 * surer link stays, the others are dropped.
 */
final class EntityMerger {
    private final double threshold;

    EntityMerger(double threshold) {
        this.threshold = threshold;
    }

    /** Merges within one result (whose entities are already copies the linker owns). */
    ExtractionResult merge(ExtractionResult r) {
        Map<String, Integer> factCounts = new HashMap<>();
        for (Fact f : r.facts()) {
            for (Entity e : new Entity[]{f.subject(), f.object(), f.body()}) {
                if (e != null) {
                    factCounts.merge(e.id(), 1, Integer::sum);
                }
            }
        }
        Map<String, List<Entity>> byTitle = new LinkedHashMap<>();
        for (Entity e : r.subjectAndEntities()) {
            if (accepted(e)) {
                byTitle.computeIfAbsent(e.wikipediaTitle(), t -> new ArrayList<>()).add(e);
            }
        }
        MergeMap into = new MergeMap();
        for (Map.Entry<String, List<Entity>> g : byTitle.entrySet()) {
            List<Entity> group = g.getValue();
            if (group.size() < 2) {
                continue;
            }
            EntityType type = group.stream().max(Comparator.comparingDouble(Entity::linkConfidence)).orElseThrow().type();
            List<Entity> same = new ArrayList<>();
            for (Entity e : group) {
                if (e.type() == type) {
                    same.add(e);
                } else {
                    e.setLink(null, 0);
                }
            }
            if (same.size() < 2) {
                continue;
            }
            Entity keep = survivor(same, r.subject(), g.getKey(), factCounts);
            for (Entity e : same) {
                if (e != keep) {
                    keep.setLink(keep.wikipediaTitle(), Math.max(keep.linkConfidence(), e.linkConfidence()));
                    into.merge(e, keep, String.format(java.util.Locale.ROOT, "'%s' and '%s' link to the same Wikipedia page, %s",
                            e.label(), keep.label(), g.getKey()));
                }
            }
        }
        return into.applyTo(r);
    }

    private boolean accepted(Entity e) {
        return e.wikipediaTitle() != null && e.linkConfidence() >= threshold;
    }

    /** The subject; else the one named like the page; else the one in most facts; else the first. */
    private static Entity survivor(List<Entity> same, Entity subject, String title, Map<String, Integer> factCounts) {
        for (Entity e : same) {
            if (e.equals(subject)) {
                return e;
            }
        }
        String page = SurfaceKey.of(WikiTitle.base(title));
        for (Entity e : same) {
            if (SurfaceKey.of(e.label()).equals(page)) {
                return e;
            }
        }
        Entity best = same.get(0);
        for (Entity e : same) {
            if (factCounts.getOrDefault(e.id(), 0) > factCounts.getOrDefault(best.id(), 0)) {
                best = e;
            }
        }
        return best;
    }

}
