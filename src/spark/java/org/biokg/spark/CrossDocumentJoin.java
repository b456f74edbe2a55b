package org.biokg.spark;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.ResultJson;
import org.biokg.link.CrossDocumentEntities;
import org.biokg.link.EntityMerge;
import org.biokg.link.EntityProfile;
import org.biokg.rdf.GraphBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;

/**
 * The entities several documents share ({@link CrossDocumentEntities}), found with Spark joins rather than in one
 * memory: every document's entity profiles are exploded by blocking key, the profiles are joined with those of
 * other documents under the same key, grouped by mention, and {@link CrossDocumentEntities#decide} (a pure
 * function of a mention and its candidates) gives each mention's merge. The merges are few: the driver collects
 * them in the order the in-memory {@code find} gives them, follows chains ({@link CrossDocumentEntities#closed}) and
 * broadcasts them, and each document is rewritten where it lies ({@link CrossDocumentEntities.Applier}).
 */
final class CrossDocumentJoin {
    private static final Logger LOG = LoggerFactory.getLogger(CrossDocumentJoin.class);
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private CrossDocumentJoin() {
    }

    /** The documents after the merges, and the merges. */
    record Merged(Dataset<DocumentOutcome> documents, List<EntityMerge> merges) {
        /** Tells the graph builder about the merges, so the graph explains each ({@code biokg:EntityMerge}). */
        void explain(GraphBuilder.Builder builder) {
            builder.merges(merges);
        }

        /** The merges as JSON lines. */
        List<String> mergeLines() {
            return merges.stream().map(CrossDocumentJoin::json).toList();
        }
    }

    static Merged merge(SparkSession spark, Dataset<DocumentOutcome> documents) {
        long count = documents.count();
        if (count < 2) {
            return new Merged(documents, List.of()); // as CrossDocumentEntities.apply: one document stays as it is
        }
        List<EntityMerge> merges = find(documents);
        List<String> subjects = documents.map((MapFunction<DocumentOutcome, String>) DocumentOutcome::getSubject,
                Encoders.STRING()).collectAsList();
        LOG.info("biokg: {} cross-document entity merges among {} documents", merges.size(), count);
        Broadcast<CrossDocumentEntities.Applier> applier = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(new CrossDocumentEntities.Applier(merges, subjects));
        Dataset<DocumentOutcome> merged = documents.map((MapFunction<DocumentOutcome, DocumentOutcome>) d ->
                d.withResult(ResultJson.toLine(applier.value().applyTo(ResultJson.fromLine(d.getResult())))),
                Encoders.bean(DocumentOutcome.class));
        return new Merged(merged, merges);
    }

    /** The merges, as {@code CrossDocumentEntities.find} over the same documents in corpus order gives them. */
    static List<EntityMerge> find(Dataset<DocumentOutcome> documents) {
        Dataset<Row> keyed = documents.flatMap((FlatMapFunction<DocumentOutcome, KeyedProfile>) d -> {
            ExtractionResult r = ResultJson.fromLine(d.getResult());
            List<KeyedProfile> out = new ArrayList<>();
            List<EntityProfile> profiles = EntityProfile.of(r);
            for (int i = 0; i < profiles.size(); i++) {
                for (String key : profiles.get(i).blockingKeys()) {
                    out.add(new KeyedProfile(key, d, i, profiles.get(i)));
                }
            }
            return out.iterator();
        }, Encoders.bean(KeyedProfile.class)).toDF();
        Dataset<Row> m = keyed.as("m");
        Dataset<Row> c = keyed.as("c");
        // Each mention with every profile of another document under one of its keys, once.
        Dataset<Row> pairs = m.join(c, col("m.key").equalTo(col("c.key"))
                        .and(col("m.documentId").notEqual(col("c.documentId"))))
                .select(col("m.profileId").as("mentionId"), col("m.fileIndex").as("fileIndex"), col("m.line").as("line"),
                        col("m.index").as("index"), col("m.profile").as("mention"),
                        col("c.profileId").as("candidateId"), col("c.profile").as("candidate"))
                .dropDuplicates("mentionId", "candidateId");
        List<DecidedMerge> decided = new ArrayList<>(pairs
                .groupByKey((MapFunction<Row, String>) row -> row.getString(0), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, DecidedMerge>) (id, rows) -> decide(rows),
                        Encoders.bean(DecidedMerge.class))
                .collectAsList());
        decided.sort(Comparator.comparingInt(DecidedMerge::getFileIndex).thenComparingLong(DecidedMerge::getLine)
                .thenComparingInt(DecidedMerge::getIndex));
        List<EntityMerge> merges = new ArrayList<>();
        for (DecidedMerge d : decided) {
            merges.add(KeyedProfile.object(d.getMerge()));
        }
        return CrossDocumentEntities.closed(merges);
    }

    /** One mention's merge, if any, with the mention's place in find's order. */
    private static Iterator<DecidedMerge> decide(Iterator<Row> rows) {
        Row first = null;
        EntityProfile mention = null;
        List<EntityProfile> candidates = new ArrayList<>();
        while (rows.hasNext()) {
            Row row = rows.next();
            if (first == null) {
                first = row;
                mention = KeyedProfile.object(row.getAs("mention"));
            }
            candidates.add(KeyedProfile.object(row.getAs("candidate")));
        }
        if (first == null) {
            return Collections.emptyIterator();
        }
        Row place = first;
        return CrossDocumentEntities.decide(mention, candidates)
                .map(m -> List.of(new DecidedMerge(place.<Integer>getAs("fileIndex"), place.<Long>getAs("line"),
                        place.<Integer>getAs("index"), KeyedProfile.bytes(m))).iterator())
                .orElse(Collections.emptyIterator());
    }

    private static String json(EntityMerge m) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("documentId", m.documentId());
        o.put("entityId", m.entityId());
        o.put("fromLabel", m.fromLabel());
        o.put("type", m.type().label());
        o.put("intoLabel", m.intoLabel());
        o.put("intoDocumentId", m.intoDocumentId());
        o.put("reason", m.reason());
        o.put("intoScope", m.intoScope());
        return GSON.toJson(o);
    }
}
