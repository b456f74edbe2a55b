package org.biokg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A plain-text file may wrap its paragraphs at a fixed width ("She married a lord\nin 1835 and moved\nto
 * Paris."); a line break there is a space, not the end of a sentence or a heading. A break is taken for a wrap
 * when the next line goes on in lower case, or when the line before is as long as a wrapped line and stops
 * mid-sentence. A list item ("-   Lee, Bo. ...") and the line after it keep their break, and so do a short line
 * without a stop, which may be a heading ("Early life\nShe was born ..."), and the rows of a table (columns set
 * apart by runs of spaces, "1994   Stargate   Dr. Daniel Jackson", or rows indented).
 */
final class WrappedLines {
    /** Shorter lines than this may be headings or list entries; a wrapped line of prose is longer. */
    private static final int MIN_WRAPPED_LENGTH = 50;
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*\u2022|=]|\\d+[.)]\\s)");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s|\\S {3,}\\S");
    private static final String SENTENCE_END = ".!?:;\"'\u201d\u2019)]";
    static final String REASON = "wrapped line";

    private WrappedLines() {
    }

    /** One edit per line break that wraps a paragraph: the break becomes a space. */
    static List<Edit> edits(String text) {
        List<Edit> out = new ArrayList<>();
        int lineStart = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
            String line = text.substring(lineStart, nl).strip();
            int next = nl + 1;
            if (next < text.length() && text.charAt(next) != '\n' && !line.isEmpty()
                    && !LIST_ITEM.matcher(line).find()) {
                int lineEnd = text.indexOf('\n', next);
                String following = text.substring(next, lineEnd < 0 ? text.length() : lineEnd);
                boolean stopsMidSentence = SENTENCE_END.indexOf(line.charAt(line.length() - 1)) < 0;
                boolean lowerCaseGoesOn = !following.isEmpty() && Character.isLowerCase(following.charAt(0));
                if (!following.isBlank() && !LIST_ITEM.matcher(following).find() && stopsMidSentence
                        && !TABLE_ROW.matcher(text.substring(lineStart, nl)).find() && !TABLE_ROW.matcher(following).find()
                        && (lowerCaseGoesOn || line.length() >= MIN_WRAPPED_LENGTH)) {
                    out.add(new Edit(nl, nl + 1, " ", REASON));
                }
            }
            lineStart = nl + 1;
        }
        return out;
    }
}
