package org.biokg.store;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;

import java.nio.file.Path;

/**
 * Run in a second JVM by {@link KillTest}: loads bigger and bigger datasets into a store, one after another,
 * saying "loading K" before each and "loaded K" after, until it is killed.
 */
public final class KilledLoader {
    private KilledLoader() {
    }

    /** Triples of the default graph of load {@code k}. */
    static long triples(int k) {
        return 3000 + 500L * k;
    }

    /** Quads of the named graph of load {@code k}. */
    static long quads(int k) {
        return 1000 + 100L * k;
    }

    static DatasetGraph dataset(int k) {
        DatasetGraph dsg = DatasetFactory.createTxnMem().asDatasetGraph();
        var p = NodeFactory.createURI("http://example.org/p");
        var g = NodeFactory.createURI("http://example.org/g" + k);
        for (long i = 0; i < triples(k); i++)
            dsg.getDefaultGraph().add(NodeFactory.createURI("http://example.org/s" + i), p, NodeFactory.createLiteralString("load " + k + " row " + i));
        for (long i = 0; i < quads(k); i++)
            dsg.add(g, NodeFactory.createURI("http://example.org/q" + i), p, NodeFactory.createLiteralString("quad " + i));
        return dsg;
    }

    public static void main(String[] args) {
        BiokgStore store = BiokgStore.at(Path.of(args[0]));
        for (int k = 0; ; k++) {
            var ds = DatasetFactory.wrap(dataset(k));
            System.out.println("loading " + k);
            System.out.flush();
            store.load(ds);
            System.out.println("loaded " + k);
            System.out.flush();
        }
    }
}
