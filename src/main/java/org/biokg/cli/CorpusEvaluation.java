package org.biokg.cli;

import org.biokg.BiokgException;
import org.biokg.eval.CorpusPart;
import org.biokg.eval.CorpusResult;
import org.biokg.eval.DocumentResult;
import org.biokg.eval.GoldCorpus;
import org.biokg.eval.GoldDocument;
import org.biokg.eval.GoldScorer;
import org.biokg.eval.Prediction;
import org.biokg.eval.PredictionTsv;
import org.biokg.eval.Predictions;
import org.biokg.extract.pipeline.BiographyReader;
import org.biokg.extract.ExtractionResult;
import org.biokg.link.EntityLinker;
import org.biokg.nlp.AnnotatedDocument;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * {@code biokg eval --gold CORPUS}: extracts each document of a gold corpus with one pipeline (the models
 * load once) and scores it against its own gold, or scores saved outputs of {@code biokg facts}
 * ({@code --facts DIR} holding {@code <document>.tsv}).
 */
final class CorpusEvaluation {
    private final PipelineOptions pipeline;
    private final PrintWriter err;
    private BiConsumer<String, AnnotatedDocument> onRead = (id, doc) -> { };

    CorpusEvaluation(PipelineOptions pipeline, PrintWriter err) {
        this.pipeline = pipeline;
        this.err = err;
    }

    /** Hands each document read (its corpus id and its annotated, repaired parse) to {@code listener}: for figures beyond the scores. */
    CorpusEvaluation onRead(BiConsumer<String, AnnotatedDocument> listener) {
        this.onRead = listener;
        return this;
    }

    CorpusResult run(GoldCorpus corpus, CorpusPart part, Path savedFacts) {
        List<GoldDocument> docs = corpus.documents(part);
        if (docs.isEmpty()) {
            throw BiokgException.badInput(corpus.dir() + ": no documents in the " + part.id() + " part");
        }
        if (savedFacts != null && !Files.isDirectory(savedFacts)) {
            throw BiokgException.badInput("--facts with a gold corpus needs a folder of <document>.tsv files: " + savedFacts);
        }
        BiographyReader reader = savedFacts == null ? pipeline.reader(err) : null;
        EntityLinker linker = savedFacts == null ? pipeline.linker(err) : null;
        List<DocumentResult> results = new ArrayList<>();
        int n = 0;
        for (GoldDocument doc : docs) {
            n++;
            if (!pipeline.quiet) {
                err.printf("eval: document %d/%d: %s%n", n, docs.size(), doc.id());
                err.flush();
            }
            String text = read(doc.text());
            List<Prediction> predictions = savedFacts != null
                    ? PredictionTsv.read(savedFile(savedFacts, doc))
                    : extract(reader, linker, doc);
            results.add(new DocumentResult(doc, new GoldScorer(doc.gold()).score(predictions, text)));
        }
        return new CorpusResult(results);
    }

    private List<Prediction> extract(BiographyReader reader, EntityLinker linker, GoldDocument doc) {
        BiographyReader.Reading reading = reader.read(doc.text());
        onRead.accept(doc.id(), reading.annotated());
        ExtractionResult result = reading.result();
        return Predictions.of(PipelineOptions.link(linker, List.of(result)).get(0));
    }

    private static Path savedFile(Path dir, GoldDocument doc) {
        Path f = dir.resolve(doc.id() + ".tsv");
        if (!Files.isRegularFile(f)) {
            throw BiokgException.badInput(dir + ": missing " + doc.id() + ".tsv (the facts of document " + doc.id() + ")");
        }
        return f;
    }

    private static String read(Path text) {
        try {
            return Files.readString(text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw BiokgException.badInput(text + ": cannot read as UTF-8 text: " + e.getMessage());
        }
    }
}
