package org.biokg.text;

import org.biokg.text.Span;

/**
 * One {@code |key = value} field of an infobox (or of a persondata block) left in flattened wiki text.
 *
 * @param key   the field name as written, e.g. {@code birth_place}, {@code term_start3}
 * @param value the trimmed value, possibly empty
 * @param span  the whole field in the original file
 * @param valueSpan the value in the original file (empty span at the value's place when empty)
 */
public record InfoboxField(String key, String value, Span span, Span valueSpan) {
    /** The key in lower case with spaces as underscores, so {@code PLACE OF BIRTH} reads as {@code place_of_birth}. */
    public String normalizedKey() {
        return key.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /**
     * The field as a reader is shown it where a sentence would stand: {@code infobox: spouse = Ann Roe} rather
     * than the raw {@code |spouse = Ann Roe} line (evidence text in the graph, the views and the named queries).
     */
    public String asEvidenceText() {
        return "infobox: " + key.strip() + " = " + value;
    }
}
