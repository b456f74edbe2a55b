package org.biokg.spark;

import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.biokg.BiokgException;
import org.biokg.extract.ExtractionCache;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.ResultJson;
import org.biokg.link.DocumentConsolidation;
import org.biokg.text.Corpus;
import org.biokg.text.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * The text, nlp and extract stages over one partition of corpus lines, a document at a time, on the executor's
 * reader ({@link ExecutorReaders}). A document that cannot be read (a malformed line, an empty text, a text
 * without prose) is a failed outcome, logged, never fatal. Logs the partition's counts when it is done (and every
 * {@value #EVERY} documents on the way).
 */
final class ReadPartition implements MapPartitionsFunction<CorpusLine, DocumentOutcome> {
    private static final Logger LOG = LoggerFactory.getLogger(ReadPartition.class);
    private static final int EVERY = 100;

    private final ReaderSettings settings;

    ReadPartition(ReaderSettings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<DocumentOutcome> call(Iterator<CorpusLine> lines) {
        TaskContext task = TaskContext.get();
        int partition = task == null ? 0 : task.partitionId();
        long started = System.nanoTime();
        return new Iterator<>() {
            private long documents;
            private long failed;
            private long facts;
            private boolean logged;

            @Override
            public boolean hasNext() {
                boolean more = lines.hasNext();
                if (!more && !logged) {
                    logged = true;
                    LOG.info(counts("done"));
                }
                return more;
            }

            @Override
            public DocumentOutcome next() {
                if (!lines.hasNext()) {
                    throw new NoSuchElementException();
                }
                CorpusLine line = lines.next();
                DocumentOutcome o = read(line);
                documents++;
                if (o.getError() != null) {
                    failed++;
                    LOG.warn("biokg: partition {}: skipped {}", partition, o.getError());
                }
                if (documents % EVERY == 0) {
                    LOG.info(counts("so far"));
                }
                return o;
            }

            private DocumentOutcome read(CorpusLine line) {
                Corpus.Entry entry = Corpus.record(line.getText(), line.where(),
                        new Path(line.getFile()).getName() + "-" + line.getLine(), settings.sourceReader());
                try {
                    Source source = entry.read();
                    // consolidated per document, as the link stage of biokg build does before the cross-document step
                    ExtractionResult r = DocumentConsolidation.apply(extract(source));
                    facts += r.facts().size();
                    return DocumentOutcome.read(line, entry.where(), r.documentId(), source.sha256(), r.subject().label(), ResultJson.toLine(r));
                } catch (BiokgException e) {
                    return DocumentOutcome.failed(line, entry.where(), e.getMessage());
                } catch (RuntimeException | StackOverflowError e) {
                    LOG.warn("biokg: " + entry.where() + ": internal error", e);
                    return DocumentOutcome.failed(line, entry.where(), "internal error: " + e);
                }
            }

            private String counts(String when) {
                return String.format(Locale.ROOT, "biokg: partition %d %s: %d documents read (%d failed), %d facts, %.1f s",
                        partition, when, documents, failed, facts, (System.nanoTime() - started) / 1e9);
            }
        };
    }

    /** The document's facts: from the extraction cache when it has them, else read (and then cached). */
    private ExtractionResult extract(Source source) {
        ExtractionCache cache = settings.extractionCache();
        ExtractionResult r = cache == null ? null : cache.get(source, settings.pipeline()).orElse(null);
        if (r == null) {
            r = ExecutorReaders.reader(settings).read(source).result();
            if (cache != null) {
                cache.put(source, settings.pipeline(), r);
            }
        }
        return r;
    }
}
