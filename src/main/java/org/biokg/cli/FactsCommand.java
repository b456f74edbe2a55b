package org.biokg.cli;

import org.biokg.extract.pipeline.CorpusReading;
import org.biokg.eval.FactJson;
import org.biokg.eval.PredictionTsv;
import org.biokg.link.CrossDocumentEntities;
import org.biokg.eval.Predictions;
import org.biokg.extract.ExtractionResult;
import org.biokg.link.EntityLinker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code biokg facts FILE}: the extracted facts as TSV (or JSON lines), one line per fact and evidence sentence. */
@Command(name = "facts",
        header = "Extract facts from a biography (TSV or JSON lines), with evidence.",
        mixinStandardHelpOptions = true,
        description = {"Extract facts from a biography and print them, one line per fact and evidence sentence. TSV columns: relation, subject, object, start, end, confidence, document, sentence_start, sentence_end, rule (the rule, then \"+\" and the id of each parse repair behind the edges it matched: heldOffice/became+restore-glued-subjects; with --json, rule and a repairs array). Offsets are character offsets in the ORIGINAL file; dates are ISO 8601 at the precision the text gives (1917, 1917-10, 1917-10-08)."},
        footer = {"",
                "Examples:",
                "  biokg facts data/leon-trotsky.txt > facts.tsv",
                "  biokg facts --json data/leon-trotsky.txt | head",
                "  biokg facts --no-cache --coref statistical my-biography.txt",
                "  biokg facts --json --link data/leon-trotsky.txt   # with Wikipedia titles"})
public final class FactsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipeline;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Biographies: UTF-8 text or HTML files, folders of "
            + ".txt files, JSON-lines corpora (.jsonl, .jsonl.gz: one {\"id\", \"title\", \"text\"} object a line).")
    List<Path> inputs;

    @Option(names = "--json", description = "JSON lines instead of TSV, with the subject's and object's offsets too "
            + "(and their Wikipedia titles with --link).")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        EntityLinker linker = pipeline.linker(spec.commandLine().getErr());
        CorpusReading.Outcome read = pipeline.corpusReading(spec.commandLine().getErr())
                .read(BuildCommand.corpus(pipeline, inputs));
        BuildCommand.requireSome(read, spec.commandLine().getErr());
        // The same entities as the graph of a build: one name across documents.
        List<ExtractionResult> results = CrossDocumentEntities.resolve(PipelineOptions.link(linker, read.results()));
        boolean header = true;
        for (ExtractionResult r : results) {
            if (json) {
                FactJson.write(r, out);
            } else {
                PredictionTsv.write(Predictions.of(r), out, header);
                header = false;
            }
        }
        out.flush();
        return BuildCommand.reportFailures(BuildCommand.Build.failed(read.failures()), spec.commandLine().getErr());
    }
}
