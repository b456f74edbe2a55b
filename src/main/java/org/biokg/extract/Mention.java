package org.biokg.extract;

/**
 * A stretch of tokens in one sentence that names (or points at) an entity.
 *
 * @param sentence sentence index
 * @param begin    first token (0-based)
 * @param end      token after the last
 * @param head     the head token (0-based): the token the dependency patterns attach to
 * @param type     what kind of entity it names
 * @param kind     a name, a pronoun, or a title/role phrase
 * @param text     the mention's text in the cleaned sentence
 */
public record Mention(int sentence, int begin, int end, int head, EntityType type, Kind kind, String text) {
    /**
     * COERCED: a name whose NER type a rule overrode (see {@code RelationFinder.typed}); MEMBER: a member
     * noun that names its group ("a leading Green" names "Greens"; the text is the group's name); DEFINITE: a
     * body's head word in lower case after "the" ("the union"), which points back to the body of that kind
     * named just before, if any.
     */
    public enum Kind { NAME, PRONOUN, ROLE, COERCED, MEMBER, DEFINITE }

    /** Sentence order: by first token, a longer mention before a shorter one that starts there. */
    public static final java.util.Comparator<Mention> IN_TEXT_ORDER =
            java.util.Comparator.comparingInt(Mention::begin).thenComparing(java.util.Comparator.comparingInt(Mention::length).reversed());

    public boolean covers(int token) {
        return begin <= token && token < end;
    }

    public int length() {
        return end - begin;
    }

    /**
     * The mention a node stands for: one headed by it, else the smallest one covering it. Offices contain
     * their body ("commander of the Northern Army"): a node inside the body is the body unless the rule wants
     * an office.
     */
    public static Mention at(java.util.List<Mention> mentions, int token, boolean preferOffice) {
        Mention best = null;
        for (Mention m : mentions) {
            if (!m.covers(token)) {
                continue;
            }
            if (m.head() == token && (best == null || best.head() != token || m.length() < best.length()
                    || preferOffice && m.type() == EntityType.OFFICE)) {
                best = m;
            } else if (best == null || best.head() != token && m.length() < best.length()) {
                best = m;
            }
        }
        if (best != null && preferOffice) {
            for (Mention m : mentions) {
                if (m.type() == EntityType.OFFICE && m.covers(token) && m.head() == token) {
                    return m;
                }
            }
        }
        return best;
    }
}
