package org.biokg.store;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.biokg.BiokgException;
import org.biokg.fixtures.MadeUpBiography;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.*;

/** Corrupt TDB2 stores are refused when they open, with one line that says how to rebuild; sound ones open. */
class StoreIntegrityTest {
    @TempDir
    Path tmp;

    private BiokgStore store;
    private Path gen;

    private Path loaded() {
        store = BiokgStore.at(tmp.resolve("store"));
        gen = store.load(MadeUpBiography.dataset()).location();
        return StoreCheck.newestData(gen).orElseThrow();
    }

    private static void truncate(Path file, double keep) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate((long) (ch.size() * keep));
        }
    }

    private String refused() {
        BiokgException e = assertThrows(BiokgException.class, store::openCurrent);
        assertEquals(BiokgException.RUNTIME, e.exitCode());
        String m = e.getMessage();
        assertTrue(m.startsWith("store " + store.root() + " is corrupt ("), m);
        assertTrue(m.endsWith("); rebuild it with 'biokg build --store " + store.root() + "'"), m);
        assertEquals(1, m.lines().count(), m);
        return m;
    }

    private long[] counts() {
        try (OpenDataset open = store.openCurrent()) {
            Dataset ds = open.dataset();
            return Txn.calculateRead(ds, () -> new long[]{ds.asDatasetGraph().getDefaultGraph().size(),
                    ds.asDatasetGraph().stream().filter(q -> !q.isDefaultGraph()).count()});
        }
    }

    private Properties recorded() throws IOException {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(gen.resolve(RecordedCounts.FILE_NAME))) {
            p.load(r);
        }
        return p;
    }

    @ParameterizedTest(name = "{0} cut to {1}")
    @CsvSource({
            "SPO.bpt, 0.0, index SPO holds 0 triples, the other triple indexes 552",
            "POS.bpt, 0.0, index POS holds 0 triples, the other triple indexes 552",
            "OSP.bpt, 0.0, index OSP holds 0 triples",
            "GSPO.bpt, 0.0, index GSPO holds 0 quads",
            "OSPG.bpt, 0.0, index OSPG holds 0 quads",
            "nodes.bpt, 0.0, the node index does not find the node at",
            "nodes.bpt, 0.5, index file nodes.bpt is damaged (12 bytes, not 24)",
            "nodes-data.obj, 0.5, node file nodes-data.obj is cut short",
            "nodes-data.obj, 0.0, node file nodes-data.obj is cut short",
            "SPO.dat, 0.0, index SPO is cut short",
            "POS.idn, 0.0, index POS is cut short",
            "nodes.dat, 0.0, index nodes is cut short",
            "GPU.idn, 0.0001, index GPU is cut short"})
    void aTruncatedFileIsRefused(String file, double keep, String says) throws IOException {
        Path data = loaded();
        if (file.endsWith(".bpt") && keep == 0.0) {
            // A B+tree's state set back to that of the tree when it was created (root block 0, one node block,
            // one record block): the tree reads as empty, and only the other indexes tell.
            Files.write(data.resolve(file), new byte[]{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1});
        } else {
            truncate(data.resolve(file), keep);
        }
        String m = refused();
        assertTrue(m.contains("(" + says), m);
    }

    @Test
    void aStoreWhoseIndexStateFileIsEmptiedIsRefused() throws IOException {
        truncate(loaded().resolve("SPO.bpt"), 0);
        assertEquals("store " + store.root() + " is corrupt (index file SPO.bpt is damaged (0 bytes, not 24)); "
                + "rebuild it with 'biokg build --store " + store.root() + "'", refused());
    }

    private BuildStamp stamped(Path out) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve(org.biokg.rdf.GraphWriter.ASSERTED_FILE), "");
        Files.writeString(out.resolve(org.biokg.rdf.GraphWriter.DATASET_FILE), "");
        BuildStamp stamp = new BuildStamp("key", gen.getFileName().toString(), out, "report");
        stamp.write(store);
        assertTrue(stamp.upToDate("key", store, out));
        return stamp;
    }

    @Test
    void aBuildWithNothingChangedStillReplacesACutStore() throws IOException {
        Path data = loaded();
        Path out = tmp.resolve("out");
        BuildStamp stamp = stamped(out);
        truncate(data.resolve("nodes-data.obj"), 0.5);
        assertFalse(stamp.upToDate("key", store, out), "a warm build would keep the corrupt store");
    }

    @Test
    void aStoreFoundCorruptAtOpenIsRebuiltByTheNextBuild() throws IOException {
        Path data = loaded();
        Path out = tmp.resolve("out");
        stamped(out);
        // damage that only opening finds: the warm build's cheap file check passes
        Files.write(data.resolve("SPO.bpt"), new byte[]{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1});
        assertTrue(BuildStamp.read(store).orElseThrow().upToDate("key", store, out));
        refused();
        assertTrue(BuildStamp.read(store).isEmpty(), "the stamp survived: the next build would skip its work");
    }

    @Test
    void theRebuildHintNamesTheStoreUnlessItIsTheDefault() {
        assertEquals("rebuild it with 'biokg build'", StoreErrors.rebuild(Path.of("data", "store")));
        assertEquals("rebuild it with 'biokg build'", StoreErrors.rebuild(Path.of("/home/ada/biokg/data/store")));
        assertEquals("rebuild it with 'biokg build --store /srv/kg'", StoreErrors.rebuild(Path.of("/srv/kg")));
    }

    @Test
    void aMissingIndexFileIsNamed() throws IOException {
        Files.delete(loaded().resolve("OSP.idn"));
        assertEquals("store " + store.root() + " is corrupt (index file OSP.idn is missing); rebuild it with 'biokg build --store " + store.root() + "'", refused());
        Files.delete(gen.resolve(StoreCheck.newestData(gen).orElseThrow().getFileName()).resolve("nodes-data.obj"));
    }

    @Test
    void countsThatDifferFromTheLastCommittedWriteAreRefused() throws IOException {
        loaded();
        long[] real = counts();
        Files.writeString(gen.resolve(RecordedCounts.FILE_NAME), "triples=" + (real[0] + 7) + "\nquads=" + real[1] + "\n");
        assertEquals("store " + store.root() + " is corrupt (it holds " + real[0] + " triples and " + real[1]
                + " quads, the last committed write left " + (real[0] + 7) + " and " + real[1]
                + "); rebuild it with 'biokg build --store " + store.root() + "'", refused());
    }

    @Test
    void aLoadRecordsItsCountsAndCommittedWritesKeepThemValid() throws IOException {
        loaded();
        long[] before = counts();
        assertEquals(Long.toString(before[0]), recorded().getProperty("triples"));
        assertEquals(Long.toString(before[1]), recorded().getProperty("quads"));
        try (OpenDataset open = store.openCurrent()) {
            var dsg = open.dataset().asDatasetGraph();
            for (int i = 0; i < 3; i++) {
                int n = i;
                Txn.executeWrite(dsg, () -> {
                    dsg.add(Quad.defaultGraphIRI, NodeFactory.createURI("http://example.org/s" + n),
                            NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("o" + n));
                    dsg.add(NodeFactory.createURI("http://example.org/g"), NodeFactory.createURI("http://example.org/s" + n),
                            NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("o" + n));
                });
            }
            Txn.executeWrite(dsg, () -> dsg.delete(Quad.defaultGraphIRI, NodeFactory.createURI("http://example.org/s0"),
                    NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("o0")));
            // an aborted write changes nothing
            dsg.begin(org.apache.jena.query.TxnType.WRITE);
            dsg.getDefaultGraph().clear();
            dsg.abort();
            dsg.end();
        }
        assertEquals(Long.toString(before[0] + 2), recorded().getProperty("triples"));
        assertEquals(Long.toString(before[1] + 3), recorded().getProperty("quads"));
        assertNull(recorded().getProperty("pendingTriples"));
        long[] after = counts();
        assertEquals(before[0] + 2, after[0]);
        assertEquals(before[1] + 3, after[1]);
    }

    @Test
    void aCommitKilledBetweenItsPendingAndFinalCountsStillOpens() throws IOException {
        loaded();
        long[] real = counts();
        // as a kill -9 after the commit point leaves it: the old counts recorded, the committed ones pending
        Files.writeString(gen.resolve(RecordedCounts.FILE_NAME), "triples=1\nquads=2\npendingTriples=" + real[0]
                + "\npendingQuads=" + real[1] + "\n");
        assertArrayEquals(real, counts());
        assertEquals(Long.toString(real[0]), recorded().getProperty("triples"));
        assertNull(recorded().getProperty("pendingTriples"));
        // and before the commit point: the new counts pending, the old ones still true
        Files.writeString(gen.resolve(RecordedCounts.FILE_NAME), "triples=" + real[0] + "\nquads=" + real[1]
                + "\npendingTriples=99999\npendingQuads=0\n");
        assertArrayEquals(real, counts());
    }

    @Test
    void aStoreFromBeforeRecordedCountsOpensAndGetsThem() throws IOException {
        loaded();
        Files.delete(gen.resolve(RecordedCounts.FILE_NAME));
        long[] real = counts();
        assertEquals(Long.toString(real[0]), recorded().getProperty("triples"));
    }
}
