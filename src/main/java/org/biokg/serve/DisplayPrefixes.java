package org.biokg.serve;

import org.apache.jena.shared.PrefixMapping;

/**
 * Prefixes used to print results readably ("1917"^^xsd:gYear, res:Ada_Lovelace): those of the data model,
 * overridden by whatever the query itself declares.
 */
final class DisplayPrefixes {
    private DisplayPrefixes() {
    }

    private static final PrefixMapping STANDARD = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("biokg", "https://w3id.org/biokg/ontology#")
            .setNsPrefix("res", "https://w3id.org/biokg/resource/")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("schema", "http://schema.org/")
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("wd", "http://www.wikidata.org/entity/")
            .setNsPrefix("wdt", "http://www.wikidata.org/prop/direct/")
            .lock();

    /** The standard prefixes plus (and overridden by) the given ones. */
    static PrefixMapping with(PrefixMapping own) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        // A namespace may be known under one name only, or output picks either.
        STANDARD.getNsPrefixMap().forEach((p, uri) -> {
            if (own.getNsURIPrefix(uri) == null && own.getNsPrefixURI(p) == null)
                pm.setNsPrefix(p, uri);
        });
        pm.setNsPrefixes(own);
        return pm;
    }
}
