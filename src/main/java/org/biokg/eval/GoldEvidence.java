package org.biokg.eval;

/**
 * Where a gold fact is stated: the evidence text and its offset in the seed file.
 *
 * @param offset start of {@code text} in the original file (0-based)
 * @param text   an exact substring of the original file
 */
public record GoldEvidence(int offset, String text) {
    public int end() {
        return offset + text.length();
    }
}
