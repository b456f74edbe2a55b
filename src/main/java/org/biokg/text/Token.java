package org.biokg.text;

import org.biokg.text.Span;

/** A word or punctuation token of a cleaned sentence, with its offsets in the original file. */
public record Token(String text, Span span) {
}
