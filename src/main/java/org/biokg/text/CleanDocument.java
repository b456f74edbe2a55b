package org.biokg.text;

import java.util.List;

/**
 * What the text stage hands on: the source, its infobox fields, its sections and its clean sentences, each
 * with offsets into the original file, plus what was removed and why.
 */
public record CleanDocument(Source source, List<InfoboxField> infobox, List<Section> sections,
                            List<Sentence> sentences, List<Residue> residue) {
    /** The sentence that contains original offset {@code offset}, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.span().start() <= offset && offset < s.span().end()) {
                return s;
            }
        }
        return null;
    }

    /** The section a sentence belongs to, or null. */
    public Section sectionOf(Sentence s) {
        return s.section() >= 0 ? sections.get(s.section()) : null;
    }
}
