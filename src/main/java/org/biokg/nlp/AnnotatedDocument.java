package org.biokg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import org.biokg.text.Span;
import org.biokg.text.CleanDocument;
import org.biokg.text.Sentence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A clean document with its CoreNLP annotations: sentence {@code i} of CoreNLP is sentence {@code i} of
 * the text stage, so every token maps back to the original file.
 */
public final class AnnotatedDocument {
    private final CleanDocument clean;
    private final List<Annotation> chunks;
    private final List<CoreMap> sentences = new ArrayList<>();
    private final boolean fromCache;

    AnnotatedDocument(CleanDocument clean, List<Annotation> chunks, boolean fromCache) {
        this.clean = clean;
        this.chunks = List.copyOf(chunks);
        this.fromCache = fromCache;
        for (Annotation a : chunks) {
            sentences.addAll(a.get(CoreAnnotations.SentencesAnnotation.class));
        }
        if (sentences.size() != clean.sentences().size()) {
            throw new IllegalStateException("CoreNLP returned " + sentences.size() + " sentences for "
                    + clean.sentences().size() + " cleaned sentences");
        }
    }

    public CleanDocument clean() {
        return clean;
    }

    /** The CoreNLP sentences, index-aligned with {@code clean().sentences()}. */
    public List<CoreMap> sentences() {
        return Collections.unmodifiableList(sentences);
    }

    public CoreMap sentence(int i) {
        return sentences.get(i);
    }

    public List<CoreLabel> tokens(int sentence) {
        return sentences.get(sentence).get(CoreAnnotations.TokensAnnotation.class);
    }

    /** The CoreNLP annotations as annotated (one per chunk of sentences); the cache stores these. */
    List<Annotation> chunks() {
        return chunks;
    }

    /**
     * CoreNLP's coreference chains (sentence numbers 1-based over the whole document), or an empty map when
     * coreference was not run (it needs the document in one chunk).
     */
    public java.util.Map<Integer, edu.stanford.nlp.coref.data.CorefChain> corefChains() {
        if (chunks.size() != 1) {
            return java.util.Map.of();
        }
        var chains = chunks.get(0).get(edu.stanford.nlp.coref.CorefCoreAnnotations.CorefChainAnnotation.class);
        return chains == null ? java.util.Map.of() : chains;
    }

    /** True when the annotations came from the on-disk cache (CoreNLP did not run). */
    public boolean fromCache() {
        return fromCache;
    }

    /**
     * The original-file span of tokens {@code [from, to)} (0-based token indexes) of sentence {@code s}.
     * CoreNLP offsets are relative to the sentence's chunk; the sentence's own mapping turns them into
     * original offsets.
     */
    public Span originalSpan(int s, int from, int to) {
        List<CoreLabel> toks = tokens(s);
        int sentenceBase = toks.get(0).beginPosition();
        Sentence sentence = clean.sentences().get(s);
        int a = toks.get(from).beginPosition() - sentenceBase;
        int b = toks.get(to - 1).endPosition() - sentenceBase;
        return sentence.originalSpan(a, b);
    }

    /** The cleaned text of tokens {@code [from, to)} of sentence {@code s}. */
    public String text(int s, int from, int to) {
        List<CoreLabel> toks = tokens(s);
        int sentenceBase = toks.get(0).beginPosition();
        String text = clean.sentences().get(s).text();
        return text.substring(toks.get(from).beginPosition() - sentenceBase, toks.get(to - 1).endPosition() - sentenceBase);
    }
}
