package org.biokg.extract;

/** The kinds of entity biokg tells apart; they become classes of the ontology. */
public enum EntityType {
    PERSON("Person"),
    ORGANIZATION("Organization"),
    PLACE("Place"),
    OFFICE("Office"),
    PUBLICATION("Publication"),
    EVENT("Event");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    /** The name used in TSV output and as the ontology class local name. */
    public String label() {
        return label;
    }
}
