package org.biokg.extract.resolve;

import edu.stanford.nlp.ling.CoreLabel;
import org.biokg.extract.Entity;
import org.biokg.extract.EntityRegistry;
import org.biokg.extract.EntityType;
import org.biokg.extract.Mention;
import org.biokg.nlp.AnnotatedDocument;

import java.util.List;
import java.util.Set;

/**
 * The person named just before a mention that goes with her: a possessive ("Bob Roe and his wife") or a maiden
 * name ("Sarah Roe, née Kahn").
 */
final class PrecedingNames {
    /** How far back (in tokens) a possessive pronoun looks for the person it belongs to. */
    private static final int POSSESSOR_WINDOW = 12;

    private PrecedingNames() {
    }

    /** The person's name before "née" when {@code m} is the maiden name after it ("Sarah Roe, née Kahn"), else null. */
    static Mention marriedName(AnnotatedDocument doc, Mention m, List<Mention> sentence) {
        var toks = doc.tokens(m.sentence());
        if (m.kind() != Mention.Kind.NAME || m.type() != EntityType.PERSON || m.begin() < 1
                || !toks.get(m.begin() - 1).word().toLowerCase(java.util.Locale.ROOT).matches("n[ée]e")) {
            return null;
        }
        Mention before = null;
        for (Mention p : sentence) {
            if (p.end() < m.begin() && p.end() >= m.begin() - 3 && p.kind() == Mention.Kind.NAME && p.type() == EntityType.PERSON) {
                before = p;
            }
        }
        return before;
    }

    /**
     * The person a possessive pronoun points back to when a person other than the subject is named just
     * before it in the same phrase ("Bob Roe and his wife"): the nearest preceding person name within
     * {@link #POSSESSOR_WINDOW} tokens, with only a conjunction or comma between.
     */
    static Entity possessor(AnnotatedDocument doc, Mention pronoun, List<Mention> sentence, EntityRegistry registry) {
        var toks = doc.tokens(pronoun.sentence());
        if (!toks.get(pronoun.begin()).tag().equals("PRP$")) {
            return null;
        }
        Mention nearest = null;
        Mention described = null;
        for (Mention m : sentence) {
            if (m.end() <= pronoun.begin() && m.type() == EntityType.PERSON && m.kind() == Mention.Kind.NAME
                    && wordsOutsideParentheses(toks, m.end(), pronoun.begin()) <= POSSESSOR_WINDOW) {
                nearest = m;
                if (describedBefore(toks, m, pronoun)) {
                    described = m;
                }
            }
        }
        if (described != null) {
            // "Bob Roe, count of Lund (1678–1733), and his wife": the person the title describes, not a name in it
            return registry.resolve(described.text(), EntityType.PERSON, described.sentence());
        }
        if (nearest == null) {
            return null;
        }
        for (int k = nearest.end(); k < pronoun.begin(); k++) {
            String w = toks.get(k).word();
            if (!(w.equals("and") || w.equals(",") || w.equals("(") || w.equals(")") || toks.get(k).tag().equals("CD")
                    || w.matches("[\u2013\u2014-]"))) {
                return null;
            }
        }
        return registry.resolve(nearest.text(), EntityType.PERSON, nearest.sentence());
    }

    /** The tokens from {@code from} to {@code to} outside parentheses: "Bob Roe (1715–1805), a merchant, and his" counts 6. */
    private static int wordsOutsideParentheses(List<CoreLabel> toks, int from, int to) {
        int n = 0;
        int depth = 0;
        for (int k = from; k < to; k++) {
            String w = toks.get(k).word();
            if (w.matches("\\(|-LRB-")) {
                depth++;
            } else if (w.matches("\\)|-RRB-")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether a description set off by a comma stands between the name and the possessive ("Bob Roe, count of Lund
     * (1678–1733) and his"): it opens with a lower-case word, has no verb, and the possessive follows "and" or a
     * comma.
     */
    private static boolean describedBefore(List<CoreLabel> toks, Mention name, Mention pronoun) {
        int open = name.end();
        // "Bob Roe (1715–1805), a merchant, and his wife": the life dates in parentheses are still the name's
        if (open < pronoun.begin() && toks.get(open).word().matches("\\(|-LRB-")) {
            while (open < pronoun.begin() && !toks.get(open).word().matches("\\)|-RRB-")) {
                open++;
            }
            open++;
        }
        // a description of at least one word besides "and" ("Bob Roe, of the House of Lund, and his": not "Lund, and his")
        if (open + 2 >= pronoun.begin() || !toks.get(open).word().equals(",")
                || !Character.isLowerCase(toks.get(open + 1).word().charAt(0))
                || !Set.of("and", ",").contains(toks.get(pronoun.begin() - 1).word())) {
            return false;
        }
        // the description is closed before "and" ("count of Lund (1678–1733) and his", "son of Bob Roe, and his"); an
        // open one goes on over "and" ("the daughter of the printer Bob Roe and his wife": Bob's wife)
        if (toks.get(pronoun.begin() - 1).word().equals("and") && !Set.of(",", ")", "-RRB-").contains(toks.get(pronoun.begin() - 2).word())) {
            return false;
        }
        for (int k = open + 1; k < pronoun.begin() - 1; k++) {
            if (toks.get(k).tag().matches("VB.*|MD|WDT|WP|WRB|PRP\\$?") || toks.get(k).word().matches("[;:.]")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The person named last before {@code pronoun} among those {@code candidate} accepts, in its sentence or in the
     * {@code lookback} sentences before (the nearest sentence naming one decides), leaving out names in
     * parenthetical asides; null when none.
     */
    static Entity lastNamedPerson(AnnotatedDocument doc, List<List<Mention>> mentions, int s, Mention pronoun, int lookback,
                                  java.util.Map<Mention, Entity> entityOf, java.util.function.Predicate<Entity> candidate) {
        for (int k = s; k >= Math.max(0, s - lookback); k--) {
            int[] depth = org.biokg.extract.ParenthesisDepth.of(doc.tokens(k));
            Entity last = null;
            for (Mention m : mentions.get(k)) {
                if (k == s && m.begin() >= pronoun.begin()) {
                    break;
                }
                Entity e = entityOf.get(m);
                if (m.kind() == Mention.Kind.NAME && m.type() == EntityType.PERSON && e != null && candidate.test(e)
                        && depth[m.begin()] == 0) {
                    last = e;
                }
            }
            if (last != null) {
                return last;
            }
        }
        return null;
    }
}
