package org.biokg.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The store's current database, open for queries (and for authenticated updates when served). Close it when
 * done: the generation can then be cleaned up once a newer one is loaded.
 */
public final class OpenDataset implements AutoCloseable {
    private final Dataset dataset;
    private final Path location;
    private final StorePointer pointer;
    private final AtomicBoolean closed = new AtomicBoolean();

    OpenDataset(Dataset dataset, Path location, StorePointer pointer) {
        this.dataset = dataset;
        this.location = location;
        this.pointer = pointer;
    }

    /** The TDB2 dataset (transactional; wrap access in a transaction or use Txn). */
    public Dataset dataset() {
        return dataset;
    }

    /** Directory of the database generation this handle reads. */
    public Path location() {
        return location;
    }

    /** When this generation was loaded. */
    public Instant loadedAt() {
        return pointer.loadedAt();
    }

    /** Releases the handle; the last one in this JVM closes the database. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true))
            return;
        if (Generations.closed(location)) {
            CountKeeper.detach(location);
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }
}
