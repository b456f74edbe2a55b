package org.biokg.rdf;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.shared.PrefixMapping;
import org.biokg.extract.Entity;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Lexicon;
import org.biokg.rdf.FactStatements.StatementSpec;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One build of a {@link GraphBuilder}: gathers the resources, mints their IRIs and the run's, writes each
 * statement into the asserted graph or, below the confidence threshold, the candidates graph, and makes the
 * dataset of both (with a graph per document and the merges explained).
 */
final class GraphAssembly {
    private final GraphBuilder config;
    private final List<ExtractionResult> results;
    private final IriMinter minter;
    private final GraphTarget asserted = new GraphTarget();
    private final GraphTarget candidates = new GraphTarget();
    private final Map<String, ExtractionResult> documents = new LinkedHashMap<>();
    private final Instant runStarted;
    private Map<Fact, Entity> bodies;

    GraphAssembly(GraphBuilder config, List<ExtractionResult> results) {
        this.config = config;
        this.results = List.copyOf(results);
        this.minter = new IriMinter(config.baseIri());
        this.runStarted = config.startedAt() != null ? config.startedAt() : Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    Dataset assemble() {
        bodies = OfficeBodies.find(results, Lexicon.defaults());
        EntityResources entities = new EntityResources(results, bodies, this::bodyOf, config.linkThreshold());
        for (ExtractionResult r : results) {
            documents.putIfAbsent(r.documentId(), r);
        }
        entities.mint(minter);
        String runIri = minter.run(runContent());
        ProvenanceWriter provenance = new ProvenanceWriter(minter, entities, documents, config.digests(), runIri,
                runStarted, config.confidenceThreshold());
        StatementWriter statements = new StatementWriter(minter, entities, provenance);

        for (String documentId : documents.keySet()) {
            provenance.document(asserted, documentId);
        }
        for (Map.Entry<String, StatementSpec> e : FactStatements.of(results, minter, entities, this::bodyOf).entrySet()) {
            StatementSpec spec = e.getValue();
            double confidence = FactStatements.confidence(spec);
            statements.write(confidence >= config.confidenceThreshold() ? asserted : candidates, e.getKey(), spec, confidence);
        }

        MergeExplanations.write(asserted.model, config.merges(), minter, entities::iri, id -> provenance.document(asserted, id));
        MergeExplanations.write(asserted.model, MergeExplanations.withinDocuments(results), minter, entities::iri,
                id -> provenance.document(asserted, id));

        PrefixMapping prefixes = Prefixes.standard(config.baseIri());
        asserted.model.setNsPrefixes(prefixes);
        Dataset ds = DatasetFactory.create(asserted.model);
        DocumentGraphs.of(asserted.model).forEach(ds::addNamedModel);
        ds.getPrefixMapping().setNsPrefixes(prefixes);
        if (!candidates.model.isEmpty()) {
            candidates.model.setNsPrefixes(prefixes);
            ds.addNamedModel(BIOKG.CANDIDATES_GRAPH, candidates.model);
        }
        return ds;
    }

    private String[] runContent() {
        List<String> content = new ArrayList<>();
        content.add("threshold=" + config.confidenceThreshold());
        for (String documentId : new TreeSet<>(documents.keySet())) {
            content.add(documentId + "=" + config.digests().getOrDefault(documentId, documents.get(documentId).sourceName()));
        }
        return content.toArray(String[]::new);
    }

    /** The body the extractor gave the office, else the one its label or sentence names ({@link OfficeBodies}). */
    private Entity bodyOf(Fact f) {
        return f.body() != null ? f.body() : bodies.get(f);
    }
}
