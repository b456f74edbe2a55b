package org.biokg.rdf;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;
import org.biokg.rdf.IriMinter.EntityKey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A person the text names by one name only ("his younger sister, Olga") is a node a reader cannot place: she is
 * described by the family ties that place her, to people named in full ("sibling of Ada Roe, spouse of Bob Lind"),
 * written as {@code schema:description} beside her label.
 */
final class OneNamePeople {
    private OneNamePeople() {
    }

    static Map<EntityKey, String> descriptions(List<ExtractionResult> results, Function<Entity, EntityKey> key) {
        Map<EntityKey, Set<String>> ties = new LinkedHashMap<>();
        for (ExtractionResult r : results) {
            for (Fact f : r.facts()) {
                if (f.object() == null) {
                    continue;
                }
                tie(ties, key, f.relation(), f.subject(), f.object(), false);
                tie(ties, key, f.relation(), f.object(), f.subject(), true);
            }
        }
        Map<EntityKey, String> out = new LinkedHashMap<>();
        ties.forEach((k, v) -> out.put(k, String.join(", ", v))); // in alphabetical order: the same for every build
        return out;
    }

    /** The tie of {@code who}, if named by one word, to {@code other}, if named in full. */
    private static void tie(Map<EntityKey, Set<String>> ties, Function<Entity, EntityKey> key, Relation relation,
                            Entity who, Entity other, boolean reversed) {
        if (who.type() != EntityType.PERSON || other.type() != EntityType.PERSON || who.label().contains(" ")
                || !other.label().contains(" ")) {
            return;
        }
        String role = switch (relation) {
            case SIBLING_OF -> "sibling";
            case SPOUSE -> "spouse";
            case PARENT_OF -> reversed ? "child" : "parent";
            default -> null;
        };
        if (role != null) {
            ties.computeIfAbsent(key.apply(who), k -> new TreeSet<>()).add(role + " of " + other.label());
        }
    }
}
