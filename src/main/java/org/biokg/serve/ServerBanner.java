package org.biokg.serve;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code biokg serve} and {@code biokg up} tell the user once the server is up: the URLs, how writes work
 * and three example queries to paste into a shell.
 */
final class ServerBanner {
    private ServerBanner() {
    }

    /** The banner's lines for a server (its URLs are those of the port it serves once started). */
    static List<String> of(BiokgServer server) {
        String q = server.queryUrl();
        String writesLine = server.writesEnabled()
                ? "Writes:         " + server.updateUrl().orElseThrow() + " (SPARQL Update) and " + server.graphWriteUrl().orElseThrow()
                  + " (Graph Store), HTTP basic auth"
                : "Writes:         off (start with --password-file FILE to allow authenticated updates)";
        List<String> lines = new ArrayList<>(List.of(
                "Console:        " + server.consoleUrl(),
                "Views:          " + server.viewsUrl() + " (network.html: who sided with whom; timeline.html: the subject's life)",
                "Query endpoint: " + q + " (read-only, query timeout " + server.queryTimeout().toSeconds() + " s)",
                writesLine,
                "Example queries (paste into a shell, or the query part into the console):"));
        for (ExampleQuery e : ExampleQuery.values()) {
            lines.add("  # " + e.description);
            lines.add("  curl -s " + q + " -H 'Accept: " + e.accept + "' --data-urlencode 'query=" + e.text + "'");
        }
        return List.copyOf(lines);
    }

    /** The example queries of the banner: one line each, no quote characters, so they paste into a shell. */
    enum ExampleQuery {
        PEOPLE("the people in the graph", "text/csv",
                "PREFIX biokg: <https://w3id.org/biokg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                        + "SELECT ?person ?name WHERE { ?person a biokg:Person ; rdfs:label ?name } ORDER BY ?name LIMIT 20"),
        ALLIES("the biography subject's allies and the sentences that say so", "text/csv",
                "PREFIX biokg: <https://w3id.org/biokg/ontology#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
                        + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX schema: <http://schema.org/> "
                        + "SELECT ?ally ?sentence WHERE { ?doc schema:about ?s . ?st rdf:subject ?s ; "
                        + "rdf:predicate biokg:alliedWith ; rdf:object ?a ; biokg:evidence/biokg:sentence/biokg:text ?sentence . "
                        + "?a rdfs:label ?ally } ORDER BY ?ally"),
        DOCUMENTS("the source documents, as Turtle", "text/turtle",
                "CONSTRUCT { ?doc ?p ?o } WHERE { ?doc <http://schema.org/about> ?subject ; ?p ?o }");

        final String description;
        final String accept;
        final String text;

        ExampleQuery(String description, String accept, String text) {
            this.description = description;
            this.accept = accept;
            this.text = text;
        }
    }
}
