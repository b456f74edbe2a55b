package org.biokg.text;

import org.biokg.text.Span;

/**
 * A section of the article, opened by a heading that the flattening glued to the text around it.
 *
 * @param title      the heading text without its year range, e.g. {@code Early life}
 * @param startYear  first year of the heading's range, e.g. 1879 for {@code (1879–1896)}, or null
 * @param endYear    last year of the range, or null
 * @param heading    the heading in the original file
 * @param firstSentence index of the first sentence of the section
 */
public record Section(String title, Integer startYear, Integer endYear, Span heading, int firstSentence) {
}
