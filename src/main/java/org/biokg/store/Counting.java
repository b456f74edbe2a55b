package org.biokg.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/** Counts of a TDB2 database read from its indexes (call inside a transaction). */
final class Counting {
    private Counting() {
    }

    /** Triples in the default graph and quads in named graphs. */
    record Counts(long triples, long quads) {
    }

    /** The counts as the primary indexes (SPO, GSPO) hold them. */
    static Counts of(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        return new Counts(tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndex(0).size(),
                tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndex(0).size());
    }

    static TupleIndex[] tripleIndexes(DatasetGraphTDB tdb) {
        return tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes();
    }

    static TupleIndex[] quadIndexes(DatasetGraphTDB tdb) {
        return tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
    }
}
