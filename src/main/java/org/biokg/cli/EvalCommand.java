package org.biokg.cli;

import org.biokg.extract.pipeline.CorpusReading;
import org.biokg.BiokgException;
import org.biokg.eval.CorpusPart;
import org.biokg.eval.CorpusReport;
import org.biokg.eval.CorpusResult;
import org.biokg.eval.EvalReport;
import org.biokg.eval.GoldCorpus;
import org.biokg.eval.EvalResult;
import org.biokg.eval.GoldScorer;
import org.biokg.eval.GoldSet;
import org.biokg.eval.Prediction;
import org.biokg.eval.PredictionTsv;
import org.biokg.eval.Predictions;
import org.biokg.extract.ExtractionResult;
import org.biokg.link.CrossDocumentEntities;
import org.biokg.link.EntityLinker;
import org.biokg.eval.MergePairs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code biokg eval}: scores extracted facts against a gold folder. */
@Command(name = "eval",
        header = "Score extracted facts against a gold set: precision, recall, F1 per relation.",
        mixinStandardHelpOptions = true,
        description = {"Scores facts against a gold folder (facts.tsv, entities.tsv, SCOPE) by the rules of its README: precision, recall and F1 per relation and overall, and the date accuracy of the matched facts. Without --facts it runs the extractor on FILE. With --facts it scores a TSV saved by 'biokg facts'; FILE, optional then, is the original text, used to show the sentences of false positives.",
                "",
                "--gold may also be a file of judged cross-document pairs (pair, stratum, doc_a, label_a, type_a, doc_b, label_b, type_b, judgement: same, different or unsure; e.g. src/test/resources/cross-document/pairs.tsv); FILE is then the corpus the pairs come from, and the score is the precision and recall of biokg's cross-document entities on them.",
                "",
                "--gold may also be a corpus: a folder of document folders (text.txt, facts.tsv, entities.tsv, optional SCOPE) with an optional split.tsv putting each in the development or the measured part. Then every document is extracted (models loaded once) and scored: a table per document, per relation with gold counts (micro; 'unmeasured' where the gold holds too few facts), macro averages. --errors lists the development documents' errors only: the measured part is measured, never read."},
        footer = {
                "",
                "Examples:",
                "  biokg eval --gold ../shared/gold data/leon-trotsky.txt",
                "  biokg facts data/leon-trotsky.txt > facts.tsv",
                "  biokg eval --gold ../shared/gold --facts facts.tsv --errors \\",
                "      data/leon-trotsky.txt",
                "  biokg eval --gold ../shared/gold --facts facts.tsv --json scores.json",
                "  biokg eval --gold ../shared/gold --outside src/test/resources/second-half \\",
                "      data/leon-trotsky.txt",
                "  biokg eval --gold src/test/resources/gold-corpus --part measured",
                "  biokg eval --gold src/test/resources/gold-corpus --part development --errors",
                "  biokg eval --gold src/test/resources/cross-document/pairs.tsv \\",
                "      src/test/resources/corpus-sample/bench-100.jsonl.gz",
                "",
                "Exit codes: 0 ok, 1 usage error, 2 bad input (missing file, malformed gold",
                "folder or TSV), 3 runtime failure."})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "Gold folder with facts.tsv, entities.tsv and SCOPE.")
    Path gold;

    @Option(names = "--outside", paramLabel = "DIR",
            description = {"A gold folder annotating the text outside --gold's scope (another annotation, same format).",
                    "Its facts are never scored: they only let rule 4 ignore a prediction in the scope of a fact the"
                            + " text states only outside it, which a development part alone cannot show."})
    Path outside;

    @Option(names = "--facts", paramLabel = "TSV",
            description = "Score this saved output of 'biokg facts' instead of running the extractor (with a corpus:"
                    + " a folder of <document>.tsv).")
    Path facts;

    @Option(names = "--part", paramLabel = "PART",
            description = "With a corpus: score only its development or measured part (default: both).")
    String part;

    @Option(names = "--errors", description = "Also list the misses, the false positives and the date errors.")
    boolean errors;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Also write scores and error lists as JSON to FILE; '-': to standard output, instead of the table.")
    String json;

    @Mixin
    PipelineOptions pipeline;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "The biography (plain text). Needed unless --facts is given.")
    Path file;

    @Override
    public Integer call() {
        if (GoldCorpus.isCorpus(gold)) {
            return corpus();
        }
        if (isPairsFile(gold)) {
            return mergePairs();
        }
        if (part != null) {
            throw new BiokgException(BiokgException.USAGE, "--part needs a gold corpus (a folder of document folders): " + gold);
        }
        GoldSet goldSet = GoldSet.load(gold);
        int statedOutside = 0;
        if (outside != null) {
            GoldSet whole = goldSet.withFactsOutsideScope(GoldSet.load(outside));
            statedOutside = whole.facts().size() - goldSet.facts().size();
            goldSet = whole;
        }
        // the text as every stage reads it: a regular file, within --max-bytes, UTF-8, HTML reduced to its text
        String text = file == null ? null : pipeline.sourceReader().read(file).text();
        List<Prediction> predictions;
        if (facts != null) {
            predictions = PredictionTsv.read(facts);
        } else {
            if (file == null) {
                throw new BiokgException(BiokgException.USAGE, "eval needs FILE to extract from, or --facts TSV");
            }
            predictions = extract(file, text);
        }
        EvalResult result = new GoldScorer(goldSet).score(predictions, text);
        PrintWriter out = spec.commandLine().getOut();
        if ("-".equals(json)) {
            out.print(EvalReport.json(result));
        } else {
            out.print(EvalReport.table(result));
            if (outside != null) {
                out.println("rule 4 also read " + statedOutside + " facts of " + outside
                        + " stated outside the scope (never scored); " + result.overall().ignored() + " predictions ignored");
            }
            if (errors) {
                out.println();
                out.print(EvalReport.errors(result));
            }
            if (json != null) {
                writeJson(Path.of(json), EvalReport.json(result));
            }
        }
        out.flush();
        return BiokgException.OK;
    }

    private int corpus() {
        if (file != null || outside != null) {
            throw new BiokgException(BiokgException.USAGE, "with a gold corpus, FILE and --outside are not used: "
                    + "each document's text is its folder's text.txt");
        }
        CorpusPart only = null;
        if (part != null && (only = CorpusPart.of(part)) == null) {
            throw new BiokgException(BiokgException.USAGE, "--part must be development or measured, not '" + part + "'");
        }
        CorpusResult result = new CorpusEvaluation(pipeline, spec.commandLine().getErr())
                .run(GoldCorpus.load(gold), only, facts);
        PrintWriter out = spec.commandLine().getOut();
        if ("-".equals(json)) {
            out.print(CorpusReport.json(result, errors));
        } else {
            out.print(CorpusReport.table(result));
            if (errors) {
                out.println();
                out.print(CorpusReport.errors(result));
            }
            if (json != null) {
                writeJson(Path.of(json), CorpusReport.json(result, errors));
            }
        }
        out.flush();
        return BiokgException.OK;
    }

    private static boolean isPairsFile(Path p) {
        if (!Files.isRegularFile(p)) {
            return false;
        }
        try (java.io.BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            return first != null && first.startsWith("pair\tstratum\t");
        } catch (IOException e) {
            return false;
        }
    }

    /** Cross-document entities scored on judged pairs: FILE is the corpus the pairs were drawn from. */
    private int mergePairs() {
        if (file == null) {
            throw new BiokgException(BiokgException.USAGE, "with a pairs file, give the corpus its documents come from as FILE");
        }
        List<MergePairs.Pair> pairs = MergePairs.read(gold);
        PrintWriter err = spec.commandLine().getErr();
        CorpusReading.Outcome read = pipeline.corpusReading(err).read(BuildCommand.corpus(pipeline, List.of(file)));
        BuildCommand.requireSome(read, err);
        List<ExtractionResult> linked = PipelineOptions.link(pipeline.linker(err), read.results());
        List<ExtractionResult> merged = CrossDocumentEntities.apply(linked, CrossDocumentEntities.find(linked));
        MergePairs.Result result = MergePairs.score(pairs, linked, merged);
        PrintWriter out = spec.commandLine().getOut();
        out.println(result.report());
        if (errors) {
            result.errors().forEach(out::println);
        }
        out.flush();
        return BuildCommand.reportFailures(BuildCommand.Build.failed(read.failures()), err);
    }

    /**
     * Runs the extractor on the biography and returns its facts as predictions (one per fact and evidence
     * sentence, as {@code biokg facts} prints them).
     */
    List<Prediction> extract(Path source, String text) {
        PrintWriter err = spec.commandLine().getErr();
        EntityLinker linker = pipeline.linker(err);
        ExtractionResult result = pipeline.reader(err).read(source).result();
        return Predictions.of(PipelineOptions.link(linker, List.of(result)).get(0));
    }

    private static void writeJson(Path path, String content) {
        try {
            Files.writeString(path, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw BiokgException.runtime("cannot write " + path + ": " + e.getMessage(), e);
        }
    }
}
