package org.biokg.cli;

import org.apache.jena.query.Dataset;
import org.biokg.BiokgException;
import org.biokg.rdf.GraphValidator;
import org.biokg.rdf.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code biokg validate}: checks a graph against the biokg SHACL shapes. */
@Command(name = "validate",
        header = "Check a graph against the biokg SHACL shapes.",
        mixinStandardHelpOptions = true,
        description = {"Checks a graph against the biokg SHACL shapes.",
                "",
                "Checks an RDF file against the biokg SHACL shapes: every entity has one label, every fact triple has a statement with evidence, confidences are in [0,1], dates are xsd:date, gYearMonth or gYear, every office term has a holder and an office, and more. Each graph of a dataset is checked on its own. Prints a readable report: the node (with its label), the property and the problem.",
                ""},
        footer = {
                "",
                "Examples:",
                "  biokg validate",
                "  biokg validate data/out/biokg.ttl",
                "  biokg validate my-edits.trig || echo 'fix the graph first'",
                "",
                "Exit codes: 0 the graph conforms, 1 usage error, 2 it does not conform,",
                "or the file is missing, empty or malformed."})
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", defaultValue = ExportCommand.DEFAULT_INPUT,
            description = "The graph or dataset to check, in any RDF syntax (default: ${DEFAULT-VALUE}).")
    Path file;

    @Override
    public Integer call() {
        Dataset dataset = ExportCommand.readInput(file, ExportCommand.DEFAULT_INPUT);
        if (dataset.asDatasetGraph().isEmpty()) {
            throw BiokgException.badInput(file + " holds no triples");
        }
        ValidationResult result = GraphValidator.standard().validate(dataset);
        PrintWriter out = spec.commandLine().getOut();
        out.print(file + ": " + result.report());
        out.flush();
        if (result.conforms()) {
            return BiokgException.OK;
        }
        spec.commandLine().getErr().println("biokg: " + file + " does not conform to the shapes ("
                + result.violations().size() + (result.violations().size() == 1 ? " violation)" : " violations)"));
        return BiokgException.BAD_INPUT;
    }
}
