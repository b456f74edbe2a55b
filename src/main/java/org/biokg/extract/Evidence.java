package org.biokg.extract;

import org.biokg.text.Span;

/**
 * Why biokg believes a fact: where it was read (document, sentence, offsets in the original file), what read
 * it (a rule name, e.g. {@code alliedWith/sided-with}) and how sure that rule is.
 *
 * @param documentId     the source document's id
 * @param sentenceIndex  index of the sentence in the cleaned document; -1 for infobox evidence
 * @param sentence       the evidence sentence (or infobox field) in the original file
 * @param sentenceText   the cleaned text of that sentence
 * @param subjectSpan    the subject's mention in the original file, or null when implicit (e.g. the infobox)
 * @param objectSpan     the object's mention in the original file, or null when implicit
 * @param rule           the pattern or model that produced the fact
 * @param confidence     in [0, 1]
 */
public record Evidence(String documentId, int sentenceIndex, Span sentence, String sentenceText,
                       Span subjectSpan, Span objectSpan, String rule, double confidence) {
    public Evidence {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
    }
}
