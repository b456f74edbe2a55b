package org.biokg.store;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a database's {@link RecordedCounts} up to date as writes commit (SPARQL Update and Graph Store writes
 * through the server, or code in this JVM), so that the check at the next open accepts every committed write.
 * Just before a write's commit point it records the counts the write leaves as pending; once committed they
 * become the recorded ones. Each commit recounts the indexes (about a millisecond per 10,000 statements).
 */
final class CountKeeper implements TransactionListener {
    private static final Map<Path, CountKeeper> ATTACHED = new ConcurrentHashMap<>();

    private final DatasetGraph dsg;
    private final Path generation;
    private final TransactionCoordinator coordinator;
    /** Only the writer (one at a time) touches these, between its commit start and finish. */
    private volatile RecordedCounts current;
    private volatile RecordedCounts committing;

    private CountKeeper(DatasetGraph dsg, Path generation, RecordedCounts current) {
        this.dsg = dsg;
        this.generation = generation;
        this.current = current;
        this.coordinator = TDBInternal.getTransactionCoordinator(dsg);
    }

    /** Starts keeping the counts of a database just opened, whose recorded counts are {@code current}. */
    static void attach(DatasetGraph dsg, Path generation, RecordedCounts current) {
        CountKeeper keeper = new CountKeeper(dsg, generation, current);
        CountKeeper old = ATTACHED.put(key(generation), keeper);
        if (old != null)
            old.detachFromCoordinator();
        // the coordinator of an open database takes new listeners only while no transaction runs
        keeper.coordinator.modifyConfig(() -> keeper.coordinator.addListener(keeper));
    }

    /** Stops keeping the counts of a database this JVM closes. */
    static void detach(Path generation) {
        CountKeeper keeper = ATTACHED.remove(key(generation));
        if (keeper != null)
            keeper.detachFromCoordinator();
    }

    private void detachFromCoordinator() {
        try {
            coordinator.modifyConfig(() -> coordinator.removeListener(this));
        } catch (RuntimeException ignored) {
            // The database is closing anyway.
        }
    }

    private static Path key(Path generation) {
        return generation.toAbsolutePath().normalize();
    }

    @Override
    public void notifyCommitStart(Transaction txn) {
        if (!txn.isWriteTxn())
            return;
        // Still inside the write transaction: the counts it is about to commit.
        RecordedCounts next;
        try {
            next = RecordedCounts.of(Counting.of(dsg));
        } catch (RuntimeException e) {
            // Never stand in the way of a commit; the next open compares what is there with the last record.
            committing = null;
            return;
        }
        committing = next;
        save(current.pending(new Counting.Counts(next.triples(), next.quads())));
    }

    @Override
    public void notifyCommitFinish(Transaction txn) {
        RecordedCounts next = committing;
        if (!txn.isWriteTxn() || next == null)
            return;
        committing = null;
        current = next;
        save(next);
    }

    private void save(RecordedCounts counts) {
        try {
            counts.write(generation);
        } catch (IOException e) {
            // The data is committed whatever happens here; the next open then reports the mismatch.
        }
    }
}
