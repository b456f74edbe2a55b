package org.biokg.store;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.biokg.BiokgException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Loads a {@link BiokgStore}: under the load lock, writes a complete new database in a fresh generation, records
 * its counts (and the kept documents), then switches the pointer to it by an atomic rename and cleans up the
 * generations nobody uses. Anything failing before the switch deletes the new generation and leaves the store
 * as it was.
 */
final class GenerationLoader {
    /** Writes the data into the new, empty database. */
    interface Writer {
        DatabaseWriter.Counts writeInto(DatasetGraph target);
    }

    private final Path root;

    GenerationLoader(Path root) {
        this.root = root;
    }

    LoadResult load(Writer writer, KeptDocuments kept) {
        StoreErrors.checkWritableRoot(root);
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new BiokgException(BiokgException.RUNTIME, "cannot create store directory " + root + ": " + e.getMessage(), e);
        }
        try (LoadLock ignored = LoadLock.acquire(root)) {
            Path gen;
            try {
                gen = Generations.create(root, Instant.now());
            } catch (IOException e) {
                throw new BiokgException(BiokgException.RUNTIME, "cannot write store directory " + root + ": " + e.getMessage(), e);
            }
            DatasetGraph dsg = null;
            StorePointer pointer;
            try {
                dsg = DatabaseMgr.connectDatasetGraph(Location.create(gen));
                DatabaseWriter.Counts counts = writer.writeInto(dsg);
                // Close the new database before publishing it, so that no lock of ours outlives the load.
                TDBInternal.expel(dsg);
                dsg = null;
                // What the database holds, for the check when it opens (see StoreCheck).
                RecordedCounts.of(new Counting.Counts(counts.triples(), counts.quads())).write(gen);
                if (kept != null) {
                    kept.write(gen);
                }
                pointer = new StorePointer(gen.getFileName().toString(), Instant.now(), counts.triples(), counts.quads());
                pointer.writeAtomically(root);
                DatabaseLink.point(root, gen);
            } catch (IOException e) {
                discard(dsg, gen);
                throw new BiokgException(BiokgException.RUNTIME, "cannot write store directory " + root + ": " + e.getMessage(), e);
            } catch (BiokgException e) {
                discard(dsg, gen);
                throw e;
            } catch (RuntimeException | Error e) {
                discard(dsg, gen);
                throw new BiokgException(BiokgException.RUNTIME, "loading the store failed, the previous store is unchanged: "
                        + StoreErrors.brief(e), e);
            }
            try {
                Generations.cleanUp(root, pointer.generation());
            } catch (IOException e) {
                // Old generations stay until the next load; the new one is in place.
            }
            return new LoadResult(gen, pointer.loadedAt(), pointer.triples(), pointer.quads());
        }
    }

    private static void discard(DatasetGraph dsg, Path gen) {
        if (dsg != null) {
            try {
                TDBInternal.expel(dsg, true);
            } catch (RuntimeException ignored) {
                // The directory goes anyway.
            }
        }
        Generations.deleteTree(gen);
    }
}
