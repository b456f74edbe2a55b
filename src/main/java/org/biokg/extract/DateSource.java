package org.biokg.extract;

import org.biokg.nlp.AnnotatedDocument;
import org.biokg.text.Section;
import org.biokg.text.Sentence;
import org.biokg.text.Span;

/**
 * Where a fact's start or end date was read: the sentence that states it (which may be another sentence than the
 * fact's evidence, when the narrative's date dates it), an infobox field, or a section heading's years. A reader
 * who asks "why since 1919?" is shown this text.
 *
 * @param documentId    the document's id
 * @param kind          a sentence, an infobox field or a section heading
 * @param sentenceIndex the sentence's index for a sentence, else -1
 * @param span          the sentence, field or heading in the original file
 * @param text          its text as shown ("infobox: term_start = May 3, 1917" for a field)
 */
public record DateSource(String documentId, Kind kind, int sentenceIndex, Span span, String text) {
    public enum Kind { SENTENCE, INFOBOX, HEADING }

    /** The source of a date mention of {@code doc}: its sentence, or the heading whose years it took. */
    public static DateSource of(AnnotatedDocument doc, DateMention d) {
        String docId = doc.clean().source().id();
        Sentence sentence = doc.clean().sentences().get(d.sentence());
        if ("section".equals(d.timex())) {
            Section sec = doc.clean().sectionOf(sentence);
            if (sec != null && sec.heading() != null) {
                String text = doc.clean().source().text().substring(sec.heading().start(), sec.heading().end()).strip();
                return new DateSource(docId, Kind.HEADING, -1, sec.heading(), "heading: " + text);
            }
        }
        return new DateSource(docId, Kind.SENTENCE, d.sentence(), sentence.span(), sentence.text());
    }

    /** The sentence (or field) of a piece of evidence, when the date was read there. */
    static DateSource of(Evidence e) {
        return new DateSource(e.documentId(), e.sentenceIndex() >= 0 ? Kind.SENTENCE : Kind.INFOBOX, e.sentenceIndex(),
                e.sentence(), e.sentenceText());
    }
}
