package org.biokg.cli;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.biokg.rdf.OntologyGraph;
import org.biokg.rdf.PlainDoubles;
import org.biokg.store.BiokgStore;
import org.biokg.store.OpenDataset;

import java.nio.file.Path;

/**
 * The data a store holds (its default graph and named graphs, the ontology graph left out), copied into memory,
 * doubles written as the build wrote them ({@link PlainDoubles}), so the export equals the build's.
 */
final class StoreReader {
    private StoreReader() {
    }

    static Dataset read(Path root) {
        try (OpenDataset open = BiokgStore.at(root).openCurrent()) {
            DatasetGraph source = open.dataset().asDatasetGraph();
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            Txn.executeRead(source, () -> {
                source.getDefaultGraph().find().forEachRemaining(t -> copy.getDefaultGraph().add(t.getSubject(),
                        t.getPredicate(), PlainDoubles.plain(t.getObject())));
                source.listGraphNodes().forEachRemaining(name -> {
                    if (!name.equals(NodeFactory.createURI(OntologyGraph.GRAPH))) {
                        source.getGraph(name).find().forEachRemaining(t -> copy.add(name, t.getSubject(),
                                t.getPredicate(), PlainDoubles.plain(t.getObject())));
                    }
                });
                source.prefixes().forEach(copy.prefixes()::add);
            });
            return DatasetFactory.wrap(copy);
        }
    }
}
