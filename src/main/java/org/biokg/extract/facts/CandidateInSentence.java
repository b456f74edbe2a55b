package org.biokg.extract.facts;

import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionState;
import org.biokg.extract.rules.Candidate;
import org.biokg.extract.rules.Rule;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.text.Sentence;
import org.biokg.text.Span;

/**
 * A rule's candidate in sentence {@code s}, as {@link CandidateFacts} turns it into a fact: where it was read, and
 * how sure the rule is of it there (less for a pronoun subject, less again for a coerced object).
 *
 * @param subjectSpan the subject's mention in the original file, or null when the rule means the biography's subject
 */
record CandidateInSentence(ExtractionState state, int s, Candidate candidate, Span subjectSpan, double confidence) {

    AnnotatedDocument doc() {
        return state.doc();
    }

    Rule rule() {
        return candidate.rule();
    }

    /** The same candidate, {@code penalty} less sure. */
    CandidateInSentence lessSure(double penalty) {
        return new CandidateInSentence(state, s, candidate, subjectSpan, confidence - penalty);
    }

    /** The evidence of a fact whose object was read at tokens [begin, end) of the sentence. */
    Evidence evidence(int objectBegin, int objectEnd) {
        Sentence sentence = doc().clean().sentences().get(s);
        return new Evidence(state.documentId(), s, sentence.span(), sentence.text(), subjectSpan,
                doc().originalSpan(s, objectBegin, objectEnd), rule().id(), Evidence.clamp(confidence), candidate.repairs());
    }

    /** The evidence of a fact whose object is the candidate's object mention. */
    Evidence evidence() {
        return evidence(candidate.object().begin(), candidate.object().end());
    }
}
