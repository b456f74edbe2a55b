package org.biokg.extract;

import org.biokg.text.Span;

import java.util.List;

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
 * @param repairs        the ids of the parse repairs behind the edges the rule matched (e.g.
 *                       {@code restore-glued-subjects}), in the order they ran; empty when the parser's own edges
 *                       sufficed or the rule reads no parse
 */
public record Evidence(String documentId, int sentenceIndex, Span sentence, String sentenceText,
                       Span subjectSpan, Span objectSpan, String rule, double confidence, List<String> repairs) {
    public Evidence {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
        repairs = repairs == null ? List.of() : List.copyOf(repairs);
    }

    /** Evidence no parse repair stands behind. */
    public Evidence(String documentId, int sentenceIndex, Span sentence, String sentenceText,
                    Span subjectSpan, Span objectSpan, String rule, double confidence) {
        this(documentId, sentenceIndex, sentence, sentenceText, subjectSpan, objectSpan, rule, confidence, List.of());
    }

    /**
     * The rule, then each repair after a "+": {@code heldOffice/became+restore-glued-subjects}, as the TSV's rule
     * column gives it; the rule alone when no repair stands behind it.
     */
    public String ruleWithRepairs() {
        return repairs.isEmpty() ? rule : rule + "+" + String.join("+", repairs);
    }

    /** A confidence put back into [0, 1], after a penalty or a product may have taken it out. */
    public static double clamp(double c) {
        return Math.max(0, Math.min(1, c));
    }
}
