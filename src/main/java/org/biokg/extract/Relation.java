package org.biokg.extract;

import java.util.Arrays;
import java.util.Optional;

/**
 * The relations biokg extracts, subject -> object. The names are the stable contract shared by the TSV
 * output, the gold set and the ontology's property local names.
 */
public enum Relation {
    ALLIED_WITH("alliedWith", true, false),
    OPPOSED("opposed", true, false),
    EXPELLED_FROM("expelledFrom", false, false),
    HELD_OFFICE("heldOffice", false, false),
    MEMBER_OF("memberOf", false, false),
    SPOUSE("spouse", true, false),
    PARENT_OF("parentOf", false, false),
    SIBLING_OF("siblingOf", true, false),
    BORN_IN("bornIn", false, false),
    BIRTH_DATE("birthDate", false, true),
    DIED_IN("diedIn", false, false),
    DEATH_DATE("deathDate", false, true),
    KILLED_BY("killedBy", false, false),
    EXILED_TO("exiledTo", false, false),
    RESIDED_IN("residedIn", false, false),
    FOUNDED("founded", false, false),
    /** A place within another: read with a birth or death place and its wider places ("born in Lund, Sweden"). */
    LOCATED_IN("locatedIn", false, false);

    private final String id;
    private final boolean symmetric;
    private final boolean dateValued;

    Relation(String id, boolean symmetric, boolean dateValued) {
        this.id = id;
        this.symmetric = symmetric;
        this.dateValued = dateValued;
    }

    /** The name in TSV, gold files and the ontology (camelCase, e.g. {@code alliedWith}). */
    public String id() {
        return id;
    }

    /** Symmetric relations hold in both directions; they are stored once per pair. */
    public boolean symmetric() {
        return symmetric;
    }

    /** Date-valued relations (birthDate, deathDate) have a literal date as object, not an entity. */
    public boolean dateValued() {
        return dateValued;
    }

    public static Optional<Relation> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
