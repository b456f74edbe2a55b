package org.biokg.text;

import org.biokg.text.Span;

import java.util.List;

/**
 * A cleaned prose sentence with its offsets in the ORIGINAL file.
 *
 * @param index   position among the document's sentences (0-based)
 * @param text    the cleaned text (entities unescaped, residue removed, whitespace collapsed)
 * @param span    where the sentence lies in the original file
 * @param section index into the document's sections, or -1 before the first heading
 * @param tokens  the sentence's tokens with original offsets
 * @param mapping the cleaned text's character-to-original mapping (for offsets inside the sentence)
 */
public record Sentence(int index, String text, Span span, int section, List<Token> tokens, OffsetText mapping) {
    /** Original span of {@code [from, to)} of this sentence's cleaned text. */
    public Span originalSpan(int from, int to) {
        return mapping.originalSpan(from, to);
    }
}
