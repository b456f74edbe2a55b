package org.biokg.link;

import org.biokg.extract.EntityType;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges followed to their end: when "Roe" goes to "Ada Roe" and "Ada Roe" (in another document) to "Ada Mary
 * Roe", both end at "Ada Mary Roe". A label naming a kind is followed only from its own document: one document's
 * "President" going to "Ruritanian President" says nothing of another document's "President". Serializable, as part of
 * what a distributed job ships to its workers ({@link CrossDocumentEntities.Applier}).
 */
final class MergeChains implements Serializable {
    private final Map<String, EntityMerge> byFrom = new HashMap<>();

    /** @param merges in {@link CrossDocumentEntities#find}'s order: the first merge from a name is followed */
    MergeChains(Collection<EntityMerge> merges) {
        for (EntityMerge m : merges) {
            byFrom.putIfAbsent(from(m), m);
        }
    }

    /** {@code merges}, each with its target followed to the end. */
    static List<EntityMerge> closed(Collection<EntityMerge> merges) {
        MergeChains chains = new MergeChains(merges);
        List<EntityMerge> out = new ArrayList<>();
        merges.forEach(m -> out.add(chains.end(m)));
        return out;
    }

    /** {@code m} with its target followed to the end (a cycle stops where it would come round). */
    EntityMerge end(EntityMerge m) {
        EntityMerge at = m;
        Set<String> seen = new LinkedHashSet<>();
        while (seen.add(into(at))) {
            EntityMerge next = byFrom.get(into(at));
            if (next == null) {
                break;
            }
            at = next;
        }
        return at == m ? m : m.movedTo(at.intoLabel(), scope(at));
    }

    /**
     * The resource a merge leads to: its label in the scope it names; a label naming a kind without a scope stays
     * in the merged entity's document ("Foreign minister" → "Foreign Minister" is still this document's post).
     */
    private static String into(EntityMerge m) {
        return node(m.type(), m.intoLabel(), scope(m));
    }

    private static String scope(EntityMerge m) {
        return m.intoScope() != null ? m.intoScope() : KindLabels.kind(m.intoLabel(), m.type()) ? m.documentId() : null;
    }

    /** A merge starts from its label, in its document when the label names a kind. */
    private static String from(EntityMerge m) {
        return node(m.type(), m.fromLabel(), KindLabels.kind(m.fromLabel(), m.type()) ? m.documentId() : null);
    }

    private static String node(EntityType type, String label, String scope) {
        return type + "\u0000" + label + "\u0000" + (scope == null ? "" : scope);
    }
}
