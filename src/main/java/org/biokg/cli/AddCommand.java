package org.biokg.cli;

import org.biokg.extract.pipeline.CorpusReading;
import org.biokg.store.BiokgStore;
import org.biokg.store.KeptDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code biokg add FILE…}: adds biographies to a built store without reading its other documents again. */
@Command(name = "add",
        header = "Add biographies to the store (or replace changed ones) without rebuilding the rest.",
        mixinStandardHelpOptions = true,
        description = {"Reads the new biographies (files, folders, JSON-lines corpora), then rebuilds the graph from "
                + "them and the facts the store keeps of its other documents: their text is not read again. A document "
                + "whose id is already in the store replaces it. The new graph replaces the old at once (a new database "
                + "of the store, or one write through a running server with --server), and the exports are rewritten. "
                + "The graph settings (threshold, base IRI, --link) are those of the build that made the store."},
        footer = {"",
                "Examples:",
                "  biokg add ada-roe.txt                      # into data/store",
                "  biokg add shelf.jsonl.gz --store /tmp/kg",
                "  biokg add ada-roe.txt --server http://127.0.0.1:3030 --password-file pw.txt",
                "",
                "Exit codes: 0 ok, 1 usage error, 2 bad input (no store, nothing readable), 3 some documents failed",
                "(the others are added) or runtime failure."})
public final class AddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipeline;

    @Mixin
    StoreUpdate update;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Biographies: text or HTML files, folders of .txt "
            + "files, JSON-lines corpora (.jsonl, .jsonl.gz).")
    List<Path> inputs;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        BiokgStore st = update.store();
        KeptDocuments kept = update.kept(st);
        CorpusReading.Outcome read = pipeline.corpusReading(err).read(BuildCommand.corpus(pipeline, inputs));
        BuildCommand.requireSome(read, err);
        long replaced = read.results().stream().filter(r -> kept.documents().containsKey(r.documentId())).count();
        String done = String.format(java.util.Locale.ROOT, "added %d document%s (%d replaced)", read.results().size(),
                read.results().size() == 1 ? "" : "s", replaced);
        return update.apply(st, kept, k -> k.with(read.results(), read.digests()), read.failures(), done,
                pipeline.quiet, spec.commandLine().getOut(), err);
    }
}
