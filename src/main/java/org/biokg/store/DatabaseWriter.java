package org.biokg.store;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes RDF into a new, empty TDB2 database with one of TDB2's loaders: the basic loader (one transaction) for
 * the small graphs a biography gives, the phased bulk loader for large inputs where it pays off.
 */
final class DatabaseWriter {
    /** Above this many quads (or bytes of a file) the bulk loader is faster than the transactional one. */
    static final long BULK_QUADS = 500_000;
    static final long BULK_BYTES = 50L * 1024 * 1024;

    private static final MonitorOutput SILENT = (fmt, args) -> { };

    private DatabaseWriter() {
    }

    /** Counts of what was written. */
    record Counts(long triples, long quads) {
    }

    /** Copies a dataset (default graph, named graphs and prefixes) into the database. */
    static Counts write(DatasetGraph source, DatasetGraph target) {
        long size = sizeOf(source);
        DataLoader loader = size > BULK_QUADS ? LoaderFactory.phasedLoader(target, SILENT)
                : LoaderFactory.basicLoader(target, SILENT);
        return run(loader, target, stream -> {
            Runnable copy = () -> StreamRDFOps.sendDatasetToStream(source, stream);
            if (source.supportsTransactions() && !source.isInTransaction())
                Txn.executeRead(source, copy);
            else
                copy.run();
        });
    }

    /**
     * Parses a file into the database. The file was checked by {@link #validate} first, so the loader never
     * stops half-way on a syntax error (the bulk loader's worker threads do not recover well from that).
     */
    static Counts write(Path file, Lang lang, DatasetGraph target) throws java.io.IOException {
        DataLoader loader = Files.size(file) > BULK_BYTES ? LoaderFactory.phasedLoader(target, SILENT)
                : LoaderFactory.basicLoader(target, SILENT);
        return run(loader, target, stream -> parser(file, lang).parse(stream));
    }

    /** Parses the file without keeping anything; throws RiotException with line and column on bad syntax. */
    static void validate(Path file, Lang lang) {
        parser(file, lang).parse(StreamRDFLib.sinkNull());
    }

    private static RDFParser parser(Path file, Lang lang) {
        return RDFParser.source(file).lang(lang).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).build();
    }

    private interface Feed {
        void into(StreamRDF stream);
    }

    private static Counts run(DataLoader loader, DatasetGraph target, Feed feed) {
        loader.startBulk();
        try {
            StreamRDF stream = loader.stream();
            stream.start();
            feed.into(ignoreStartFinish(stream));
            stream.finish();
            loader.finishBulk();
        } catch (RuntimeException | Error e) {
            loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
            throw e;
        }
        return count(target);
    }

    /** What the database holds: triples in the default graph, and statements in named graphs. */
    static Counts count(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long quads = 0;
            for (var it = dsg.listGraphNodes(); it.hasNext(); )
                quads += dsg.getGraph(it.next()).size();
            return new Counts(dsg.getDefaultGraph().size(), quads);
        });
    }

    /** Parsers and dataset copies call start/finish themselves; the loader must see exactly one pair. */
    private static StreamRDF ignoreStartFinish(StreamRDF stream) {
        return new StreamRDFWrapper(stream) {
            @Override
            public void start() {
            }

            @Override
            public void finish() {
            }
        };
    }

    private static long sizeOf(DatasetGraph dsg) {
        if (dsg.supportsTransactions() && !dsg.isInTransaction())
            return Txn.calculateRead(dsg, () -> countUpTo(dsg, BULK_QUADS + 1));
        return countUpTo(dsg, BULK_QUADS + 1);
    }

    private static long countUpTo(DatasetGraph dsg, long limit) {
        long n = 0;
        var it = dsg.find();
        try {
            while (it.hasNext() && n < limit) {
                it.next();
                n++;
            }
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
        return n;
    }
}
