package org.biokg.cli;

import org.apache.jena.query.Dataset;
import org.biokg.BiokgException;
import org.biokg.rdf.DatasetReader;
import org.biokg.rdf.ExportFormat;
import org.biokg.rdf.GraphWriter;
import org.biokg.rdf.RdfExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code biokg export}: writes a built dataset (a file or the store) as Turtle, TriG, JSON-LD, N-Triples, N-Quads or RDF/XML. */
@Command(name = "export",
        header = "Export the built graph as Turtle, TriG, JSON-LD, N-Triples, N-Quads or RDF/XML.",
        mixinStandardHelpOptions = true,
        description = {"Writes the built graph as Turtle, TriG, JSON-LD, N-Triples, N-Quads or RDF/XML.",
                "",
                "Writes the graph built by 'biokg build' (its TriG file, or the store with --loc) in another RDF format: Turtle (the asserted graph, for reading: people first, the biography's subject first of all, then sorted blocks), TriG (all graphs: asserted and candidates), JSON-LD 1.1 (the asserted graph, with a @context of short keys for web developers), N-Triples (the asserted graph, sorted for diffing), N-Quads (all graphs, sorted) or RDF/XML (the asserted graph).",
                ""},
        footer = {
                "",
                "Examples:",
                "  biokg export --format jsonld --out site/graph.jsonld",
                "  biokg export --format nt > before.nt      (rebuild, export again, then diff)",
                "  biokg export --format trig --in other/biokg.trig --out copy.trig",
                "  biokg export --loc data/store --output N-Quads > store.nq",
                "  biokg export --output RDF/XML --out graph.rdf",
                "",
                "Exit codes: 0 ok, 1 usage error, 2 bad input (missing or malformed file),",
                "3 the output cannot be written."})
public final class ExportCommand implements Callable<Integer> {
    static final String DEFAULT_INPUT = "data/out/biokg.trig";

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format", "--output"}, paramLabel = "FORMAT", defaultValue = "ttl",
            converter = FormatConverter.class, completionCandidates = FormatNames.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); riot's names (Turtle, "
                    + "RDF/XML, N-Quads, JSON-LD, ...) work too.")
    ExportFormat format;

    @Option(names = {"-i", "--in"}, paramLabel = "FILE",
            description = "The dataset to export, in any RDF syntax (default: " + DEFAULT_INPUT + ").")
    Path in;

    @Option(names = {"--loc", "--store"}, paramLabel = "DIR",
            description = "Export what the TDB2 store holds (its data graphs) instead of a file.")
    Path store;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Where to write (default: standard output).")
    Path out;

    @Override
    public Integer call() {
        if (in != null && store != null) {
            throw new BiokgException(BiokgException.USAGE, "give either --in FILE or --loc DIR, not both");
        }
        Dataset dataset = store != null ? StoreReader.read(store) : readInput(in != null ? in : Path.of(DEFAULT_INPUT),
                DEFAULT_INPUT);
        if (out == null) {
            spec.commandLine().getOut().print(RdfExporter.toString(dataset, format));
            spec.commandLine().getOut().flush();
        } else {
            GraphWriter.write(dataset, format, out);
            spec.commandLine().getOut().println("Wrote " + out + " (" + format.description() + ").");
        }
        return BiokgException.OK;
    }

    /** Reads the input, pointing at 'biokg build' when the default input is missing. */
    static Dataset readInput(Path file, String defaultInput) {
        if (!Files.exists(file) && file.equals(Path.of(defaultInput))) {
            throw BiokgException.badInput("no such file: " + file + " (run 'biokg build' first, or name a file)");
        }
        return DatasetReader.read(file);
    }

    /** Accepts format names in any case. */
    static final class FormatConverter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return ExportFormat.byName(value).orElseThrow(() -> new TypeConversionException(
                    "unknown format '" + value + "' (expected one of " + ExportFormat.names() + ")"));
        }
    }

    /** The format names, for help and shell completion. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of(ExportFormat.values()).stream().map(ExportFormat::formatName).iterator();
        }
    }
}
