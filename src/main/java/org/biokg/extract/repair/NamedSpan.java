package org.biokg.extract.repair;

/**
 * What the repairs know of a mention the mention stage found: where it is, its head, what it names and whether it is a
 * name. The repairs need no more (and so do not depend on the stage that finds mentions): "Ann Roe" in "In 1890 Ann
 * Roe was expelled" is {@code NamedSpan(2, 4, 3, PERSON, NAME)}.
 *
 * @param begin first token (0-based)
 * @param end   token after the last
 * @param head  the head token (0-based)
 * @param type  what it names, as far as the repairs care
 * @param kind  a name, or anything else (a pronoun, a role phrase)
 */
public record NamedSpan(int begin, int end, int head, Type type, Kind kind) {
    /** The entity types the repairs tell apart; every other type is OTHER. */
    public enum Type { PERSON, ORGANIZATION, PUBLICATION, PLACE, OTHER }

    /** NAME: a proper name; OTHER: a pronoun, role phrase or anything the mention stage found that is not a name. */
    public enum Kind { NAME, OTHER }

    public boolean covers(int token) {
        return begin <= token && token < end;
    }

    public int length() {
        return end - begin;
    }
}
