package org.biokg.store;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.biokg.fixtures.MadeUpBiography;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database loaded by Jena's own bulk loader ({@code tdb2.tdbloader --loc DIR graph.nq}, as the README says for
 * the Spark job's N-Quads) is served as it is: {@code biokg serve --store DIR} and {@code biokg query} open it.
 */
class BareDatabaseTest {
    @TempDir
    Path tmp;

    @Test
    void aDatabaseLoadedByTdb2sBulkLoaderOpensAsTheStore() throws Exception {
        Dataset data = MadeUpBiography.dataset();
        Path nq = tmp.resolve("graph.nq");
        try (OutputStream out = Files.newOutputStream(nq)) {
            RDFDataMgr.write(out, data, Lang.NQUADS);
        }
        Path dir = tmp.resolve("store");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
        loader.load(nq.toString());
        loader.finishBulk();
        TDBInternal.expel(dsg);

        long expected = Txn.calculateRead(data, () -> data.asDatasetGraph().stream().count());
        try (OpenDataset open = BiokgStore.at(dir).openCurrent()) {
            assertEquals(dir, open.location());
            long quads = Txn.calculateRead(open.dataset(), () -> open.dataset().asDatasetGraph().stream().count());
            assertEquals(expected, quads);
            assertTrue(open.loadedAt().isAfter(java.time.Instant.EPOCH));
        }
    }
}
