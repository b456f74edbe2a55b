package org.biokg.text;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Splits a block of cleaned text into sentences and tokens with CoreNLP's rule-based tokenizer and sentence
 * splitter (no statistical models: fast, and the same tokenization the nlp stage uses).
 */
public final class SentenceSplitter {
    private final StanfordCoreNLP pipeline;

    public SentenceSplitter() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "invertible=true");
        pipeline = new StanfordCoreNLP(p);
    }

    /** A sentence as a range of the block plus its tokens' ranges, all in block coordinates. */
    public record Split(int start, int end, List<int[]> tokens, List<String> words) {
    }

    public List<Split> split(String block) {
        Annotation a = new Annotation(block);
        pipeline.annotate(a);
        List<Split> out = new ArrayList<>();
        for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
            if (toks.isEmpty()) {
                continue;
            }
            List<int[]> ranges = new ArrayList<>(toks.size());
            List<String> words = new ArrayList<>(toks.size());
            for (CoreLabel t : toks) {
                ranges.add(new int[]{t.beginPosition(), t.endPosition()});
                words.add(t.originalText());
            }
            out.add(new Split(toks.get(0).beginPosition(), toks.get(toks.size() - 1).endPosition(), ranges, words));
        }
        return out;
    }
}
