package org.biokg.rdf;

import org.apache.jena.query.Dataset;
import org.biokg.link.EntityMerge;
import org.biokg.extract.Entity;
import org.biokg.extract.ExtractionResult;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns extraction results into an RDF dataset under the biokg ontology: the default graph holds the
 * asserted facts (plain triples, their {@code biokg:FactStatement}s, evidence, sentences, documents, the
 * run), the named graph {@link BIOKG#CANDIDATES_GRAPH} the facts below the confidence threshold, with
 * everything they need to be read on their own. Configure it with {@link #create()}:
 * <pre>
 * Dataset ds = GraphBuilder.create().confidenceThreshold(0.6).startedAt(fixedTime).build().toDataset(result);
 * </pre>
 * The output is a pure function of the inputs and the configuration: same inputs, same IRIs, same triples.
 * Each build is a {@link GraphAssembly}: the {@link EntityResources} and {@link FactStatements} of the results,
 * written by a {@link StatementWriter} and a {@link ProvenanceWriter}.
 */
public final class GraphBuilder {
    /** Facts whose combined confidence is below this go to the candidates graph. */
    public static final double DEFAULT_THRESHOLD = 0.5;
    /** Entity links at or above this confidence become owl:sameAs; below it, biokg:linkCandidate. */
    public static final double DEFAULT_LINK_THRESHOLD = 0.5;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final String base;
    private final double threshold;
    private final Instant startedAt;
    private final Map<String, String> digests;
    private final double linkThreshold;
    private final List<EntityMerge> merges;

    private GraphBuilder(Builder b) {
        this.base = b.base;
        this.threshold = b.threshold;
        this.startedAt = b.startedAt;
        this.digests = Map.copyOf(b.digests);
        this.linkThreshold = b.linkThreshold;
        this.merges = List.copyOf(b.merges);
    }

    public static Builder create() {
        return new Builder();
    }

    public String baseIri() {
        return base;
    }

    public double confidenceThreshold() {
        return threshold;
    }

    /** The fixed start time of the run, or null for the time of each build. */
    Instant startedAt() {
        return startedAt;
    }

    /** The source documents' SHA-256 digests, by document id. */
    Map<String, String> digests() {
        return digests;
    }

    double linkThreshold() {
        return linkThreshold;
    }

    List<EntityMerge> merges() {
        return merges;
    }

    /** Configuration of a {@link GraphBuilder}. */
    public static final class Builder {
        private String base = BIOKG.RESOURCE_BASE;
        private double threshold = DEFAULT_THRESHOLD;
        private Instant startedAt;
        private final Map<String, String> digests = new TreeMap<>();
        private double linkThreshold = DEFAULT_LINK_THRESHOLD;
        private final List<EntityMerge> merges = new ArrayList<>();

        private Builder() {
        }

        /**
         * The cross-document merges the results were made with ({@link org.biokg.link.CrossDocumentEntities}),
         * written as {@code biokg:EntityMerge}s so each can be explained.
         */
        public Builder merges(Collection<EntityMerge> merges) {
            this.merges.addAll(merges);
            return this;
        }

        /** Entity links (see {@link Entity#wikipediaTitle()}) below {@code t} are written as suggestions only; in [0, 1]. */
        public Builder linkThreshold(double t) {
            if (!(t >= 0 && t <= 1)) {
                throw new IllegalArgumentException("link threshold outside [0,1]: " + t);
            }
            this.linkThreshold = t;
            return this;
        }

        /** Base of the data IRIs; must be an absolute http(s) IRI ending in {@code /} or {@code #}. */
        public Builder baseIri(String baseIri) {
            Objects.requireNonNull(baseIri);
            if (!baseIri.matches("https?://[^\\s<>\"{}|\\\\^`]+[/#]")) {
                throw new IllegalArgumentException("base IRI must be an http(s) IRI ending in / or #: " + baseIri);
            }
            this.base = baseIri;
            return this;
        }

        /** Facts with a combined confidence below {@code t} go to the candidates graph; in [0, 1]. */
        public Builder confidenceThreshold(double t) {
            if (!(t >= 0 && t <= 1)) {
                throw new IllegalArgumentException("confidence threshold outside [0,1]: " + t);
            }
            this.threshold = t;
            return this;
        }

        /** The run's start time, fixed for reproducible output; default: the time of each build, to the second. */
        public Builder startedAt(Instant time) {
            this.startedAt = time == null ? null : time.truncatedTo(ChronoUnit.SECONDS);
            return this;
        }

        /** The SHA-256 (lower-case hex) of a source document's bytes, recorded as {@code biokg:sha256}. */
        public Builder sourceDigest(String documentId, String sha256Hex) {
            if (!SHA256.matcher(sha256Hex).matches()) {
                throw new IllegalArgumentException("not a lower-case hex SHA-256 digest: " + sha256Hex);
            }
            digests.put(Objects.requireNonNull(documentId), sha256Hex);
            return this;
        }

        public GraphBuilder build() {
            return new GraphBuilder(this);
        }
    }

    public Dataset toDataset(ExtractionResult... results) {
        return toDataset(Arrays.asList(results));
    }

    /**
     * Builds the dataset for all results together: entities with the same type and label in several results
     * are one resource, and a fact read in several documents is one statement with all its evidence.
     *
     * @throws IllegalArgumentException when a fact has no evidence (every fact in the graph must have some)
     */
    public Dataset toDataset(List<ExtractionResult> results) {
        return new GraphAssembly(this, results).assemble();
    }
}
