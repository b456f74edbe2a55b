package org.biokg.serve;

import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.biokg.rdf.PlainDoubles;

/** Results whose doubles read {@code 0.8}, not TDB2's {@code 0.8e0} (CSV and JSON output of {@code biokg query}). */
final class PlainResults {
    private PlainResults() {
    }

    /** The same rows, streamed, each xsd:double written as a plain decimal ({@link PlainDoubles}). */
    static ResultSet of(ResultSet rs) {
        RowSet rows = RowSet.adapt(rs);
        return ResultSet.adapt(RowSetStream.create(rows.getResultVars(), org.apache.jena.atlas.iterator.Iter.map(rows,
                PlainResults::plain)));
    }

    private static Binding plain(Binding b) {
        BindingBuilder out = Binding.builder();
        b.forEach((v, n) -> out.add(v, PlainDoubles.plain(n)));
        return out.build();
    }
}
