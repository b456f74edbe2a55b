package org.biokg.cli;

import org.biokg.BiokgException;
import org.biokg.eval.CorpusPart;
import org.biokg.eval.DocumentResult;
import org.biokg.eval.GoldCorpus;
import org.biokg.eval.GoldScorer;
import org.biokg.eval.GoldSet;
import org.biokg.eval.Prediction;
import org.biokg.eval.Predictions;
import org.biokg.eval.RepairStats;
import org.biokg.eval.RuleStats;
import org.biokg.eval.ScoredPrediction;
import org.biokg.extract.pipeline.CorpusReading;
import org.biokg.extract.rules.Rule;
import org.biokg.extract.rules.RuleSet;
import org.biokg.extract.repair.ParseRepairs;
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
import java.util.concurrent.Callable;

/** {@code biokg rules}: the extraction rules, and with {@code --stats} where each fired and how often it was right. */
@Command(name = "rules",
        header = "List the extraction rules; with --stats, where each fired and how often it was right.",
        mixinStandardHelpOptions = true,
        description = {"Without --stats: the id of every rule of the rule files (relation/name), one a line.",
                "",
                "With --stats: reads the documents and prints, per rule (rule files and rules written in Java alike),"
                        + " the evidence it gave, the sentences and documents it fired on and, against gold, how much"
                        + " of it was right. Rules of the rule files that fired nowhere get a row of zeros. A rule"
                        + " that fires on one sentence of one document is shaped to it: fold it into a general rule"
                        + " or delete it.",
                "",
                "Then, per parse repair (in the order they run): the sentences and documents whose parse it changed"
                        + " (counted with --gold, where the parses are read), and the evidence that names it"
                        + " (rule+repair-id in the rule column), with how much of it was right. A repair that changes"
                        + " two documents or more is general; one that changes one sentence is shaped to it.",
                "",
                "--gold is a gold corpus (its development part: the measured part is never read for rules, so"
                        + " --part measured is refused) or one gold folder with the FILE it annotates. Without"
                        + " --gold, FILEs are only read: no precision."},
        footer = {
                "",
                "Examples:",
                "  biokg rules",
                "  biokg rules --stats --gold src/test/resources/gold-corpus",
                "  biokg rules --stats --gold src/test/resources/gold data/leon-trotsky.txt",
                "  biokg rules --stats src/test/resources/corpus-sample/",
                "",
                "Exit codes: 0 ok, 1 usage error, 2 bad input, 3 runtime failure."})
public final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--stats", description = "Read the documents and print the figures of every rule.")
    boolean stats;

    @Option(names = "--gold", paramLabel = "DIR", description = "A gold corpus (development part), or a gold folder with FILE.")
    Path gold;

    @Option(names = "--part", paramLabel = "PART",
            description = "With a gold corpus: development (the default; the measured part is refused).")
    String part;

    @Mixin
    PipelineOptions pipeline;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Biographies to read (with --gold FOLDER: the one it annotates).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> known = RuleSet.load().stream().map(Rule::id).toList();
        if (!stats) {
            if (gold != null || !files.isEmpty() || part != null) {
                throw new BiokgException(BiokgException.USAGE, "--gold, --part and FILEs need --stats");
            }
            known.forEach(out::println);
            out.flush();
            return BiokgException.OK;
        }
        if (part != null && CorpusPart.of(part) != CorpusPart.DEVELOPMENT) {
            throw new BiokgException(BiokgException.USAGE, "rules --stats reads the development part only: the measured"
                    + " part is measured, never read for rules (--part " + part + ")");
        }
        RuleStats figures;
        RepairStats repairs = new RepairStats(ParseRepairs.defaults().ids());
        if (gold == null) {
            if (files.isEmpty()) {
                throw new BiokgException(BiokgException.USAGE, "rules --stats needs --gold DIR or FILEs to read");
            }
            PrintWriter err = spec.commandLine().getErr();
            CorpusReading.Outcome read = pipeline.corpusReading(err).read(BuildCommand.corpus(pipeline, files));
            BuildCommand.requireSome(read, err);
            List<Prediction> predictions = new ArrayList<>();
            read.results().forEach(r -> predictions.addAll(Predictions.of(r)));
            predictions.forEach(repairs::addEvidence);
            figures = RuleStats.unscored(known, predictions);
        } else if (GoldCorpus.isCorpus(gold)) {
            if (!files.isEmpty()) {
                throw new BiokgException(BiokgException.USAGE, "with a gold corpus, each document's text is its folder's text.txt: no FILE");
            }
            List<ScoredPrediction> scored = new ArrayList<>();
            for (DocumentResult d : new CorpusEvaluation(pipeline, spec.commandLine().getErr()).onRead(repairs::addParses)
                    .run(GoldCorpus.load(gold), CorpusPart.DEVELOPMENT, null).documents()) {
                // every corpus text is a text.txt: the folder names the document
                for (ScoredPrediction sp : d.result().scored()) {
                    Prediction p = sp.prediction();
                    scored.add(new ScoredPrediction(new Prediction(p.relation(), p.subject(), p.object(), p.start(), p.end(),
                            p.confidence(), d.document().id(), p.sentenceStart(), p.sentenceEnd(), p.rule()),
                            sp.outcome(), sp.gold(), sp.datesCorrect(), sp.sentence()));
                }
            }
            scored.forEach(repairs::addEvidence);
            figures = RuleStats.scored(known, scored);
        } else {
            if (files.size() != 1) {
                throw new BiokgException(BiokgException.USAGE, "with a gold folder, give the one FILE it annotates");
            }
            if (part != null) {
                throw new BiokgException(BiokgException.USAGE, "--part needs a gold corpus (a folder of document folders): " + gold);
            }
            GoldSet goldSet = GoldSet.load(gold);
            Path file = files.get(0);
            String text = pipeline.sourceReader().read(file).text();
            PrintWriter err = spec.commandLine().getErr();
            var reading = pipeline.reader(err).read(file);
            repairs.addParses(reading.source().id(), reading.annotated());
            List<Prediction> predictions = Predictions.of(reading.result());
            List<ScoredPrediction> scored = new GoldScorer(goldSet).score(predictions, text).scored();
            scored.forEach(repairs::addEvidence);
            figures = RuleStats.scored(known, scored);
        }
        out.print(figures.report());
        out.println();
        out.print(repairs.report());
        out.flush();
        return BiokgException.OK;
    }
}
