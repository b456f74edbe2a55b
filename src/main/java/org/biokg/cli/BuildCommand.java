package org.biokg.cli;

import org.biokg.extract.pipeline.CorpusReading;
import org.apache.jena.query.Dataset;
import org.biokg.Progress;
import org.biokg.extract.ExtractionResult;
import org.biokg.link.CrossDocumentEntities;
import org.biokg.link.EntityLinker;
import org.biokg.link.EntityMerge;
import org.biokg.text.Corpus;
import org.biokg.text.Source;
import org.biokg.rdf.GraphBuilder;
import org.biokg.rdf.GraphStats;
import org.biokg.rdf.GraphWriter;
import org.biokg.rdf.OntologyGraph;
import org.biokg.store.BiokgStore;
import org.biokg.store.BuildStamp;
import org.biokg.store.KeptDocuments;
import org.biokg.store.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code biokg build [FILE]}: text -> facts -> RDF; writes the Turtle and TriG exports and reports counts. */
@Command(name = "build",
        header = "Build the RDF graph with evidence from biographies, export it and load the store.",
        mixinStandardHelpOptions = true,
        description = {"Read biographies, extract their facts and build the RDF graph with evidence. Writes OUT/biokg.ttl (the asserted graph, pretty Turtle) and OUT/biokg.trig (all graphs, candidates below the confidence threshold included), loads the graph into the TDB2 store (atomically: a failed build leaves the previous store as it was) and prints counts."},
        footer = {"",
                "Examples:",
                "  biokg build                              # data/ -> data/out/",
                "  biokg build my-biography.txt --out /tmp/kg",
                "  biokg build --threshold 0.3 data/        # more recall, less precision",
                "  biokg build --link data/leon-trotsky.txt # owl:sameAs DBpedia links (offline)"})
public final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipeline;

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Biographies: UTF-8 text or HTML files, folders of .txt files, JSON-lines corpora (.jsonl, "
                    + ".jsonl.gz: one {\"id\", \"title\", \"text\"} object a line); default: data/.")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: data/out).")
    Path out;

    @Option(names = "--threshold", paramLabel = "C", defaultValue = "" + GraphBuilder.DEFAULT_THRESHOLD,
            description = "Facts below this confidence (0 to 1) go to the candidates graph (default: ${DEFAULT-VALUE}).")
    void threshold(double c) {
        threshold = OptionRanges.confidence(spec, "--threshold", c);
    }

    double threshold = GraphBuilder.DEFAULT_THRESHOLD;

    @Option(names = {"--store", "--loc"}, paramLabel = "DIR", description = "Load the graph into this TDB2 store (default: data/store).")
    Path store;

    @Option(names = "--no-store", description = "Only write the export files; leave the store alone.")
    boolean noStore;

    @Option(names = "--base-iri", paramLabel = "IRI", description = "Base IRI of the data (default: https://w3id.org/biokg/resource/).")
    String baseIri;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Path outDir = out != null ? out : Defaults.out();
        BiokgStore st = noStore ? null : BiokgStore.at(ServerOptions.storeOrDefault(store));
        String key = null;
        if (st != null && !pipeline.noCache) {
            // nothing that decides the graph changed since the last build: the store and exports hold it already
            Optional<List<Source>> sources = readable(corpus(pipeline, inputs));
            key = sources.map(s -> BuildStamp.keyOf(s, pipeline.settings(), threshold, baseIri, pipeline.link,
                    pipeline.linkThreshold)).orElse(null);
            Optional<BuildStamp> stamp = BuildStamp.read(st);
            if (key != null && stamp.isPresent() && stamp.get().upToDate(key, st, outDir)) {
                stdout.println(stamp.get().report());
                stdout.printf(Locale.ROOT, "graph unchanged since the last build: %s and %s are up to date (--no-cache rebuilds)%n",
                        outDir, st.root());
                stdout.flush();
                return 0;
            }
        }
        Build b = build(pipeline, inputs, threshold, baseIri, spec.commandLine().getErr());
        GraphWriter.Outputs files = GraphWriter.writeOutputs(b.dataset(), outDir);
        stdout.println(b.stats().report());
        stdout.printf(Locale.ROOT, "wrote %s and %s%n", files.asserted(), files.dataset());
        if (st != null) {
            LoadResult loaded = load(st, b, pipeline.progress(spec.commandLine().getErr()));
            stdout.printf(Locale.ROOT, "loaded %,d triples into %s%n", loaded.triples() + loaded.quads(), loaded.location());
            if (key != null && b.failures().isEmpty()) {
                new BuildStamp(key, loaded.location().getFileName().toString(), outDir, b.stats().report()).write(st);
            }
        }
        stdout.flush();
        return reportFailures(b, spec.commandLine().getErr());
    }

    /** Lists the documents that failed, after the graph of the others was written; exit 3 if any. */
    static int reportFailures(Build b, PrintWriter err) {
        if (b.failures().isEmpty()) {
            return 0;
        }
        err.printf(Locale.ROOT, "biokg: %d document%s failed and %s left out of the graph:%n", b.failures().size(),
                b.failures().size() == 1 ? "" : "s", b.failures().size() == 1 ? "is" : "are");
        for (CorpusReading.Failure f : b.failures()) {
            err.println("  " + f.message());
        }
        err.flush();
        return org.biokg.BiokgException.RUNTIME;
    }

    /**
     * Stops when no document could be read: one failure is the error itself, several are listed first. A corpus
     * with some documents read goes on (its failures are listed at the end).
     */
    static void requireSome(CorpusReading.Outcome read, PrintWriter err) {
        if (!read.results().isEmpty()) {
            return;
        }
        if (read.failures().size() > 1) {
            reportFailures(Build.failed(read.failures()), err);
        }
        throw org.biokg.BiokgException.badInput(read.failures().size() == 1 ? read.failures().get(0).message()
                : "none of the " + read.failures().size() + " documents could be read");
    }

    /** The corpus the inputs name (default: data/). */
    static Corpus corpus(PipelineOptions pipeline, List<Path> inputs) {
        return Corpus.of(inputs == null || inputs.isEmpty() ? List.of(Defaults.data()) : inputs, pipeline.sourceReader());
    }

    /** Every document's source, or empty when one cannot be read (then the build must run to report it). */
    private static Optional<List<Source>> readable(Corpus corpus) {
        List<Source> sources = new ArrayList<>();
        for (Corpus.Entry e : corpus) {
            try {
                sources.add(e.read());
            } catch (org.biokg.BiokgException x) {
                return Optional.empty();
            }
        }
        return Optional.of(sources);
    }

    /** A built graph, its counts, the cross-document merges it made, and the documents that failed. */
    record Build(Dataset dataset, GraphStats stats, List<EntityMerge> merges, List<CorpusReading.Failure> failures,
                 KeptDocuments documents) {
        /** No graph: only the failures to report. */
        static Build failed(List<CorpusReading.Failure> failures) {
            return new Build(null, null, List.of(), failures, null);
        }
    }

    /** Loads a built graph into the store, showing progress: on a large graph it is the last long step. */
    static LoadResult load(BiokgStore store, Build b, Progress progress) {
        progress.start("loading the graph into the store " + store.root(), 0);
        // The ontology and its alignment go beside the data, so SPARQL over the store can use them; the
        // documents' facts are kept beside the database, for biokg add and remove.
        LoadResult loaded = store.load(OntologyGraph.with(b.dataset()), b.documents());
        progress.finish();
        return loaded;
    }

    /**
     * Reads every input and builds one dataset from them; shared by build and up. A biography whose text,
     * settings and biokg code are unchanged since it was last read comes from the extraction cache (CoreNLP and
     * extraction skipped; the cache holds facts before linking); only linking and the graph are done anew, so a
     * new threshold, base IRI or --link still applies.
     */
    static Build build(PipelineOptions pipeline, List<Path> inputs, double threshold, String baseIri, PrintWriter err) {
        EntityLinker linker = pipeline.linker(err);
        CorpusReading.Outcome read = pipeline.corpusReading(err).read(corpus(pipeline, inputs));
        requireSome(read, err);
        KeptDocuments documents = KeptDocuments.of(new KeptDocuments.GraphSettings(threshold, baseIri, pipeline.link,
                pipeline.linkThreshold), read.results(), read.digests());
        return GraphAssembly.assemble(documents, linker, read.failures(), pipeline.quiet, err);
    }
}
