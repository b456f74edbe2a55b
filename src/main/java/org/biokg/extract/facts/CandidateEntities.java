package org.biokg.extract.facts;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityRegistry;
import org.biokg.extract.EntityType;
import org.biokg.extract.Mention;

import java.util.Map;

/** The entity a candidate's mention names, for a name a rule typed otherwise than NER did too. */
final class CandidateEntities {
    private CandidateEntities() {
    }

    /**
     * The entity of a mention. A coerced mention ("joined Vanguard", NER said person) retypes its entity
     * when that entity has only ever been named by that one word.
     */
    static Entity of(Mention m, Map<Mention, Entity> entityOf, EntityRegistry registry) {
        if (m.kind() != Mention.Kind.COERCED) {
            return entityOf.get(m);
        }
        boolean known = entityOf.keySet().stream().anyMatch(k -> k.sentence() == m.sentence() && k.begin() == m.begin() && k.end() == m.end());
        if (!known) {
            // a name NER left untagged, typed by the rule that reads it
            return registry.resolve(m.text(), m.type(), m.sentence());
        }
        for (Map.Entry<Mention, Entity> e : entityOf.entrySet()) {
            Mention k = e.getKey();
            if (k.sentence() == m.sentence() && k.begin() == m.begin() && k.end() == m.end()) {
                Entity entity = e.getValue();
                if (!entity.label().contains(" ") && entity.aliases().isEmpty()) {
                    entity.setType(m.type());
                    return entity;
                }
                if (m.type() == EntityType.PLACE && entity.type() == EntityType.PERSON) {
                    // "exiled to Maria Vila": the place, beside the person NER made of it
                    return registry.resolve(m.text(), EntityType.PLACE, m.sentence());
                }
                return null;
            }
        }
        return null;
    }
}
