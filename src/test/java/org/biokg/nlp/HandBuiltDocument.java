package org.biokg.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.util.CoreMap;
import org.biokg.text.CleanDocument;
import org.biokg.text.OffsetText;
import org.biokg.text.Sentence;
import org.biokg.text.Source;
import org.biokg.text.Span;
import org.biokg.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An annotated document built by hand, with no CoreNLP model: tokens with the tags, NER classes and dates a test
 * gives them (a rough guess otherwise), and a dependency graph with only the edges the test adds. Lets a test of
 * the extract stage run in milliseconds and say exactly what annotation it reads. Token indexes are 0-based, as in
 * {@code Mention}. The sentences follow one another in one text, separated by a space, with identity offsets.
 */
public final class HandBuiltDocument {
    /**
     * A word (with an inner hyphen: "Austria-Hungary"), "b." or "d." before a space (life dates), or any other
     * single character: "Bob Roe (1820–1890)" is Bob, Roe, (, 1820, –, 1890, ) as CoreNLP's tokenizer splits it.
     */
    private static final Pattern TOKEN = Pattern.compile("(?<!\\p{L})[bd]\\.(?=\\s)|[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*|\\S");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their");
    private static final Set<String> PREPOSITIONS = Set.of("in", "of", "on", "at", "by", "for", "to", "with", "as");

    private final String id;
    private final StringBuilder text = new StringBuilder();
    private final List<HandBuiltSentence> sentences = new ArrayList<>();

    public HandBuiltDocument(String id) {
        this.id = id;
    }

    /** Adds a sentence, tokenized as {@link #TOKEN} says. */
    public HandBuiltSentence sentence(String sentenceText) {
        if (!text.isEmpty()) {
            text.append(' ');
        }
        int base = text.length();
        text.append(sentenceText);
        HandBuiltSentence s = new HandBuiltSentence(sentences.size(), sentenceText, base);
        sentences.add(s);
        return s;
    }

    public AnnotatedDocument build() {
        String all = text.toString();
        OffsetText original = OffsetText.of(all);
        List<Sentence> clean = new ArrayList<>();
        List<CoreMap> coreMaps = new ArrayList<>();
        for (HandBuiltSentence s : sentences) {
            List<Token> tokens = s.tokens.stream()
                    .map(t -> new Token(t.word(), new Span(t.beginPosition(), t.endPosition()))).toList();
            clean.add(new Sentence(s.index, s.text, new Span(s.base, s.base + s.text.length()), -1, tokens,
                    original.slice(s.base, s.base + s.text.length())));
            Annotation sentence = new Annotation(s.text);
            sentence.set(CoreAnnotations.TokensAnnotation.class, s.tokens);
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, s.index);
            s.graph.resetRoots();
            sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, s.graph);
            coreMaps.add(sentence);
        }
        Annotation chunk = new Annotation(all);
        chunk.set(CoreAnnotations.SentencesAnnotation.class, coreMaps);
        Source source = new Source(id, id + ".txt", all, "hand-built");
        return new AnnotatedDocument(new CleanDocument(source, List.of(), List.of(), clean, List.of()), List.of(chunk), false);
    }

    /** One sentence: its tokens and its dependency graph, both open to the test until {@link #build()}. */
    public static final class HandBuiltSentence {
        private final int index;
        private final String text;
        private final int base;
        private final List<CoreLabel> tokens = new ArrayList<>();
        private final SemanticGraph graph = new SemanticGraph();

        private HandBuiltSentence(int index, String text, int base) {
            this.index = index;
            this.text = text;
            this.base = base;
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                CoreLabel label = new CoreLabel();
                label.setWord(m.group());
                label.setValue(m.group());
                label.setOriginalText(m.group());
                label.setLemma(m.group().toLowerCase(Locale.ROOT));
                label.setTag(guessTag(m.group()));
                label.setNER("O");
                label.setIndex(tokens.size() + 1);
                label.setSentIndex(index);
                label.setBeginPosition(base + m.start());
                label.setEndPosition(base + m.end());
                tokens.add(label);
                graph.addVertex(new IndexedWord(label));
            }
        }

        private static String guessTag(String token) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (token.equals("(")) {
                return "-LRB-";
            }
            if (token.equals(")")) {
                return "-RRB-";
            }
            if (DETERMINERS.contains(lower)) {
                return lower.equals("his") || lower.equals("her") || lower.equals("their") ? "PRP$" : "DT";
            }
            if (PREPOSITIONS.contains(lower)) {
                return lower.equals("to") ? "TO" : "IN";
            }
            if (lower.equals("and")) {
                return "CC";
            }
            if (Character.isDigit(token.charAt(0))) {
                return "CD";
            }
            if (!Character.isLetter(token.charAt(0))) {
                return token.matches("[–—-]") ? ":" : token;
            }
            return Character.isUpperCase(token.charAt(0)) ? "NNP" : "NN";
        }

        /** The 0-based index of the first token {@code word} (fails when there is none). */
        public int indexOf(String word) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).word().equals(word)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no token '" + word + "' in: " + text);
        }

        public int size() {
            return tokens.size();
        }

        public HandBuiltSentence tag(int token, String tag) {
            tokens.get(token).setTag(tag);
            return this;
        }

        /** The lemma of a token (the lowercased word otherwise): "start" for "started". */
        public HandBuiltSentence lemma(int token, String lemma) {
            tokens.get(token).setLemma(lemma);
            return this;
        }

        /** The NER class of tokens [from, to). */
        public HandBuiltSentence ner(int from, int to, String ner) {
            for (int i = from; i < to; i++) {
                tokens.get(i).setNER(ner);
            }
            return this;
        }

        /** Tokens [from, to) are a date SUTime normalised to {@code value} ("1831-05-18"), as it marks each token. */
        public HandBuiltSentence date(int from, int to, String value) {
            ner(from, to, "DATE");
            for (int i = from; i < to; i++) {
                tokens.get(i).set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, value);
            }
            return this;
        }

        /** A dependency edge between 0-based tokens. */
        public HandBuiltSentence edge(int governor, int dependent, String relation) {
            graph.addEdge(graph.getNodeByIndex(governor + 1), graph.getNodeByIndex(dependent + 1),
                    GrammaticalRelation.valueOf(Language.UniversalEnglish, relation), 1.0, false);
            return this;
        }
    }
}
