package org.biokg.extract;

/**
 * What an {@link ExtractionState} holds once a step has provided it. A step says which of these it needs and which
 * it provides, so a list of steps in the wrong order ("resolve mentions" before "find mentions") is refused before
 * any document is read.
 */
public enum Holding {
    /** The mentions of every sentence: names, roles, pronouns ("Ann Roe", "the chairman", "she"). */
    MENTIONS,
    /** The dates of every sentence, their years completed ("on October 8" after "in 1917"), and the relative ones. */
    DATES,
    /** Every sentence's dependency graph mended by the parse repairs ({@code org.biokg.extract.repair}). */
    REPAIRED_PARSES,
    /** Who the biography is about, with the registry that holds her entity. */
    SUBJECT,
    /** The entity of every mention ("she" and "Roe" are Ann Roe). */
    ENTITIES,
    /** The several entities a plural pronoun stands for ("Ann and Bob came … They left"). */
    PLURAL_ANTECEDENTS,
    /** The relatives a bare kin noun stands for ("his father" is the Karl Roe named as his father before). */
    KIN_DESCRIPTIONS,
    /** The time the narrative is at in the sentence being read ("in 1917 … On May 3 …"). */
    NARRATIVE_DATE,
    /** The facts read so far, with their evidence. */
    FACTS,
    /** The NER classes of the words that name each place ("Mexico" COUNTRY). */
    PLACE_TAGS,
    /** The finished result: the facts and the entities they use. */
    RESULT
}
