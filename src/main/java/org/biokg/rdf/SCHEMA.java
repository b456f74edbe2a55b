package org.biokg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The schema.org terms biokg uses, in the {@code http://schema.org/} namespace of the data model (Jena's
 * {@code SchemaDO} uses {@code https://schema.org/}).
 */
public final class SCHEMA {
    private SCHEMA() {
    }

    public static final String NS = "http://schema.org/";

    public static String getURI() {
        return NS;
    }

    /** A source document's title (the biography's subject). */
    public static final Property name = ResourceFactory.createProperty(NS, "name");

    /** Links a source document to the person the biography is about. */
    public static final Property about = ResourceFactory.createProperty(NS, "about");

    /** Who a person known by one name only is: "sibling of Ada Roe, spouse of Bob Lind" ({@link OneNamePeople}). */
    public static final Property description = ResourceFactory.createProperty(NS, "description");

    /** Links an entity to a web page that unambiguously identifies it (its Wikipedia article). */
    public static final Property sameAs = ResourceFactory.createProperty(NS, "sameAs");
}
