package org.biokg.rdf;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.biokg.link.EntityMerge;
import org.biokg.extract.DateSource;
import org.biokg.extract.Entity;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Lexicon;
import org.biokg.extract.Relation;
import org.biokg.extract.TimeValue;
import org.biokg.rdf.IriMinter.EntityKey;
import org.biokg.text.Span;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
        return new Assembly(results).assemble();
    }

    /** A reified fact: one direction of one triple, with its term dates and the evidence oriented to it. */
    private record StatementSpec(EntityKey subject, Relation relation, EntityKey object, TimeValue date,
                                 TimeValue start, TimeValue end, EntityKey body, Set<Evidence> evidence,
                                 DateSource startSource, DateSource endSource) {
    }

    /** A sentence, infobox field or heading of a document, as a biokg:Sentence. */
    private record SentenceRef(String documentId, DateSource.Kind kind, int index, Span span, String text) {
        static SentenceRef of(Evidence ev) {
            return new SentenceRef(ev.documentId(), ev.sentenceIndex() >= 0 ? DateSource.Kind.SENTENCE : DateSource.Kind.INFOBOX,
                    ev.sentenceIndex(), ev.sentence(), ev.sentenceText());
        }

        static SentenceRef of(DateSource d) {
            return new SentenceRef(d.documentId(), d.kind(), d.sentenceIndex(), d.span(), d.text());
        }
    }

    /** A graph being written, with what has already been described in it. */
    private static final class Target {
        final Model model = ModelFactory.createDefaultModel();
        final Set<String> described = new HashSet<>();

        boolean firstTime(String iri) {
            return described.add(iri);
        }
    }

    /** The state of one build. */
    private final class Assembly {
        private final List<ExtractionResult> results;
        private final IriMinter minter = new IriMinter(base);
        private final Target asserted = new Target();
        private final Target candidates = new Target();
        private final Map<EntityKey, Set<String>> aliases = new HashMap<>();
        private final Map<EntityKey, Entity> links = new HashMap<>();
        private final Map<String, ExtractionResult> documents = new LinkedHashMap<>();
        private final Map<String, SentenceRef> sentences = new HashMap<>();
        private final Instant runStarted;
        private Map<EntityKey, String> entityIris;
        private String runIri;
        private Map<Fact, Entity> bodies;
        private Map<EntityKey, String> descriptions;

        Assembly(List<ExtractionResult> results) {
            this.results = List.copyOf(results);
            this.runStarted = startedAt != null ? startedAt : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        }

        Dataset assemble() {
            Set<EntityKey> keys = new LinkedHashSet<>();
            bodies = OfficeBodies.find(results, Lexicon.defaults());
            descriptions = OneNamePeople.descriptions(results, GraphBuilder::key);
            for (Entity body : bodies.values()) {
                keys.add(key(body));
            }
            for (ExtractionResult r : results) {
                documents.putIfAbsent(r.documentId(), r);
                keys.add(key(r.subject()));
                noteAliases(r.subject());
                for (Fact f : r.facts()) {
                    for (Entity e : new Entity[]{f.subject(), f.object(), bodyOf(f)}) {
                        if (e != null) {
                            keys.add(key(e));
                            noteAliases(e);
                        }
                    }
                }
            }
            // Other Entity objects with the same type and label contribute their aliases too.
            for (ExtractionResult r : results) {
                for (Entity e : r.entities()) {
                    if (keys.contains(key(e))) {
                        noteAliases(e);
                    }
                }
            }
            entityIris = minter.entityIris(keys);
            runIri = minter.run(runContent());

            for (String documentId : documents.keySet()) {
                describeDocument(asserted, documentId);
            }
            for (Map.Entry<String, StatementSpec> e : statements().entrySet()) {
                StatementSpec spec = e.getValue();
                double confidence = round(noisyOr(spec.evidence()));
                writeStatement(confidence >= threshold ? asserted : candidates, e.getKey(), spec, confidence);
            }

            MergeExplanations.write(asserted.model, merges, minter, entityIris::get, id -> describeDocument(asserted, id));

            PrefixMapping prefixes = Prefixes.standard(base);
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
            content.add("threshold=" + threshold);
            for (String documentId : new TreeSet<>(documents.keySet())) {
                content.add(documentId + "=" + digests.getOrDefault(documentId, documents.get(documentId).sourceName()));
            }
            return content.toArray(String[]::new);
        }

        /** The statements of all facts, merged by IRI; symmetric facts give one statement per direction. */
        private Map<String, StatementSpec> statements() {
            Map<String, StatementSpec> statements = new LinkedHashMap<>();
            for (ExtractionResult r : results) {
                for (Fact f : r.facts()) {
                    if (f.evidence().isEmpty()) {
                        throw new IllegalArgumentException("fact without evidence: " + f);
                    }
                    addStatement(statements, f, false);
                    if (f.relation().symmetric() && !key(f.subject()).equals(key(f.object()))) {
                        addStatement(statements, f, true);
                    }
                }
            }
            return statements;
        }

        private void addStatement(Map<String, StatementSpec> statements, Fact f, boolean reversed) {
            EntityKey s = key(reversed ? f.object() : f.subject());
            EntityKey o = f.object() == null ? null : key(reversed ? f.subject() : f.object());
            EntityKey body = bodyOf(f) == null ? null : key(bodyOf(f));
            String iri = minter.fact(entityIris.get(s), f.relation().id(),
                    o != null ? entityIris.get(o) : "date:" + f.date().iso(),
                    iso(f.start()), iso(f.end()), body != null ? entityIris.get(body) : null);
            StatementSpec spec = statements.computeIfAbsent(iri, k -> new StatementSpec(s, f.relation(), o, f.date(),
                    f.start(), f.end(), body, new LinkedHashSet<>(), f.startSource(), f.endSource()));
            for (Evidence ev : f.evidence()) {
                spec.evidence().add(reversed ? swapMentions(ev) : ev);
            }
        }

        /** The body the extractor gave the office, else the one its label or sentence names ({@link OfficeBodies}). */
        private Entity bodyOf(Fact f) {
            return f.body() != null ? f.body() : bodies.get(f);
        }

        private void writeStatement(Target t, String iri, StatementSpec spec, double confidence) {
            Model m = t.model;
            Resource s = entity(t, spec.subject());
            Property p = BIOKG.property(spec.relation());
            RDFNode o = spec.object() != null ? entity(t, spec.object()) : date(m, spec.date());
            m.add(s, p, o);

            Resource st = m.createResource(iri, BIOKG.FactStatement);
            st.addProperty(RDF.subject, s).addProperty(RDF.predicate, p).addProperty(RDF.object, o);
            st.addLiteral(BIOKG.confidence, doubleLiteral(m, confidence));
            if (spec.start() != null) {
                st.addLiteral(BIOKG.startDate, date(m, spec.start()));
            }
            if (spec.end() != null) {
                st.addLiteral(BIOKG.endDate, date(m, spec.end()));
            }
            // the sentence that states each date: "since 1919" is shown with the 1919 sentence, not a later one
            if (spec.start() != null && spec.startSource() != null) {
                st.addProperty(BIOKG.startDateSentence, sentence(t, SentenceRef.of(spec.startSource())));
            }
            if (spec.end() != null && spec.endSource() != null) {
                st.addProperty(BIOKG.endDateSentence, sentence(t, SentenceRef.of(spec.endSource())));
            }
            if (spec.relation() == Relation.HELD_OFFICE) {
                st.addProperty(BIOKG.officeTerm, officeTerm(t, spec, s, o.asResource()));
            }
            for (Evidence ev : spec.evidence()) {
                st.addProperty(BIOKG.evidence, evidence(t, iri, ev));
            }
        }

        private Resource officeTerm(Target t, StatementSpec spec, Resource holder, Resource office) {
            Model m = t.model;
            Resource body = spec.body() != null ? entity(t, spec.body()) : null;
            Resource term = m.createResource(minter.term(holder.getURI(), office.getURI(),
                    body != null ? body.getURI() : null, iso(spec.start()), iso(spec.end())), BIOKG.OfficeTerm);
            term.addProperty(BIOKG.holder, holder).addProperty(BIOKG.office, office);
            if (body != null) {
                term.addProperty(BIOKG.ofBody, body);
            }
            if (spec.start() != null) {
                term.addLiteral(BIOKG.startDate, date(m, spec.start()));
            }
            if (spec.end() != null) {
                term.addLiteral(BIOKG.endDate, date(m, spec.end()));
            }
            holder.addProperty(BIOKG.hasOfficeTerm, term);
            return term;
        }

        private Resource evidence(Target t, String statementIri, Evidence ev) {
            Model m = t.model;
            Resource r = m.createResource(minter.evidence(statementIri, ev.documentId(),
                    String.valueOf(ev.sentenceIndex()), String.valueOf(ev.sentence().start()),
                    String.valueOf(ev.sentence().end()), String.valueOf(ev.subjectSpan()),
                    String.valueOf(ev.objectSpan()), ev.rule(), String.valueOf(ev.confidence())), BIOKG.Evidence);
            r.addProperty(BIOKG.rule, ev.rule());
            for (String repair : ev.repairs()) {
                r.addProperty(BIOKG.repair, repair); // a parse repair behind an edge the rule matched
            }
            r.addLiteral(BIOKG.confidence, doubleLiteral(m, round(ev.confidence())));
            r.addProperty(BIOKG.sentence, sentence(t, SentenceRef.of(ev)));
            if (ev.subjectSpan() != null) {
                r.addLiteral(BIOKG.subjectStart, integer(m, ev.subjectSpan().start()));
                r.addLiteral(BIOKG.subjectEnd, integer(m, ev.subjectSpan().end()));
            }
            if (ev.objectSpan() != null) {
                r.addLiteral(BIOKG.objectStart, integer(m, ev.objectSpan().start()));
                r.addLiteral(BIOKG.objectEnd, integer(m, ev.objectSpan().end()));
            }
            r.addProperty(PROV.wasGeneratedBy, run(t));
            return r;
        }

        private Resource sentence(Target t, SentenceRef ref) {
            String iri = switch (ref.kind()) {
                case SENTENCE -> minter.sentence(ref.documentId(), ref.index());
                case INFOBOX -> minter.infobox(ref.documentId(), ref.span().start());
                case HEADING -> minter.heading(ref.documentId(), ref.span().start());
            };
            Resource r = t.model.createResource(iri);
            if (t.firstTime(iri)) {
                // The first evidence that names a sentence fixes its text, so every graph agrees on it.
                SentenceRef first = sentences.computeIfAbsent(iri, k -> ref);
                Model m = t.model;
                r.addProperty(RDF.type, BIOKG.Sentence);
                r.addProperty(BIOKG.text, first.text());
                if (first.kind() == DateSource.Kind.SENTENCE) {
                    r.addLiteral(BIOKG.index, integer(m, first.index()));
                }
                r.addLiteral(BIOKG.startOffset, integer(m, first.span().start()));
                r.addLiteral(BIOKG.endOffset, integer(m, first.span().end()));
                r.addProperty(BIOKG.inDocument, describeDocument(t, first.documentId()));
            }
            return r;
        }

        private Resource describeDocument(Target t, String documentId) {
            String iri = minter.document(documentId);
            Resource doc = t.model.createResource(iri);
            if (t.firstTime(iri)) {
                ExtractionResult r = documents.get(documentId);
                doc.addProperty(RDF.type, BIOKG.SourceDocument);
                // The file's name, never the local path it was read from; the title is the subject's name.
                doc.addProperty(RDFS.label, r != null ? fileName(r.sourceName()) : documentId, "en");
                if (r != null) {
                    doc.addProperty(SCHEMA.about, entity(t, key(r.subject())));
                    doc.addProperty(SCHEMA.name, r.subject().label(), "en");
                }
                String sha = digests.get(documentId);
                if (sha != null) {
                    doc.addProperty(BIOKG.sha256, sha);
                }
                run(t).addProperty(PROV.used, doc);
            }
            return doc;
        }

        private Resource run(Target t) {
            Resource run = t.model.createResource(runIri);
            if (t.firstTime(runIri)) {
                Model m = t.model;
                run.addProperty(RDF.type, BIOKG.ExtractionRun);
                run.addLiteral(PROV.startedAtTime, m.createTypedLiteral(runStarted.toString(), XSDDatatype.XSDdateTime));
                run.addLiteral(BIOKG.confidenceThreshold, doubleLiteral(m, threshold));
            }
            return run;
        }

        private Resource entity(Target t, EntityKey key) {
            String iri = entityIris.get(key);
            Resource r = t.model.createResource(iri);
            if (t.firstTime(iri)) {
                r.addProperty(RDF.type, BIOKG.type(key.type()));
                r.addProperty(RDFS.label, key.label(), "en");
                String description = descriptions.get(key);
                if (description != null) {
                    r.addProperty(SCHEMA.description, description, "en");
                }
                for (String alias : new TreeSet<>(aliases.getOrDefault(key, Set.of()))) {
                    r.addProperty(SKOS.altLabel, alias, "en");
                }
                Entity linked = links.get(key);
                if (linked != null) {
                    EntityLinks.write(r, linked.wikipediaTitle(), linked.linkConfidence(), linkThreshold);
                }
            }
            return r;
        }

        private void noteAliases(Entity e) {
            if (e.wikipediaTitle() != null) {
                // The surest link of the entities that are this resource.
                links.merge(key(e), e, (a, b) -> b.linkConfidence() > a.linkConfidence() ? b : a);
            }
            Set<String> set = aliases.computeIfAbsent(key(e), k -> new HashSet<>());
            for (String alias : e.aliases()) {
                if (!alias.equals(e.label()) && !alias.isBlank()) {
                    set.add(alias);
                }
            }
        }
    }

    private static EntityKey key(Entity e) {
        return new EntityKey(e.type(), e.label(), e.scope());
    }

    /** The same evidence seen from the other direction of a symmetric fact. */
    private static Evidence swapMentions(Evidence ev) {
        return new Evidence(ev.documentId(), ev.sentenceIndex(), ev.sentence(), ev.sentenceText(), ev.objectSpan(),
                ev.subjectSpan(), ev.rule(), ev.confidence(), ev.repairs());
    }

    /** Independent pieces of evidence reinforce each other, as in {@link Fact#confidence()}. */
    private static double noisyOr(Set<Evidence> evidence) {
        double disbelief = 1.0;
        for (Evidence e : evidence) {
            disbelief *= 1.0 - e.confidence();
        }
        return 1.0 - disbelief;
    }

    /** Four decimals: enough for a confidence, and no 0.9099999999999999 in the output. */
    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }

    /** "leon-trotsky.txt" for "/home/ann/data/leon-trotsky.txt" (either separator). */
    static String fileName(String source) {
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        return name.isEmpty() ? source : name;
    }

    private static String iso(TimeValue t) {
        return t == null ? null : t.iso();
    }

    /** A date literal at the precision of the value: xsd:gYear, xsd:gYearMonth or xsd:date. */
    static Literal date(Model m, TimeValue t) {
        RDFDatatype dt = switch (t.precision()) {
            case YEAR -> XSDDatatype.XSDgYear;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case DAY -> XSDDatatype.XSDdate;
        };
        return m.createTypedLiteral(t.iso(), dt);
    }

    private static Literal doubleLiteral(Model m, double x) {
        return m.createTypedLiteral(Double.toString(x), XSDDatatype.XSDdouble);
    }

    private static Literal integer(Model m, int n) {
        return m.createTypedLiteral(Integer.toString(n), XSDDatatype.XSDinteger);
    }
}
