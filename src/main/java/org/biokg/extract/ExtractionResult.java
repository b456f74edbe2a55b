package org.biokg.extract;

import java.util.List;

/**
 * What the extract stage hands to the RDF stage: the document's entities (the biography's subject among
 * them) and its facts, each with evidence.
 *
 * @param documentId  id of the source document (file name without extension)
 * @param sourceName  the source file's name, as given by the user
 * @param subject     the person the biography is about
 * @param entities    every entity that takes part in a fact
 * @param facts       the facts, in document order of their first evidence
 */
public record ExtractionResult(String documentId, String sourceName, Entity subject, List<Entity> entities,
                               List<Fact> facts) {
    /** The subject and the listed entities, each once (the subject first). */
    public List<Entity> subjectAndEntities() {
        List<Entity> all = new java.util.ArrayList<>();
        if (subject != null) {
            all.add(subject);
        }
        for (Entity e : entities) {
            if (!e.equals(subject)) {
                all.add(e);
            }
        }
        return all;
    }

    /**
     * Every entity of the result, each once: the subject, the listed entities, then any other a fact names as
     * subject, object or body (a copy relabelled by a later stage is still reached through its facts).
     */
    public java.util.Set<Entity> allEntities() {
        java.util.Set<Entity> all = new java.util.LinkedHashSet<>(subjectAndEntities());
        for (Fact f : facts) {
            for (Entity e : new Entity[]{f.subject(), f.object(), f.body()}) {
                if (e != null) {
                    all.add(e);
                }
            }
        }
        return all;
    }
}
