package org.biokg.extract;

import java.util.Locale;

/** What a personal pronoun tells about the one it stands for: gender and number. */
final class Pronouns {
    private Pronouns() {
    }

    /** 'm' for he/him/his, 'p' for they/them/their (plural), 'f' for she/her and anything else. */
    static char gender(String pronoun) {
        return switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his", "himself" -> 'm';
            case "they", "them", "their" -> 'p';
            default -> 'f';
        };
    }

    /** "he", "her": a pronoun for one person. */
    static boolean isSingular(Mention pronoun) {
        char g = gender(pronoun.text());
        return g == 'm' || g == 'f';
    }

    /** "they", "their": a pronoun mention for several. */
    static boolean isPlural(Mention m) {
        return m != null && m.kind() == Mention.Kind.PRONOUN && gender(m.text()) == 'p';
    }
}
