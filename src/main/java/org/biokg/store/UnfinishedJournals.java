package org.biokg.store;

import org.apache.jena.dboe.base.file.ChannelManager;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.tdb2.sys.DatabaseConnection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * A TDB2 journal cut short by kill -9 in the middle of a write ("Failed to read the journal entry data"). TDB2
 * writes a transaction to its journal, commits, writes it back and empties the journal, so an entry cut short
 * belongs to a transaction that never committed (and was never acknowledged); TDB2's recovery refuses to read it.
 * The journal is set aside beside the database (nothing is deleted) and an empty one takes its place.
 */
final class UnfinishedJournals {
    private static final Logger LOG = Logger.getLogger(UnfinishedJournals.class.getName());

    private UnfinishedJournals() {
    }

    /** Whether TDB2 failed because a journal entry was cut short. */
    static boolean isCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null && c.getMessage().contains("Failed to read the journal entry")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Releases the locks and files that a failed attempt to open the database at {@code gen} took for this process
     * and kept (the attempt failed, so nothing else in this JVM uses them).
     */
    static void releaseLocks(Path gen) throws IOException {
        List<Path> dirs = new ArrayList<>(List.of(gen));
        try (var data = Files.newDirectoryStream(gen, "Data-*")) {
            data.forEach(dirs::add);
        }
        for (Path d : dirs) {
            ProcessFileLock lock = DatabaseConnection.lockForLocation(Location.create(d));
            if (lock.isLockedHere())
                ProcessFileLock.release(lock);
        }
        ChannelManager.releaseAll(gen.toString());
    }

    /** Sets aside every non-empty journal of the database at {@code gen}; the journals set aside. */
    static List<Path> setAside(Path gen) throws IOException {
        List<Path> moved = new ArrayList<>();
        try (var dirs = Files.newDirectoryStream(gen, "Data-*")) {
            for (Path d : dirs) {
                Path journal = d.resolve("journal.jrnl");
                if (Files.isRegularFile(journal) && Files.size(journal) > 0) {
                    Path aside = d.resolve("journal.jrnl.unfinished-" + System.currentTimeMillis());
                    Files.move(journal, aside);
                    Files.createFile(journal);
                    moved.add(aside);
                    LOG.warning("set aside " + aside + ": a write to the store was cut short (killed) and never "
                            + "committed; the store opens as of its last committed write");
                }
            }
        }
        return moved;
    }
}
