package org.biokg.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.biokg.fixtures.MadeUpBiography;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A journal entry cut short, as kill -9 leaves one in the middle of a write that never committed: the store still
 * opens with what it held, the journal is set aside beside the database (not deleted), and the user is told once.
 */
class UnfinishedJournalTest {
    @TempDir
    Path tmp;

    private static long size(BiokgStore store) {
        try (OpenDataset open = store.openCurrent()) {
            Dataset ds = open.dataset();
            return Txn.calculateRead(ds, () -> ds.asDatasetGraph().getDefaultGraph().size());
        }
    }

    /** The start of a journal entry that promises more bytes than follow (length, type, then a few bytes). */
    private static byte[] cutEntry() {
        ByteBuffer b = ByteBuffer.allocate(20);
        b.putInt(4096).putInt(1).putInt(7).putInt(0).putInt(42);
        return b.array();
    }

    @Test
    void aJournalCutShortIsSetAsideAndTheStoreOpensWithItsCommittedData() throws IOException {
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        Path gen = store.load(MadeUpBiography.dataset()).location();
        // what the store holds, read from a twin loaded the same way (opening this one first would keep it open)
        BiokgStore twin = BiokgStore.at(tmp.resolve("twin"));
        twin.load(MadeUpBiography.dataset());
        long expected = size(twin);
        Path data = StoreCheck.newestData(gen).orElseThrow();
        Files.write(data.resolve("journal.jrnl"), cutEntry());

        List<LogRecord> told = new java.util.ArrayList<>();
        Logger log = Logger.getLogger(UnfinishedJournals.class.getName());
        Handler h = new Handler() {
            @Override public void publish(LogRecord r) { told.add(r); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        log.addHandler(h);
        try {
            assertEquals(expected, size(BiokgStore.at(tmp.resolve("store"))));
        } finally {
            log.removeHandler(h);
        }
        assertEquals(0, Files.size(data.resolve("journal.jrnl")));
        try (Stream<Path> files = Files.list(data)) {
            List<Path> aside = files.filter(f -> f.getFileName().toString().startsWith("journal.jrnl.unfinished-")).toList();
            assertEquals(1, aside.size(), aside.toString());
            assertArrayEquals(cutEntry(), Files.readAllBytes(aside.get(0)));
        }
        assertEquals(1, told.size());
        String m = told.get(0).getMessage();
        assertTrue(m.contains("set aside") && m.contains("journal.jrnl.unfinished-") && m.contains("never committed"), m);
        assertEquals(1, m.lines().count(), m);
    }
}
