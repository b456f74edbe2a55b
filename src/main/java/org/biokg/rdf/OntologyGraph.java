package org.biokg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The ontology ({@code ontology/biokg.ttl}) and its alignment to Wikidata, schema.org, FOAF and PROV-O
 * ({@code ontology/alignment.ttl}) as the named graph {@link #GRAPH} of the store, so that SPARQL can use them:
 * <pre>
 * SELECT ?p WHERE { GRAPH &lt;https://w3id.org/biokg/graph/ontology&gt; { ?p rdfs:subPropertyOf wdt:P39 } }
 * </pre>
 * The exports hold the data only; the store gets the ontology beside it.
 */
public final class OntologyGraph {
    /** The named graph of the ontology and the alignment. */
    public static final String GRAPH = "https://w3id.org/biokg/graph/ontology";
    private static final List<String> FILES = List.of("org/biokg/ontology/biokg.ttl", "org/biokg/ontology/alignment.ttl");

    private OntologyGraph() {
    }

    /** The ontology and the alignment in one graph, as shipped in the jar. */
    public static Graph load() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String file : FILES) {
            try (InputStream in = OntologyGraph.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + file);
                }
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return g;
    }

    /** A view of {@code data} (its graphs by reference, not copied) with the ontology graph added. */
    public static Dataset with(Dataset data) {
        DatasetGraph source = data.asDatasetGraph();
        DatasetGraph view = DatasetGraphFactory.create(source.getDefaultGraph());
        source.listGraphNodes().forEachRemaining(name -> view.addGraph(name, source.getGraph(name)));
        view.addGraph(org.apache.jena.graph.NodeFactory.createURI(GRAPH), load());
        source.prefixes().forEach(view.prefixes()::add);
        return DatasetFactory.wrap(view);
    }
}
