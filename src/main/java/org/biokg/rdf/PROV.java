package org.biokg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The few PROV-O terms biokg uses (Jena ships no PROV vocabulary class). */
public final class PROV {
    private PROV() {
    }

    public static final String NS = "http://www.w3.org/ns/prov#";

    public static String getURI() {
        return NS;
    }

    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS, "wasGeneratedBy");
    public static final Property used = ResourceFactory.createProperty(NS, "used");
    public static final Property startedAtTime = ResourceFactory.createProperty(NS, "startedAtTime");
}
