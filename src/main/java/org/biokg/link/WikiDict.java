package org.biokg.link;

import org.biokg.BiokgException;
import org.biokg.Progress;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CoreNLP's WikiDict: 21 million lines {@code surface TAB title TAB score}, one per surface form (1 GB of
 * text, 195 MB gzipped, in the {@code models-english-kbp} jar). Held whole in a Java map it takes 2.7 GB of
 * heap and a minute to load, so it is never held: {@link #lookup} streams the file once for a batch of names
 * and keeps only the lines whose surface form matches one of them (ignoring ASCII case). Answers are
 * remembered for the life of the instance, so a name costs a pass only the first time it is asked for, and
 * {@link #corenlp()} is one instance per JVM. The bytes come from a {@link DictSource}; each pass is a
 * {@link DictScan}.
 */
public final class WikiDict {
    /** Where CoreNLP keeps the dictionary inside the models-english-kbp jar. */
    public static final String RESOURCE = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";
    private static WikiDict corenlp;

    private final String name;
    private final DictScan scan;
    private final Map<String, List<DictEntry>> known = new HashMap<>();
    private int passes;
    private long lastPassMillis;

    private WikiDict(String name, DictSource source, int readFailure) {
        this.name = name;
        this.scan = new DictScan(name, source, readFailure);
    }

    /**
     * The WikiDict of CoreNLP's models-english-kbp jar, from the classpath; one instance per JVM, created on
     * first use.
     *
     * @throws BiokgException (runtime) when the jar is not on the classpath
     */
    public static synchronized WikiDict corenlp() {
        if (corenlp == null) {
            URL url = WikiDict.class.getClassLoader().getResource(RESOURCE);
            if (url == null) {
                throw new BiokgException(BiokgException.RUNTIME, "entity linking needs CoreNLP's WikiDict (" + RESOURCE
                        + "), which is not on the classpath: add edu.stanford.nlp:stanford-corenlp:jar:models-english-kbp");
            }
            corenlp = new WikiDict(RESOURCE, DictSource.of(url), BiokgException.RUNTIME);
        }
        return corenlp;
    }

    /**
     * A dictionary in a file of the same format ({@code surface TAB title TAB score}; gzipped when the name ends
     * in {@code .gz}).
     *
     * @throws BiokgException (bad input) when the file does not exist
     */
    public static WikiDict of(Path file) {
        if (!Files.isRegularFile(file)) {
            throw BiokgException.badInput(file + ": no such dictionary file");
        }
        return new WikiDict(file.toString(), DictSource.of(file), BiokgException.BAD_INPUT);
    }

    /** Where the dictionary comes from (a classpath resource or a file). */
    public String name() {
        return name;
    }

    /** How many times the file was read. */
    public synchronized int passes() {
        return passes;
    }

    /** How long the last read of the file took, in milliseconds. */
    public synchronized long lastPassMillis() {
        return lastPassMillis;
    }

    /** The entries for one name: its surface form in any ASCII case; empty when the dictionary does not know it. */
    public List<DictEntry> lookup(String name) {
        return lookup(List.of(name), Progress.NONE).get(name);
    }

    /**
     * The entries of every name (each in any ASCII case), in one pass over the file for the names not asked
     * for before. Every name given is a key of the answer, with an empty list when the dictionary does not know it.
     *
     * @throws BiokgException when the file cannot be read (runtime for CoreNLP's, bad input for a user's file)
     */
    public synchronized Map<String, List<DictEntry>> lookup(Collection<String> names, Progress progress) {
        Set<String> missing = new HashSet<>();
        for (String n : names) {
            String key = SurfaceKey.of(n);
            if (!key.isEmpty() && !known.containsKey(key)) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            pass(missing, progress == null ? Progress.NONE : progress);
        }
        Map<String, List<DictEntry>> answer = new LinkedHashMap<>();
        for (String n : names) {
            answer.put(n, known.getOrDefault(SurfaceKey.of(n), List.of()));
        }
        return answer;
    }

    /** Reads the whole file once, keeping the lines whose key is one of {@code keys}. */
    private void pass(Set<String> keys, Progress progress) {
        long t0 = System.nanoTime();
        Map<String, List<DictEntry>> found = scan.read(keys, progress);
        for (String k : keys) {
            known.put(k, List.copyOf(found.getOrDefault(k, List.of())));
        }
        passes++;
        lastPassMillis = (System.nanoTime() - t0) / 1_000_000;
    }
}
