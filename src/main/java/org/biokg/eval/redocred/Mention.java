package org.biokg.eval.redocred;

/**
 * One mention of a Re-DocRED entity.
 *
 * @param name     the surface form (tokens joined by spaces)
 * @param sentence index of the sentence
 * @param start    first token (inclusive)
 * @param end      last token (exclusive)
 * @param type     PER, ORG, LOC, TIME, NUM or MISC
 */
public record Mention(String name, int sentence, int start, int end, String type) {
}
