package org.biokg.eval.redocred;

/**
 * A Re-DocRED miss (a label no prediction matched) or false positive (a prediction matching no label).
 *
 * @param document the document's title
 * @param property the Wikidata property (for a false positive: the first property it was charged to)
 * @param relation the biokg relation of a false positive; empty for a miss
 * @param subject  the head's name (miss) or the predicted subject
 * @param object   the tail's name (miss) or the predicted object
 * @param sentence the evidence sentence, when known
 */
public record RedocredError(String document, String property, String relation, String subject, String object,
                            String sentence) {
}
