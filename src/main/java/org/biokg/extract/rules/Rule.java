package org.biokg.extract.rules;

import org.biokg.extract.EntityType;
import org.biokg.extract.Relation;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

import java.util.Set;

/**
 * One named extraction pattern from a rule file: a Semgrex pattern over the enhanced++ dependency graph
 * with nodes named {@code subj}, {@code obj} and (optionally) {@code trigger}, the entity types each side
 * accepts, how sure the pattern is, and how a date in its clause is read.
 *
 * @param relation   the relation the rule produces
 * @param name       rule name, unique within its relation; evidence says {@code relation/name}
 * @param pattern    the compiled Semgrex pattern
 * @param subject    entity types the subject may have
 * @param object     entity types the object may have
 * @param confidence how often the rule is right, in [0, 1]
 * @param dateRole   what a date near the trigger means: the start of the fact, its end, or nothing
 * @param office     for heldOffice rules whose object is a body ("headed by X"): a template such as
 *                   {@code Head of {body}}; null when the object is the office itself
 * @param swap       true when {@code subj} and {@code obj} nodes are the relation's object and subject
 * @param subjectFrom where the fact's subject comes from: the entity the {@code subj} node names, the
 *                   biography's subject, or the holders of an office (see {@link SubjectSource})
 * @param memberOnly true when the object must be a member noun naming its group ("a leading Green")
 * @param objectFrom where the fact's object comes from: the entity the {@code obj} node names, or an entity
 *                   earlier facts lead to from it (see {@link ObjectSource})
 */
public record Rule(Relation relation, String name, SemgrexPattern pattern, Set<EntityType> subject,
                   Set<EntityType> object, double confidence, DateRole dateRole, String office, boolean swap,
                   SubjectSource subjectFrom, boolean memberOnly, ObjectSource objectFrom) {
    /** What a date near the trigger means (rule key {@code date}). */
    public enum DateRole implements KeyedValue {
        /** The fact's start; with no date in the clause, the narrative's date. */
        START("start"),
        /** The fact's end. */
        END("end"),
        /** Nothing: the rule reads a description ("his wife, Ann"), not the event that began the fact. */
        NONE("none");

        private final String key;

        DateRole(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }
    }

    /** Where a rule's subject comes from (rule key {@code subject-from}). */
    public enum SubjectSource implements KeyedValue {
        /** The entity the {@code subj} node names ({@code subject-from = node}, the default). */
        NODE("node"),
        /** No {@code subj} node: the biography's subject ("which resulted in many clashes with X"). */
        BIOGRAPHY("biography"),
        /**
         * No {@code subj} node, heldOffice only: "the Council was abolished", "the post of Treasurer was
         * abolished", "Ann Roe was dismissed". Every term of the {@code obj} office, or of an office of the
         * {@code obj} body, still open, or the term the {@code obj} person took last and still holds, ends at the
         * date (or at the narrative's date when the sentence gives none); no new fact is made.
         */
        HOLDERS("holders");

        private final String key;

        SubjectSource(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }
    }

    /** Where a rule's object comes from (rule key {@code object-from}). */
    public enum ObjectSource implements KeyedValue {
        /** The entity the {@code obj} node names ({@code object-from = node}, the default). */
        NODE("node"),
        /**
         * Succession, "Ann was replaced by Bob": the {@code obj} node is the predecessor, a named person; the
         * object is the office she took last and still held, and her term ends at the fact's date.
         */
        PREDECESSORS_OFFICE("predecessor's office"),
        /**
         * "Bob was appointed Treasurer in place of Ann": the {@code obj} node is the predecessor, a named person;
         * the term she took last and still held ends at the date. The rule makes no fact of its own (the office
         * Bob takes is read by the rules that read appointments).
         */
        PREDECESSORS_TERM("predecessor's term"),
        /**
         * "Ada was deported to Malta": the {@code obj} node is a destination; the object is the place the text
         * last put the subject in (residedIn, exiledTo).
         */
        WHERE_THEY_WERE("where they were");

        private final String key;

        ObjectSource(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }
    }

    /** A value a rule file gives by name ({@code subject-from = holders}). */
    public interface KeyedValue {
        String key();
    }

    /** The constant of {@code type} that a rule file names {@code key}. */
    public static <E extends Enum<E> & KeyedValue> java.util.Optional<E> byKey(Class<E> type, String key) {
        for (E e : type.getEnumConstants()) {
            if (e.key().equals(key)) {
                return java.util.Optional.of(e);
            }
        }
        return java.util.Optional.empty();
    }

    /** The id evidence records: {@code relation/name}. */
    public String id() {
        return relation.id() + "/" + name;
    }
}
