package org.biokg.cli;

import org.apache.jena.query.Dataset;
import org.biokg.Progress;
import org.biokg.extract.BiographyReader;
import org.biokg.extract.ExtractionCache;
import org.biokg.extract.ExtractionResult;
import org.biokg.link.EntityLinker;
import org.biokg.nlp.PipelineSettings;
import org.biokg.text.Source;
import org.biokg.text.SourceReader;
import org.biokg.rdf.GraphBuilder;
import org.biokg.rdf.GraphStats;
import org.biokg.rdf.GraphWriter;
import org.biokg.rdf.OntologyGraph;
import org.biokg.store.BiokgStore;
import org.biokg.store.BuildStamp;
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

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "A biography (UTF-8 text) or a folder of .txt files (default: data/).")
    Path input;

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
            List<Source> sources = Defaults.inputs(input != null ? input : Defaults.data()).stream()
                    .map(pipeline.sourceReader()::read).toList();
            key = BuildStamp.keyOf(sources, pipeline.settings(), threshold, baseIri, pipeline.link, pipeline.linkThreshold);
            Optional<BuildStamp> stamp = BuildStamp.read(st);
            if (stamp.isPresent() && stamp.get().upToDate(key, st, outDir)) {
                stdout.println(stamp.get().report());
                stdout.printf(Locale.ROOT, "graph unchanged since the last build: %s and %s are up to date (--no-cache rebuilds)%n",
                        outDir, st.root());
                stdout.flush();
                return 0;
            }
        }
        Build b = build(pipeline, input, threshold, baseIri, spec.commandLine().getErr());
        GraphWriter.Outputs files = GraphWriter.writeOutputs(b.dataset(), outDir);
        stdout.println(b.stats().report());
        stdout.printf(Locale.ROOT, "wrote %s and %s%n", files.asserted(), files.dataset());
        if (st != null) {
            LoadResult loaded = load(st, b.dataset(), pipeline.progress(spec.commandLine().getErr()));
            stdout.printf(Locale.ROOT, "loaded %,d triples into %s%n", loaded.triples() + loaded.quads(), loaded.location());
            if (key != null) {
                new BuildStamp(key, loaded.location().getFileName().toString(), outDir, b.stats().report()).write(st);
            }
        }
        stdout.flush();
        return 0;
    }

    /** A built graph and its counts. */
    record Build(Dataset dataset, GraphStats stats) {
    }

    /** Loads a built graph into the store, showing progress: on a large graph it is the last long step. */
    static LoadResult load(BiokgStore store, Dataset dataset, Progress progress) {
        progress.start("loading the graph into the store " + store.root(), 0);
        // The ontology and its alignment go beside the data, so SPARQL over the store can use them.
        LoadResult loaded = store.load(OntologyGraph.with(dataset));
        progress.finish();
        return loaded;
    }

    /**
     * Reads every input and builds one dataset from them; shared by build and up. A biography whose text,
     * settings and biokg code are unchanged since it was last read comes from the extraction cache (CoreNLP and
     * extraction skipped; the cache holds facts before linking); only linking and the graph are done anew, so a
     * new threshold, base IRI or --link still applies.
     */
    static Build build(PipelineOptions pipeline, Path input, double threshold, String baseIri, PrintWriter err) {
        EntityLinker linker = pipeline.linker(err);
        ExtractionCache cache = pipeline.extractionCache();
        PipelineSettings settings = pipeline.settings();
        SourceReader sources = pipeline.sourceReader();
        BiographyReader reader = null; // built on the first cache miss: it compiles the extraction rules
        List<ExtractionResult> results = new ArrayList<>();
        GraphBuilder.Builder gb = GraphBuilder.create().confidenceThreshold(threshold);
        if (pipeline.link) {
            gb.linkThreshold(pipeline.linkThreshold);
        }
        if (baseIri != null) {
            gb.baseIri(baseIri);
        }
        for (Path f : Defaults.inputs(input != null ? input : Defaults.data())) {
            Source source = sources.read(f);
            ExtractionResult result = cache == null ? null : cache.get(source, settings).orElse(null);
            if (result == null) {
                if (reader == null) {
                    reader = pipeline.reader(err);
                }
                result = reader.read(source).result();
                if (cache != null) {
                    cache.put(source, settings, result);
                }
            } else if (!pipeline.quiet) {
                err.println("biokg: " + f + ": facts from the cache (text, settings and biokg unchanged)");
            }
            results.add(result);
            gb.sourceDigest(result.documentId(), source.sha256());
        }
        Dataset ds = gb.build().toDataset(PipelineOptions.link(linker, results));
        return new Build(ds, GraphStats.of(ds));
    }
}
