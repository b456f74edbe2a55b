package org.biokg.spark;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.biokg.BiokgException;
import org.biokg.eval.FactJson;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.ResultJson;
import org.biokg.rdf.GraphBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.row_number;

/**
 * The Spark build, stage by stage: corpus lines → documents read per partition → the entities several documents
 * share (joins) → merged results → facts, results and failures written by the executors, the graph assembled
 * on the driver. Output folder:
 * <ul>
 * <li>{@code facts/} the rows of {@code biokg facts --json}, JSON lines in Spark part files;</li>
 * <li>{@code results/} each document's extraction result ({@link ResultJson}), JSON lines;</li>
 * <li>{@code merges.jsonl} the cross-document entity merges;</li>
 * <li>{@code failed.jsonl} the documents that could not be read, with why;</li>
 * <li>{@code graph.nq} the graph with the ontology graph, N-Quads for {@code tdb2.tdbloader}.</li>
 * </ul>
 */
final class SparkJob {
    private static final Logger LOG = LoggerFactory.getLogger(SparkJob.class);
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    static final String FACTS = "facts";
    static final String RESULTS = "results";
    static final String MERGES = "merges.jsonl";
    static final String FAILED = "failed.jsonl";
    static final String GRAPH = "graph.nq";

    /** What the driver was asked to do. */
    record Options(List<String> inputs, String output, Integer partitions, double threshold, String baseIri,
                   Instant startedAt, boolean overwrite, ReaderSettings reader) {
    }

    /** What the run did. */
    record Summary(long documents, long failed, long facts, long merges, long quads, double assemblySeconds) {
    }

    private SparkJob() {
    }

    static Summary run(SparkSession spark, Options o) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<String> files = CorpusFiles.list(conf, o.inputs());
        Path out = prepareOutput(conf, o.output(), o.overwrite());
        int partitions = o.partitions() != null ? o.partitions() : spark.sparkContext().defaultParallelism();
        LOG.info("biokg: reading {} corpus file(s) in {} partitions: {}", files.size(), partitions, files);

        Dataset<DocumentOutcome> outcomes = CorpusFiles.read(spark, files)
                .repartition(partitions)
                .mapPartitions(new ReadPartition(o.reader()), Encoders.bean(DocumentOutcome.class))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // As biokg build: a document id used twice keeps its first document (in corpus order), the others fail.
            WindowSpec byId = Window.partitionBy("documentId").orderBy("fileIndex", "line");
            Dataset<Row> ranked = outcomes.filter(col("error").isNull())
                    .withColumn("rank", row_number().over(byId))
                    .withColumn("firstWhere", first("where").over(byId))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            List<DocumentOutcome> failures = new ArrayList<>(outcomes.filter(col("error").isNotNull()).collectAsList());
            for (Row dup : ranked.filter(col("rank").gt(1)).collectAsList()) {
                DocumentOutcome d = new DocumentOutcome();
                d.setFileIndex(dup.getAs("fileIndex"));
                d.setLine(dup.getAs("line"));
                d.setWhere(dup.getAs("where"));
                d.setError("document id " + dup.getAs("documentId") + " is already used by " + dup.getAs("firstWhere")
                        + "; the first one is kept");
                failures.add(d);
            }
            failures.sort(Comparator.comparingInt(DocumentOutcome::getFileIndex).thenComparingLong(DocumentOutcome::getLine));
            writeFailures(conf, new Path(out, FAILED), failures);
            Dataset<DocumentOutcome> read = ranked.filter(col("rank").equalTo(1)).drop("rank", "firstWhere")
                    .as(Encoders.bean(DocumentOutcome.class));

            CrossDocumentJoin.Merged merged = CrossDocumentJoin.merge(spark, read);
            Dataset<DocumentOutcome> documents = merged.documents().persist(StorageLevel.MEMORY_AND_DISK());
            try {
                writeLines(conf, new Path(out, MERGES), merged.mergeLines());
                documents.map((MapFunction<DocumentOutcome, String>) DocumentOutcome::getResult, Encoders.STRING())
                        .write().text(new Path(out, RESULTS).toString());
                documents.flatMap((FlatMapFunction<DocumentOutcome, String>) d ->
                        factLines(ResultJson.fromLine(d.getResult())).iterator(), Encoders.STRING())
                        .write().text(new Path(out, FACTS).toString());

                GraphBuilder.Builder builder = GraphBuilder.create().confidenceThreshold(o.threshold()).startedAt(o.startedAt());
                if (o.baseIri() != null) {
                    builder.baseIri(o.baseIri());
                }
                merged.explain(builder);
                Dataset<Row> ordered = documents.orderBy("fileIndex", "line").select("documentId", "sha256", "result");
                GraphOutput.Written w = GraphOutput.write(ordered.toLocalIterator(), builder, conf, new Path(out, GRAPH));
                return new Summary(w.documents() + failures.size(), failures.size(), w.facts(), merged.merges().size(),
                        w.quads(), w.assemblySeconds());
            } finally {
                documents.unpersist();
                ranked.unpersist();
            }
        } finally {
            outcomes.unpersist();
        }
    }

    /** The rows of {@code biokg facts --json} for one result. */
    static List<String> factLines(ExtractionResult r) {
        StringWriter s = new StringWriter();
        try (PrintWriter p = new PrintWriter(s)) {
            FactJson.write(r, p);
        }
        return s.toString().lines().toList();
    }

    /** The output folder, which must not exist yet (or, with --overwrite, is emptied). */
    private static Path prepareOutput(Configuration conf, String output, boolean overwrite) {
        Path out = new Path(output);
        try {
            FileSystem fs = out.getFileSystem(conf);
            if (fs.exists(out)) {
                if (!overwrite) {
                    throw BiokgException.badInput(output + ": already exists (--overwrite replaces it)");
                }
                fs.delete(out, true);
            }
            fs.mkdirs(out);
        } catch (IOException e) {
            throw BiokgException.badInput(output + ": cannot write: " + e.getMessage());
        }
        return out;
    }

    private static void writeFailures(Configuration conf, Path file, List<DocumentOutcome> failures) {
        writeLines(conf, file, failures.stream().map(f -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("where", f.getWhere());
            m.put("error", f.getError());
            return GSON.toJson(m);
        }).toList());
    }

    static void writeLines(Configuration conf, Path file, List<String> lines) {
        try (OutputStream os = GraphOutput.create(conf, file);
             Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        } catch (IOException e) {
            throw new BiokgException(BiokgException.RUNTIME, "cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
