package org.biokg.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.biokg.rdf.GraphBuilder;

import java.util.List;

/**
 * The entities several documents share, found with Spark joins. (Placeholder until org.biokg.link's
 * CrossDocumentEntities is merged: no merges.)
 */
final class CrossDocumentJoin {
    private CrossDocumentJoin() {
    }

    /** The documents after the merges, and the merges. */
    record Merged(Dataset<DocumentOutcome> documents, List<String> mergeLines) {
        /** Tells the graph builder about the merges, so the graph explains each. */
        void explain(GraphBuilder.Builder builder) {
        }
    }

    static Merged merge(SparkSession spark, Dataset<DocumentOutcome> read) {
        return new Merged(read, List.of());
    }
}
