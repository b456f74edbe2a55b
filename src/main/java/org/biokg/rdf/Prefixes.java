package org.biokg.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes of the data model, for writers and for SPARQL queries. */
public final class Prefixes {
    private Prefixes() {
    }

    public static final String SCHEMA = org.biokg.rdf.SCHEMA.NS;
    public static final String WDT = "http://www.wikidata.org/prop/direct/";
    public static final String WD = "http://www.wikidata.org/entity/";

    /** The standard prefixes with {@code res:} bound to the default resource base. */
    public static PrefixMapping standard() {
        return standard(BIOKG.RESOURCE_BASE);
    }

    /** The standard prefixes with {@code res:} bound to {@code resourceBase}. */
    public static PrefixMapping standard(String resourceBase) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("biokg", BIOKG.NS);
        pm.setNsPrefix("res", resourceBase);
        // Hashed IRIs have a '/' after the base, which Turtle cannot abbreviate with res: alone.
        pm.setNsPrefix("fact", resourceBase + "fact/");
        pm.setNsPrefix("term", resourceBase + "term/");
        pm.setNsPrefix("evidence", resourceBase + "evidence/");
        pm.setNsPrefix("run", resourceBase + "run/");
        pm.setNsPrefix("doc", resourceBase + "document/");
        pm.setNsPrefix("rdf", RDF.getURI());
        pm.setNsPrefix("rdfs", RDFS.getURI());
        pm.setNsPrefix("owl", OWL.getURI());
        pm.setNsPrefix("xsd", XSD.getURI());
        pm.setNsPrefix("skos", SKOS.getURI());
        pm.setNsPrefix("prov", PROV.NS);
        pm.setNsPrefix("schema", SCHEMA);
        pm.setNsPrefix("foaf", FOAF.getURI());
        pm.setNsPrefix("dcterms", DCTerms.getURI());
        pm.setNsPrefix("wdt", WDT);
        pm.setNsPrefix("wd", WD);
        return pm.lock();
    }

    /** {@code PREFIX} lines for a SPARQL query, with {@code res:} bound to {@code resourceBase}. */
    public static String sparql(String resourceBase) {
        StringBuilder sb = new StringBuilder();
        standard(resourceBase).getNsPrefixMap().forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <")
                .append(ns).append(">\n"));
        return sb.toString();
    }
}
