package org.biokg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.biokg.BiokgException;
import org.biokg.fixtures.MadeUpBiography;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class BiokgStoreTest {
    @TempDir
    Path tmp;

    private static Dataset oneLabel(String label) {
        Dataset ds = DatasetFactory.createTxnMem();
        Model m = ds.getDefaultModel();
        m.setNsPrefix("ex", "http://example.org/");
        m.createResource("http://example.org/thing").addProperty(RDFS.label, label);
        return ds;
    }

    private static String label(OpenDataset open) {
        return Txn.calculateRead(open.dataset(), () -> open.dataset().getDefaultModel()
                .listObjectsOfProperty(RDFS.label).next().asLiteral().getString());
    }

    private static List<Path> generations(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> p.getFileName().toString().startsWith("tdb-")).sorted().toList();
        }
    }

    @Test
    void emptyDirectoryHasNoStoreAndSaysRunBuild() {
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        assertFalse(store.exists());
        assertTrue(store.lastLoaded().isEmpty());
        assertTrue(store.isOlderThan(tmp));
        BiokgException e = assertThrows(BiokgException.class, store::openCurrent);
        assertEquals(BiokgException.BAD_INPUT, e.exitCode());
        assertEquals("no store at " + tmp.resolve("store") + "; run 'biokg build' first", e.getMessage());
    }

    @Test
    void loadsDefaultAndNamedGraphsAndPrefixes() {
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        Dataset source = MadeUpBiography.dataset();
        Instant before = Instant.now();
        LoadResult result = store.load(source);

        assertTrue(store.exists());
        assertFalse(store.lastLoaded().orElseThrow().isBefore(before));
        long defaultSize = Txn.calculateRead(source, () -> source.getDefaultModel().size());
        long namedSize = Txn.calculateRead(source, () -> source.getNamedModel(MadeUpBiography.CANDIDATES).size());
        assertEquals(defaultSize, result.triples());
        assertEquals(namedSize, result.quads());
        assertEquals(result.location().getFileName().toString(), store.current().orElseThrow().generation());

        try (OpenDataset open = store.openCurrent()) {
            Dataset ds = open.dataset();
            Txn.executeRead(ds, () -> {
                assertEquals(defaultSize, ds.getDefaultModel().size());
                assertEquals(namedSize, ds.getNamedModel(MadeUpBiography.CANDIDATES).size());
                assertEquals(MadeUpBiography.BIOKG, ds.getDefaultModel().getNsPrefixURI("biokg"));
            });
        }
    }

    @Test
    void secondLoadSwitchesAndRemovesTheOldDatabase() throws IOException {
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        Path first = store.load(oneLabel("first")).location();
        Path second = store.load(oneLabel("second")).location();
        assertNotEquals(first, second);
        try (OpenDataset open = store.openCurrent()) {
            assertEquals("second", label(open));
            assertEquals(second, open.location());
        }
        assertEquals(List.of(second), generations(store.root()));
    }

    /** A dataset whose reading fails after a few quads, like a disk error in the middle of a load. */
    private static Dataset failingAfter(Dataset good, int quads) {
        DatasetGraph failing = new DatasetGraphWrapper(good.asDatasetGraph()) {
            @Override
            public Iterator<Quad> find() {
                return failAfter(super.find(), quads);
            }

            @Override
            public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
                return failAfter(super.find(g, s, p, o), quads);
            }
        };
        return DatasetFactory.wrap(failing);
    }

    private static Iterator<Quad> failAfter(Iterator<Quad> it, int n) {
        return new Iterator<>() {
            int seen;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Quad next() {
                if (++seen > n)
                    throw new IllegalStateException("simulated read failure");
                return it.next();
            }
        };
    }

    @Test
    void failedLoadLeavesThePreviousStoreIntactAndReadable() throws IOException {
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        store.load(oneLabel("old"));
        StorePointer before = store.current().orElseThrow();
        String pointerBefore = Files.readString(store.root().resolve("CURRENT"));

        BiokgException e = assertThrows(BiokgException.class, () -> store.load(failingAfter(MadeUpBiography.dataset(), 20)));
        assertEquals(BiokgException.RUNTIME, e.exitCode());
        assertTrue(e.getMessage().startsWith("loading the store failed, the previous store is unchanged"), e.getMessage());
        assertTrue(e.getMessage().contains("simulated read failure"), e.getMessage());

        assertEquals(pointerBefore, Files.readString(store.root().resolve("CURRENT")));
        assertEquals(List.of(store.root().resolve(before.generation())), generations(store.root()));
        try (OpenDataset open = store.openCurrent()) {
            assertEquals("old", label(open));
        }
        // And the store still takes the next good load.
        store.load(oneLabel("new"));
        try (OpenDataset open = store.openCurrent()) {
            assertEquals("new", label(open));
        }
    }

    @Test
    void malformedFileIsReportedWithLineAndColumnAndChangesNothing() throws IOException {
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        store.load(oneLabel("old"));
        Path bad = tmp.resolve("bad.ttl");
        Files.writeString(bad, "@prefix ex: <http://example.org/> .\nex:a ex:b \"ok\" .\nex:a ex:b ex:c ex:d .\n");
        BiokgException e = assertThrows(BiokgException.class, () -> store.load(bad));
        assertEquals(BiokgException.BAD_INPUT, e.exitCode());
        assertTrue(e.getMessage().startsWith("malformed RDF in " + bad + ": [line: 3, col: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        try (OpenDataset open = store.openCurrent()) {
            assertEquals("old", label(open));
        }
        assertEquals(1, generations(store.root()).size());
    }

    @Test
    void loadsAnRdfFile() throws IOException {
        Path trig = tmp.resolve("graph.trig");
        Files.writeString(trig, """
                PREFIX ex: <http://example.org/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                ex:thing rdfs:label "from file" .
                ex:g { ex:thing ex:p ex:o . ex:thing ex:q ex:r }
                """);
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        LoadResult r = store.load(trig);
        assertEquals(1, r.triples());
        assertEquals(2, r.quads());
        try (OpenDataset open = store.openCurrent()) {
            assertEquals("from file", label(open));
            assertEquals(2L, (long) Txn.calculateRead(open.dataset(), () -> open.dataset().getNamedModel("http://example.org/g").size()));
        }
    }

    @Test
    void fileErrorsAreOneLineBadInput() throws IOException {
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        BiokgException missing = assertThrows(BiokgException.class, () -> store.load(tmp.resolve("nope.ttl")));
        assertEquals(BiokgException.BAD_INPUT, missing.exitCode());
        assertEquals("no such RDF file: " + tmp.resolve("nope.ttl"), missing.getMessage());
        Path unknown = Files.writeString(tmp.resolve("graph.xyz"), "x");
        BiokgException syntax = assertThrows(BiokgException.class, () -> store.load(unknown));
        assertEquals(BiokgException.BAD_INPUT, syntax.exitCode());
        assertTrue(syntax.getMessage().startsWith("cannot tell the RDF syntax of " + unknown), syntax.getMessage());
        assertFalse(store.exists());
    }

    @Test
    void aServedDatabaseSurvivesNewLoadsUntilItIsClosed() throws IOException {
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        store.load(oneLabel("A"));
        OpenDataset served = store.openCurrent();
        Path a = served.location();

        Path b = store.load(oneLabel("B")).location();
        // The "server" keeps reading the old, complete database; new readers get the new one.
        assertTrue(Files.isDirectory(a));
        assertEquals("A", label(served));
        try (OpenDataset fresh = store.openCurrent()) {
            assertEquals("B", label(fresh));
        }
        served.close();

        Path c = store.load(oneLabel("C")).location();
        assertEquals(List.of(c), generations(store.root()));
        assertFalse(Files.exists(a));
        assertFalse(Files.exists(b));
    }

    @Test
    void jenasOwnToolsOpenTheCurrentDatabaseThroughTheDatabaseLink() throws IOException {
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        Path first = store.load(oneLabel("first")).location();
        Path link = store.root().resolve("database");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(first.toRealPath(), link.toRealPath());
        Path second = store.load(oneLabel("second")).location();
        assertEquals(second.toRealPath(), link.toRealPath(), "switched with the load");
        // As tdb2.tdbquery --loc STORE/database would: Jena alone, no biokg code.
        org.apache.jena.query.Dataset ds = org.apache.jena.tdb2.TDB2Factory.connectDataset(link.toString());
        try {
            String label = ds.calculateRead(() -> {
                try (org.apache.jena.query.QueryExecution qe = org.apache.jena.query.QueryExecution.create(
                        "SELECT ?l { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }", ds)) {
                    return qe.execSelect().next().getLiteral("l").getString();
                }
            });
            assertEquals("second", label);
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
        }
        assertEquals(List.of(second), generations(store.root()), "the link is no database of its own");
    }

    @Test
    void leftoversOfAnInterruptedLoadAreIgnoredThenCleanedUp() throws IOException {
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        store.load(oneLabel("complete"));
        // What a killed build leaves: a half-written database directory that CURRENT does not name.
        Path orphan = Files.createDirectories(store.root().resolve("tdb-20000101-000000-000/Data-0001"));
        Files.writeString(orphan.resolve("nodes.dat"), "half written");
        try (OpenDataset open = store.openCurrent()) {
            assertEquals("complete", label(open));
        }
        Path next = store.load(oneLabel("next")).location();
        assertEquals(List.of(next), generations(store.root()));
    }

    @Test
    void isOlderThanComparesWithInputModificationTimes() throws IOException {
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        Path input = Files.writeString(tmp.resolve("bio.txt"), "text");
        assertTrue(store.isOlderThan(input), "no store yet");
        store.load(oneLabel("x"));
        Files.setLastModifiedTime(input, FileTime.from(store.lastLoaded().orElseThrow().minusSeconds(60)));
        assertFalse(store.isOlderThan(input));
        Files.setLastModifiedTime(input, FileTime.from(store.lastLoaded().orElseThrow().plusSeconds(60)));
        assertTrue(store.isOlderThan(input));
    }

    @Test
    void storeHeldByAnotherProcessNamesThatProcess() throws Exception {
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        store.load(oneLabel("x"));
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreHolder.class.getName(), store.root().toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = r.readLine()) != null && !line.startsWith("ready"))
                seen.append(line).append('\n');
            assertNotNull(line, "the holder process did not open the store: " + seen);

            BiokgException e = assertThrows(BiokgException.class, store::openCurrent);
            assertEquals(BiokgException.RUNTIME, e.exitCode());
            assertEquals("store " + store.root() + " is locked by process " + holder.pid()
                    + " (a running 'biokg serve'?); stop it, or query the server with --endpoint URL", e.getMessage());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(10, TimeUnit.SECONDS))
                holder.destroyForcibly();
        }
        // Once it has gone, the store opens again.
        try (OpenDataset open = store.openCurrent()) {
            assertEquals("x", label(open));
        }
    }

    @Test
    void aStaleLockFileNamingALiveProcessDoesNotBlock() throws Exception {
        // TDB2 locks with an OS file lock and only reads the pid for the message: a tdb.lock left behind by a
        // process that has stopped must not keep the store closed, even if its pid now belongs to something else.
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        Path gen = store.load(oneLabel("x")).location();
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(gen.resolve("tdb.lock"), sleeper.pid() + "\n");
            try (OpenDataset open = store.openCurrent()) {
                assertEquals("x", label(open));
            }
        } finally {
            sleeper.destroyForcibly();
        }
    }

    @Test
    void damagedDatabaseIsReportedAsCorrupt() throws IOException {
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        Path gen = store.load(MadeUpBiography.dataset()).location();
        Files.write(gen.resolve("Data-0001/nodes.dat"), new byte[5000]);
        BiokgException e = assertThrows(BiokgException.class, store::openCurrent);
        assertEquals(BiokgException.RUNTIME, e.exitCode());
        assertTrue(e.getMessage().startsWith("store " + store.root() + " is corrupt ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("); rebuild it with 'biokg build --store " + store.root() + "'"), e.getMessage());
    }

    @Test
    void pointerToAMissingDatabaseIsReportedAsCorrupt() throws IOException {
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        Path gen = store.load(oneLabel("x")).location();
        Generations.deleteTree(gen);
        assertFalse(store.exists());
        BiokgException e = assertThrows(BiokgException.class, store::openCurrent);
        assertEquals("store " + store.root() + " is corrupt (its database " + gen.getFileName()
                + " is missing); rebuild it with 'biokg build --store " + store.root() + "'", e.getMessage());

        Files.writeString(store.root().resolve("CURRENT"), "garbage without a generation\n");
        BiokgException g = assertThrows(BiokgException.class, store::openCurrent);
        assertEquals("store " + store.root() + " is corrupt: unreadable CURRENT file; rebuild it with 'biokg build --store " + store.root() + "'", g.getMessage());
        // A build replaces such a store rather than stopping at it.
        assertFalse(store.exists());
        assertTrue(store.isOlderThan(tmp));
        store.load(oneLabel("rebuilt"));
        try (OpenDataset open = store.openCurrent()) {
            assertEquals("rebuilt", label(open));
        }
    }

    @Test
    void emptyDatabaseDirectoryIsCorruptNotSilentlyRecreated() throws IOException {
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        Path gen = store.load(oneLabel("x")).location();
        Generations.deleteTree(gen);
        Files.createDirectories(gen);
        BiokgException e = assertThrows(BiokgException.class, store::openCurrent);
        assertTrue(e.getMessage().contains("no TDB2 database in " + gen.getFileName()), e.getMessage());
        assertFalse(Generations.looksLikeDatabase(gen), "opening must not create a database");
    }

    @Test
    void storePathThatIsAFileIsAClearError() throws IOException {
        Path file = Files.writeString(tmp.resolve("store"), "not a directory");
        BiokgStore store = BiokgStore.at(file);
        BiokgException e = assertThrows(BiokgException.class, store::openCurrent);
        assertEquals("store path " + file + " is not a directory", e.getMessage());
        assertThrows(BiokgException.class, () -> store.load(oneLabel("x")));
    }

    @Test
    void unreadableStoreDirectoryIsAClearError() throws IOException {
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        store.load(oneLabel("x"));
        Files.setPosixFilePermissions(store.root(), PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(store.root()), "running as root: permissions do not stop reading");
            BiokgException e = assertThrows(BiokgException.class, store::openCurrent);
            assertEquals(BiokgException.RUNTIME, e.exitCode());
            assertEquals("cannot read store directory " + store.root() + " (permission denied)", e.getMessage());
        } finally {
            Files.setPosixFilePermissions(store.root(), PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void unreadablePointerIsAClearErrorEvenForRoot() throws IOException {
        // Root ignores permission bits, so make CURRENT a directory: reading it fails for everyone.
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        store.load(oneLabel("x"));
        Files.delete(store.root().resolve("CURRENT"));
        Files.createDirectory(store.root().resolve("CURRENT"));
        BiokgException e = assertThrows(BiokgException.class, store::openCurrent);
        assertEquals(BiokgException.RUNTIME, e.exitCode());
        assertTrue(e.getMessage().startsWith("cannot read store directory " + store.root() + ": "), e.getMessage());
    }

    @Test
    void modelsWithoutTransactionsLoadToo() {
        Dataset plain = DatasetFactory.create(ModelFactory.createDefaultModel()
                .add(ModelFactory.createDefaultModel().createResource("http://example.org/a"), RDFS.label, "plain"));
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        assertEquals(1, store.load(plain).triples());
        try (OpenDataset open = store.openCurrent()) {
            assertEquals("plain", label(open));
        }
    }
}
