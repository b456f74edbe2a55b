package org.biokg.extract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One real-world thing the text talks about: a canonical label, the other names the text uses for it, and
 * a type. Entities are created and merged by the entity resolver; identity is the {@link #id()}.
 */
public final class Entity {
    private final String id;
    private String label;
    private EntityType type;
    private final Set<String> aliases = new LinkedHashSet<>();
    private String wikipediaTitle;
    private double linkConfidence;
    private String scope;
    private final Set<String> nerTags = new java.util.TreeSet<>();
    private final Map<String, String> mergedNames = new LinkedHashMap<>();

    public Entity(String id, String label, EntityType type) {
        this.id = Objects.requireNonNull(id);
        this.label = Objects.requireNonNull(label);
        this.type = Objects.requireNonNull(type);
    }

    /** A document-local identifier, stable for the same text. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public EntityType type() {
        return type;
    }

    /** Other surface forms of this entity in the text (never contains the label itself). */
    public Set<String> aliases() {
        return Collections.unmodifiableSet(aliases);
    }

    public void setLabel(String newLabel) {
        if (!newLabel.equals(label)) {
            aliases.add(label);
            aliases.remove(newLabel);
            label = newLabel;
        }
    }

    public void setType(EntityType type) {
        this.type = Objects.requireNonNull(type);
    }

    public void addAlias(String alias) {
        if (alias != null && !alias.isBlank() && !alias.equals(label)) {
            aliases.add(alias);
        }
    }

    /** The English Wikipedia title this entity was linked to (underscores for spaces), or null. */
    public String wikipediaTitle() {
        return wikipediaTitle;
    }

    /** How sure the link is, in [0, 1]; 0 when unlinked. */
    public double linkConfidence() {
        return linkConfidence;
    }

    /** Links the entity to a Wikipedia title (the linking stage decides; RDF writes sameAs links from it). */
    public void setLink(String title, double confidence) {
        this.wikipediaTitle = title;
        this.linkConfidence = confidence;
    }

    /**
     * The document this entity's name identifies it in only, or null when the name identifies it across
     * documents. "Mary" in one biography and "Mary" in another are seldom one person: the cross-document step
     * scopes such names to their document, so the graph keeps them apart.
     */
    public String scope() {
        return scope;
    }

    public void setScope(String documentId) {
        this.scope = documentId;
    }

    /**
     * The named-entity classes CoreNLP gave the words of this entity's names in the text (for a place: CITY,
     * STATE_OR_PROVINCE, COUNTRY, LOCATION), which tell "Mexico" the country from "Mexico" the city.
     */
    public Set<String> nerTags() {
        return Collections.unmodifiableSet(nerTags);
    }

    public void addNerTag(String tag) {
        if (tag != null && !tag.isBlank() && !tag.equals("O")) {
            nerTags.add(tag);
        }
    }

    /**
     * Names of other entities of the same document found, after extraction, to be this one, each with the reason
     * in words a user can check: "Janowka" → "'Janowka' and 'Yanovka' spell one birth place of Ada Roe". The
     * names are aliases too; this says why.
     */
    public Map<String, String> mergedNames() {
        return Collections.unmodifiableMap(mergedNames);
    }

    /** Records that the entity named {@code name} was merged into this one, and why (the first reason kept). */
    public void recordMerge(String name, String reason) {
        if (name != null && !name.isBlank() && reason != null) {
            mergedNames.putIfAbsent(name, reason);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Entity e && e.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return label + " (" + type.label() + ")";
    }
}
