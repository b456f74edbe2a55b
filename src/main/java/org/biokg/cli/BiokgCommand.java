package org.biokg.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code biokg} command; it only lists the subcommands. */
@Command(name = "biokg",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Reads a biography in plain English and turns it into an RDF knowledge graph with evidence for "
                        + "every fact, served by a SPARQL endpoint with a web console.",
                ""},
        subcommands = {
                TextCommand.class,
                FactsCommand.class,
                EvalCommand.class,
                RulesCommand.class,
                BuildCommand.class,
                AddCommand.class,
                RemoveCommand.class,
                ExportCommand.class,
                ValidateCommand.class,
                ServeCommand.class,
                QueryCommand.class,
                UpCommand.class,
                BenchCommand.class,
        },
        footer = {
                "",
                "Exit codes: 0 ok, 1 usage error, 2 bad input, 3 runtime failure.",
                "Run 'biokg COMMAND --help' for a command's options and examples."})
public final class BiokgCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
