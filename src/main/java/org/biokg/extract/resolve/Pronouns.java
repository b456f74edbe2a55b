package org.biokg.extract.resolve;

import org.biokg.extract.Mention;

import java.util.Locale;

/** What a personal pronoun tells about the one it stands for: gender and number. */
public final class Pronouns {
    private Pronouns() {
    }

    /** 'm' for he/him/his, 'p' for they/them/their and "the couple" (plural), 'f' for she/her and anything else. */
    public static char gender(String pronoun) {
        return switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his", "himself" -> 'm';
            case "they", "them", "their", "couple" -> 'p';
            default -> 'f';
        };
    }

    /** "he", "her": a pronoun for one person. */
    public static boolean isSingular(Mention pronoun) {
        char g = gender(pronoun.text());
        return g == 'm' || g == 'f';
    }

    /** "they", "their": a pronoun mention for several. */
    public static boolean isPlural(Mention m) {
        return m != null && m.kind() == Mention.Kind.PRONOUN && gender(m.text()) == 'p';
    }
}
