package org.biokg.link;

import org.biokg.extract.Entity;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entities of one document found to be one: each merged entity's names become aliases of the one kept and its facts
 * point at it (two facts that become the same are one, with the evidence of both). What the Wikipedia-link merge
 * ({@link EntityMerger}) and the within-document consolidation ({@link DocumentConsolidation}) share.
 */
final class MergeMap {
    private final Map<Entity, Entity> into = new LinkedHashMap<>();
    private final Map<Entity, String> reasons = new LinkedHashMap<>();

    /**
     * Records that {@code merged} is {@code kept}, and why, in words a user can check (the graph shows it as a
     * {@code biokg:EntityMerge}); chains ("A" into "B", "B" into "C") are followed.
     */
    void merge(Entity merged, Entity kept, String reason) {
        if (!merged.equals(kept) && !into.containsKey(merged)) {
            into.put(merged, kept);
            reasons.put(merged, reason);
        }
    }

    boolean isEmpty() {
        return into.isEmpty();
    }

    /** Whether {@code e} is merged into another entity. */
    boolean merged(Entity e) {
        return into.containsKey(e);
    }

    /** The entity {@code e} ends up as. */
    Entity target(Entity e) {
        Set<Entity> seen = new LinkedHashSet<>();
        Entity at = e;
        while (into.containsKey(at) && seen.add(at)) {
            at = into.get(at);
        }
        return at;
    }

    /** {@code r} with the merges made; the kept entities gain the merged ones' names (so apply to a copy). */
    ExtractionResult applyTo(ExtractionResult r) {
        if (into.isEmpty()) {
            return r;
        }
        for (Entity merged : into.keySet()) {
            Entity kept = target(merged);
            if (!kept.equals(merged)) {
                kept.addAlias(merged.label());
                merged.aliases().forEach(kept::addAlias);
                kept.recordMerge(merged.label(), reasons.get(merged));
                merged.mergedNames().forEach(kept::recordMerge);
            }
        }
        List<Entity> entities = new ArrayList<>();
        for (Entity e : r.entities()) {
            if (!into.containsKey(e)) {
                entities.add(e);
            }
        }
        Entity subject = target(r.subject());
        List<Fact> facts = Rebuild.repoint(r.facts(), this::target);
        return new ExtractionResult(r.documentId(), r.sourceName(), subject, entities, facts);
    }
}
