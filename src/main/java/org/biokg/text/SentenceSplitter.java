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
            out.addAll(splitAfterPronounI(ranges, words));
        }
        return out;
    }

    /**
     * "… as well as I. Faced with …": the tokenizer takes "I." for an initial and runs the sentences together. After
     * a lower-case word and before a capital, it is the pronoun closing a sentence (an initial follows a capitalized
     * name: "John I. Smith").
     */
    private static List<Split> splitAfterPronounI(List<int[]> ranges, List<String> words) {
        List<Split> out = new ArrayList<>();
        int from = 0;
        for (int k = 1; k + 1 < words.size(); k++) {
            String prev = words.get(k - 1);
            String next = words.get(k + 1);
            if (!words.get(k).equals("I.") || !prev.chars().allMatch(Character::isLowerCase) || !Character.isUpperCase(next.charAt(0))) {
                continue;
            }
            int[] i = ranges.get(k);
            List<int[]> r = new ArrayList<>(ranges.subList(from, k));
            List<String> w = new ArrayList<>(words.subList(from, k));
            r.add(new int[]{i[0], i[1] - 1});
            w.add("I");
            r.add(new int[]{i[1] - 1, i[1]});
            w.add(".");
            out.add(new Split(r.get(0)[0], i[1], r, w));
            from = k + 1;
        }
        List<int[]> r = ranges.subList(from, ranges.size());
        out.add(new Split(r.get(0)[0], r.get(r.size() - 1)[1], new ArrayList<>(r), new ArrayList<>(words.subList(from, words.size()))));
        return out;
    }
}
