package org.biokg.spark;

import org.biokg.extract.pipeline.BiographyReader;

import java.util.HashMap;
import java.util.Map;

/**
 * The readers of one executor JVM, built lazily on first use and kept for the JVM's life. The CoreNLP pipeline
 * behind them (the models, several GB) is loaded once per JVM and shared ({@code NlpPipeline}); each task thread
 * gets a reader of its own for the extraction rules, so that tasks running side by side share no extraction state.
 * Spark keeps its task threads, so an executor with {@code --executor-cores N} builds at most N readers. In local
 * mode the executors are the driver's JVM, and the reader the tests use shares the same pipeline.
 */
final class ExecutorReaders {
    private static final ThreadLocal<Map<ReaderSettings, BiographyReader>> READERS = ThreadLocal.withInitial(HashMap::new);

    private ExecutorReaders() {
    }

    static BiographyReader reader(ReaderSettings settings) {
        return READERS.get().computeIfAbsent(settings, ReaderSettings::newReader);
    }
}
