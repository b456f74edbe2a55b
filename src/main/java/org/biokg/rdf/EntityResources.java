package org.biokg.rdf;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.biokg.extract.Entity;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.rdf.IriMinter.EntityKey;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The entities of a build as resources: one per type, label and scope, whichever results name it, with the
 * aliases of every entity that is that resource, the surest of their links and the description a one-name
 * person gets. Writes each resource once per graph.
 */
final class EntityResources {
    private final Set<EntityKey> keys = new LinkedHashSet<>();
    private final Map<EntityKey, Set<String>> aliases = new HashMap<>();
    private final Map<EntityKey, Entity> links = new HashMap<>();
    private final Map<EntityKey, String> descriptions;
    private final double linkThreshold;
    private Map<EntityKey, String> iris;

    /**
     * Gathers the resources of the results: the bodies of offices, the subjects, both ends and the body of every
     * fact; then the aliases and links of the results' other entities that are one of them.
     */
    EntityResources(List<ExtractionResult> results, Map<Fact, Entity> bodies, Function<Fact, Entity> bodyOf,
                    double linkThreshold) {
        this.linkThreshold = linkThreshold;
        this.descriptions = OneNamePeople.descriptions(results, EntityResources::key);
        for (Entity body : bodies.values()) {
            keys.add(key(body));
        }
        for (ExtractionResult r : results) {
            keys.add(key(r.subject()));
            noteAliases(r.subject());
            for (Fact f : r.facts()) {
                for (Entity e : new Entity[]{f.subject(), f.object(), bodyOf.apply(f)}) {
                    if (e != null) {
                        keys.add(key(e));
                        noteAliases(e);
                    }
                }
            }
        }
        // Other Entity objects with the same type and label contribute their aliases too.
        for (ExtractionResult r : results) {
            for (Entity e : r.entities()) {
                if (keys.contains(key(e))) {
                    noteAliases(e);
                }
            }
        }
    }

    static EntityKey key(Entity e) {
        return new EntityKey(e.type(), e.label(), e.scope());
    }

    /** Mints the IRIs of all resources at once (see {@link IriMinter#entityIris}). */
    void mint(IriMinter minter) {
        iris = minter.entityIris(keys);
    }

    String iri(EntityKey key) {
        return iris.get(key);
    }

    /** The entity's resource in the graph, described the first time the graph needs it. */
    Resource resource(GraphTarget t, EntityKey key) {
        String iri = iris.get(key);
        Resource r = t.model.createResource(iri);
        if (t.firstTime(iri)) {
            r.addProperty(RDF.type, BIOKG.type(key.type()));
            r.addProperty(RDFS.label, key.label(), "en");
            String description = descriptions.get(key);
            if (description != null) {
                r.addProperty(SCHEMA.description, description, "en");
            }
            for (String alias : new TreeSet<>(aliases.getOrDefault(key, Set.of()))) {
                r.addProperty(SKOS.altLabel, alias, "en");
            }
            Entity linked = links.get(key);
            if (linked != null) {
                EntityLinks.write(r, linked.wikipediaTitle(), linked.linkConfidence(), linkThreshold);
            }
        }
        return r;
    }

    private void noteAliases(Entity e) {
        if (e.wikipediaTitle() != null) {
            // The surest link of the entities that are this resource.
            links.merge(key(e), e, (a, b) -> b.linkConfidence() > a.linkConfidence() ? b : a);
        }
        Set<String> set = aliases.computeIfAbsent(key(e), k -> new HashSet<>());
        for (String alias : e.aliases()) {
            if (!alias.equals(e.label()) && !alias.isBlank()) {
                set.add(alias);
            }
        }
    }
}
