package org.biokg.eval.redocred;

import org.biokg.text.Span;

import java.util.List;
import java.util.Set;

/**
 * Plain text rebuilt from Re-DocRED's tokens, the way a Wikipedia lead reads: tokens joined by spaces, but
 * none before closing punctuation and clitics ({@code , . ; : ) 's}) and none after an opening bracket;
 * sentences joined by a space. Keeps the character span of every token, so mentions and sentences can be
 * found in the text.
 */
public final class DocumentText {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", ")", "]", "!", "?", "%",
            "'s", "\u2019s", "n't");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[");

    private final String text;
    private final int[][] tokenStart;
    private final int[][] tokenEnd;

    public DocumentText(List<List<String>> sentences) {
        StringBuilder sb = new StringBuilder();
        tokenStart = new int[sentences.size()][];
        tokenEnd = new int[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            List<String> tokens = sentences.get(s);
            tokenStart[s] = new int[tokens.size()];
            tokenEnd[s] = new int[tokens.size()];
            for (int t = 0; t < tokens.size(); t++) {
                String token = tokens.get(t);
                boolean first = t == 0;
                boolean space = sb.length() > 0
                        && (first || !NO_SPACE_BEFORE.contains(token) && !NO_SPACE_AFTER.contains(tokens.get(t - 1)));
                if (space) {
                    sb.append(' ');
                }
                tokenStart[s][t] = sb.length();
                sb.append(token);
                tokenEnd[s][t] = sb.length();
            }
        }
        text = sb.toString();
    }

    public String text() {
        return text;
    }

    /** The characters of tokens {@code [from, to)} of a sentence. */
    public Span span(int sentence, int from, int to) {
        if (to <= from) {
            int at = from < tokenStart[sentence].length ? tokenStart[sentence][from] : sentenceSpan(sentence).end();
            return new Span(at, at);
        }
        return new Span(tokenStart[sentence][from], tokenEnd[sentence][to - 1]);
    }

    public Span span(Mention m) {
        return span(m.sentence(), m.start(), m.end());
    }

    public Span sentenceSpan(int sentence) {
        int n = tokenStart[sentence].length;
        if (n == 0) {
            int at = sentence == 0 ? 0 : sentenceSpan(sentence - 1).end();
            return new Span(at, at);
        }
        return new Span(tokenStart[sentence][0], tokenEnd[sentence][n - 1]);
    }

    public int sentenceCount() {
        return tokenStart.length;
    }

    /** The sentence containing a character offset, or -1. */
    public int sentenceAt(int offset) {
        for (int s = 0; s < sentenceCount(); s++) {
            Span span = sentenceSpan(s);
            if (span.start() <= offset && offset < Math.max(span.end(), span.start() + 1)) {
                return s;
            }
        }
        return -1;
    }

    public String substring(Span span) {
        return text.substring(span.start(), span.end());
    }
}
