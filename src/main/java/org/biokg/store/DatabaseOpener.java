package org.biokg.store;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.biokg.BiokgException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;

/**
 * Opens the current database of a {@link BiokgStore}, or a bare TDB2 database at its root, and checks it on the
 * way: the files before TDB2 touches them, then a little of every part once open. What goes wrong is a one-line
 * {@link BiokgException}: no store, locked by another process, unreadable, or corrupt (then the build stamp goes).
 */
final class DatabaseOpener {
    private final BiokgStore store;
    private final Path root;

    DatabaseOpener(BiokgStore store) {
        this.store = store;
        this.root = store.root();
    }

    OpenDataset openCurrent() {
        StoreErrors.checkReadableRoot(root);
        Optional<StorePointer> current = StorePointer.read(root);
        if (current.isEmpty() && Generations.looksLikeDatabase(root)) {
            // A database Jena's own loaders made (tdb2.tdbloader --loc DIR, tdb2.xloader --loc DIR, e.g. from the
            // Spark job's N-Quads): served as it is, checked as a generation is.
            return open(root, bareDatabase(root));
        }
        StorePointer pointer = current.orElseThrow(() -> StoreErrors.noStore(root));
        Path gen = root.resolve(pointer.generation());
        if (!Files.isDirectory(gen)) {
            // A concurrent load may have switched and cleaned up between our two reads: look once more.
            pointer = StorePointer.read(root).orElseThrow(() -> StoreErrors.noStore(root));
            gen = root.resolve(pointer.generation());
            if (!Files.isDirectory(gen))
                throw StoreErrors.corrupt(root, "its database " + pointer.generation() + " is missing", null);
        }
        return open(gen, pointer);
    }

    /** A pointer for a bare TDB2 database: the database itself, loaded when its newest data folder was written. */
    private static StorePointer bareDatabase(Path dir) {
        Instant loaded;
        try (var data = Files.newDirectoryStream(dir, "Data-*")) {
            FileTime newest = null;
            for (Path d : data) {
                FileTime t = Files.getLastModifiedTime(d);
                if (newest == null || t.compareTo(newest) > 0)
                    newest = t;
            }
            loaded = newest == null ? Instant.now() : newest.toInstant();
        } catch (IOException e) {
            throw new BiokgException(BiokgException.RUNTIME, "cannot read store directory " + dir + ": " + e.getMessage(), e);
        }
        return new StorePointer(".", loaded, 0, 0);
    }

    /** Connects to the database at {@code gen}, once more after setting aside a journal cut short by a kill. */
    private static DatasetGraph connect(Path gen) {
        try {
            return DatabaseMgr.connectDatasetGraph(Location.create(gen));
        } catch (RuntimeException e) {
            if (!UnfinishedJournals.isCause(e))
                throw e;
            try {
                if (UnfinishedJournals.setAside(gen).isEmpty())
                    throw e;
                UnfinishedJournals.releaseLocks(gen);
            } catch (java.io.IOException io) {
                throw e;
            }
            return DatabaseMgr.connectDatasetGraph(Location.create(gen));
        }
    }

    private OpenDataset open(Path gen, StorePointer pointer) {
        if (!Files.isReadable(gen) || !Files.isExecutable(gen))
            throw new BiokgException(BiokgException.RUNTIME, "cannot read store directory " + gen + " (permission denied)");
        // TDB2 would silently create an empty database in a directory without one.
        if (!Generations.looksLikeDatabase(gen))
            throw StoreErrors.corrupt(root, "no TDB2 database in " + gen.getFileName(), null);
        // A database already open in this JVM was checked when it opened (and is kept by its CountKeeper).
        boolean first = !Generations.openHere(gen);
        try {
            if (first)
                StoreCheck.files(gen);
        } catch (StoreCheck.Damage e) {
            throw corrupt(e.getMessage(), null);
        }
        DatasetGraph dsg;
        try {
            dsg = connect(gen);
        } catch (RuntimeException e) {
            if (StoreErrors.isLockFailure(e))
                throw StoreErrors.locked(root, StoreErrors.lockHolder(e), e);
            throw StoreErrors.corrupt(root, StoreErrors.brief(e), e);
        }
        try {
            probe(dsg);
            if (first)
                StoreCheck.opened(gen, dsg);
        } catch (RuntimeException | StackOverflowError e) {
            try {
                TDBInternal.expel(dsg, true);
            } catch (RuntimeException ignored) {
                // Reporting the corruption matters more.
            }
            throw corrupt(e instanceof StoreCheck.Damage ? e.getMessage() : StoreErrors.brief(e), e);
        }
        Generations.opened(gen);
        return new OpenDataset(DatasetFactory.wrap(dsg), gen, pointer);
    }

    /** A corrupt store must not be taken for up to date by the next build: its stamp goes. */
    private BiokgException corrupt(String detail, Throwable cause) {
        BuildStamp.forget(store);
        return StoreErrors.corrupt(root, detail, cause);
    }

    /** Reads a little of every part of the database so that damage shows now rather than mid-query. */
    private static void probe(DatasetGraph dsg) {
        Txn.executeRead(dsg, () -> {
            var quads = dsg.find();
            if (quads.hasNext())
                quads.next();
            var graphs = dsg.listGraphNodes();
            if (graphs.hasNext())
                graphs.next();
            dsg.prefixes().size();
        });
    }
}
