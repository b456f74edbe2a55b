package org.biokg.eval;

import org.biokg.extract.Relation;

import java.util.Objects;

/**
 * One line of {@code biokg facts}: a fact as the extractor states it, with the sentence it was read in. A
 * fact read in several sentences is several predictions. Dates are ISO 8601 strings at the text's precision,
 * or null when unknown.
 *
 * @param relation      a {@link Relation} id, e.g. {@code heldOffice}
 * @param subject       the subject's canonical label
 * @param object        the object's canonical label; the ISO date for birthDate/deathDate
 * @param start         start of the term or episode, or null
 * @param end           end of the term or episode, or null
 * @param confidence    in [0, 1]
 * @param document      the source document's id
 * @param sentenceStart offset of the evidence sentence in the original file
 * @param sentenceEnd   end offset (exclusive) of that sentence
 * @param rule          the pattern that produced the fact
 */
public record Prediction(String relation, String subject, String object, String start, String end,
                         double confidence, String document, int sentenceStart, int sentenceEnd, String rule) {
    public Prediction {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(object, "object");
        start = emptyToNull(start);
        end = emptyToNull(end);
        document = document == null ? "" : document;
        rule = rule == null ? "" : rule;
    }

    /** A prediction with only what the scorers look at; the rest blank. */
    public static Prediction of(String relation, String subject, String object, int sentenceStart, int sentenceEnd) {
        return new Prediction(relation, subject, object, null, null, 1.0, "", sentenceStart, sentenceEnd, "");
    }

    public Prediction withDates(String newStart, String newEnd) {
        return new Prediction(relation, subject, object, newStart, newEnd, confidence, document, sentenceStart,
                sentenceEnd, rule);
    }

    public Prediction withObject(String newObject) {
        return new Prediction(relation, subject, newObject, start, end, confidence, document, sentenceStart,
                sentenceEnd, rule);
    }

    public Prediction withSentence(int newStart, int newEnd) {
        return new Prediction(relation, subject, object, start, end, confidence, document, newStart, newEnd, rule);
    }

    /** The same prediction with subject and object exchanged. */
    public Prediction swapped() {
        return new Prediction(relation, object, subject, start, end, confidence, document, sentenceStart,
                sentenceEnd, rule);
    }

    @Override
    public String toString() {
        return relation + "(" + subject + ", " + object + ")"
                + (start != null || end != null ? " [" + (start == null ? "" : start) + ".." + (end == null ? "" : end) + "]" : "");
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
