package org.biokg.store;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a TDB2 database when it opens, so that a damaged one is refused rather than answering wrongly:
 * <ol>
 * <li>the index files are all there and as long as their state files say;</li>
 * <li>the indexes agree: SPO, POS and OSP hold as many triples, the six quad indexes as many quads;</li>
 * <li>the node table reads back: the nodes the indexes name decode and the node index finds each under its
 * id (all of them up to {@value #READ_BACK}, else a sample spread over the table);</li>
 * <li>the counts are those the last committed write recorded ({@link RecordedCounts}).</li>
 * </ol>
 * It reads every index once and the node table up to {@value #READ_BACK} nodes: about 0.3 s for a biography's
 * store, 2-3 s for a million statements.
 */
final class StoreCheck {
    /** TDB2's block size: its B+tree node and record files grow by whole blocks. */
    static final int BLOCK = 8192;
    /** How many nodes the check reads back at most. */
    static final int READ_BACK = 50_000;
    private static final String[] INDEXES = {"SPO", "POS", "OSP", "GSPO", "GPOS", "GOSP", "SPOG", "POSG", "OSPG", "GPU",
            "nodes", "prefixes"};

    private StoreCheck() {
    }

    /** A damaged database, with what is wrong in a few words. */
    static final class Damage extends RuntimeException {
        Damage(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Checks the files of a database generation before TDB2 opens it: each B+tree's state file (root block,
     * node and record block limits) against the sizes of its node and record files, and each node data file
     * against the length its state file recorded.
     */
    static void files(Path generation) {
        Path data = newestData(generation).orElseThrow(() -> new Damage("no TDB2 database in " + generation.getFileName()));
        for (String index : INDEXES) {
            long[] state = state(data.resolve(index + ".bpt"));
            long nodes = size(data.resolve(index + ".idn"));
            long records = size(data.resolve(index + ".dat"));
            if (state[0] >= state[1] || nodes < state[1] * BLOCK || records < state[2] * BLOCK || nodes % BLOCK != 0
                    || records % BLOCK != 0)
                throw new Damage("index " + index + " is cut short (its files hold fewer blocks than it uses)");
        }
        for (String objects : new String[]{"nodes-data", "prefixes-data"}) {
            long recordedLength = state(data.resolve(objects + ".bdf"))[0];
            if (size(data.resolve(objects + ".obj")) < recordedLength)
                throw new Damage("node file " + objects + ".obj is cut short");
        }
    }

    /** The longs of a small state file (B+tree: root, node limit, record limit; data file: its length). */
    private static long[] state(Path file) {
        long size = size(file);
        int n = file.toString().endsWith(".bpt") ? 3 : 2;
        if (size != n * 8L)
            throw new Damage("index file " + file.getFileName() + " is damaged (" + size + " bytes, not " + n * 8 + ")");
        try {
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file));
            long[] out = new long[n];
            for (int i = 0; i < n; i++)
                out[i] = b.getLong();
            return out;
        } catch (IOException e) {
            throw new Damage("cannot read " + file.getFileName() + ": " + e.getMessage());
        }
    }

    /**
     * The check of a database this JVM opens: contents against the recorded counts, which are then brought up
     * to date (written for a database that had none, a pending commit that did happen made the recorded one),
     * and kept so from then on ({@link CountKeeper}).
     */
    static void opened(Path generation, DatasetGraph dsg) {
        Optional<RecordedCounts> recorded = RecordedCounts.read(generation);
        RecordedCounts now = RecordedCounts.of(contents(dsg, recorded));
        if (!recorded.equals(Optional.of(now))) {
            try {
                now.write(generation);
            } catch (IOException e) {
                // A read-only store still serves; its counts are checked again at the next open.
            }
        }
        CountKeeper.attach(dsg, generation, now);
    }

    /** Checks the indexes and node table of an open database and compares its counts with the recorded ones. */
    static Counting.Counts contents(DatasetGraph dsg, Optional<RecordedCounts> recorded) {
        Counting.Counts counts = Txn.calculateRead(dsg, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
            long triples = agreeing("triple", Counting.tripleIndexes(tdb));
            long quads = agreeing("quad", Counting.quadIndexes(tdb));
            NodeTable nodes = tdb.getTripleTable().getNodeTupleTable().getNodeTable().baseNodeTable();
            List<NodeId> used = new ArrayList<>(usedIds(Counting.tripleIndexes(tdb)[0], Counting.quadIndexes(tdb)[0]));
            readBack(nodes, used);
            return new Counting.Counts(triples, quads);
        });
        if (recorded.isPresent() && !recorded.get().matches(counts))
            throw new Damage("it holds " + counts.triples() + " triples and " + counts.quads()
                    + " quads, the last committed write left " + recorded.get().triples() + " and " + recorded.get().quads());
        return counts;
    }

    /** The size all the indexes of a table share; when they differ, the ones that disagree with the most. */
    private static long agreeing(String kind, TupleIndex[] indexes) {
        long[] sizes = new long[indexes.length];
        Map<Long, Integer> votes = new HashMap<>();
        for (int i = 0; i < indexes.length; i++) {
            sizes[i] = indexes[i].size();
            votes.merge(sizes[i], 1, Integer::sum);
        }
        long usual = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0L);
        for (int i = 0; i < indexes.length; i++) {
            if (sizes[i] != usual)
                throw new Damage("index " + indexes[i].getName() + " holds " + sizes[i] + " " + kind + "s, the other "
                        + kind + " indexes " + usual);
        }
        return usual;
    }

    /** The node ids (pointers into the node table, not values kept inline) that the indexes use. */
    private static Set<NodeId> usedIds(TupleIndex... indexes) {
        Set<NodeId> ids = new HashSet<>();
        for (TupleIndex index : indexes) {
            for (Iterator<Tuple<NodeId>> it = index.all(); it.hasNext(); ) {
                Tuple<NodeId> t = it.next();
                for (int i = 0; i < t.len(); i++)
                    if (!t.get(i).isInline())
                        ids.add(t.get(i));
            }
        }
        return ids;
    }

    /**
     * Reads nodes back from the node table and finds each again through the node index: every node up to
     * {@value #READ_BACK} of them (about a second), else that many spread over the table, always with the
     * one written last (where a cut file shows). Decoding costs some 20 microseconds a node.
     */
    private static void readBack(NodeTable nodes, List<NodeId> used) {
        if (used.isEmpty())
            return;
        used.sort(Comparator.comparingLong(NodeId::getPtrLocation));
        int step = Math.max(1, used.size() / READ_BACK);
        for (int i = used.size() - 1; i >= 0; i -= step) {
            NodeId id = used.get(i);
            Node node = nodes.getNodeForNodeId(id);
            if (node == null)
                throw new Damage("index SPO names a node missing from the node table (id " + id.getPtrLocation() + ")");
            if (!id.equals(nodes.getNodeIdForNode(node)))
                throw new Damage("the node index does not find the node at " + id.getPtrLocation());
        }
    }

    /** TDB2 keeps its data in Data-NNNN directories and uses the newest. */
    static Optional<Path> newestData(Path generation) {
        Path newest = null;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(generation, "Data-*")) {
            for (Path p : ds)
                if (Files.isDirectory(p) && (newest == null || p.getFileName().toString().compareTo(newest.getFileName().toString()) > 0))
                    newest = p;
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(newest);
    }

    private static long size(Path f) {
        if (!Files.isRegularFile(f))
            throw new Damage("index file " + f.getFileName() + " is missing");
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new Damage("cannot read " + f.getFileName() + ": " + e.getMessage());
        }
    }
}
