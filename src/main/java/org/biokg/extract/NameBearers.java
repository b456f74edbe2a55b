package org.biokg.extract;

import java.util.ArrayList;
import java.util.List;

/** Who among the persons known bears a name: a surname, a first name alone, a spelling variant of a surname. */
final class NameBearers {
    private NameBearers() {
    }

    /** Whether the subject's first name is {@code name} and no other person known has that first name. */
    static boolean isFirstNameOnlyOf(List<Entity> persons, Entity subject, String name) {
        String[] t = subject.label().split("\\s+");
        if (t.length < 2 || !t[0].equals(name)) {
            return false;
        }
        for (Entity p : persons) {
            if (p != subject && p.label().split("\\s+")[0].equals(name)) {
                return false;
            }
        }
        return true;
    }

    /** The one known person whose surname is a spelling variant of {@code surname}, or null (none, or several). */
    static Entity onlySpellingVariant(List<Entity> persons, String surname) {
        Entity found = null;
        for (Entity p : persons) {
            List<String> names = new ArrayList<>(List.of(p.label()));
            names.addAll(p.aliases());
            for (String name : names) {
                String[] t = name.split("\\s+");
                if (SpellingVariants.areVariants(t[t.length - 1], surname)) {
                    if (found != null && found != p) {
                        return null;
                    }
                    found = p;
                }
            }
        }
        return found;
    }

    /** Whether {@code part} is the last word of the person's label or of an alias, or the one word of either. */
    static boolean hasNamePart(Entity p, String part) {
        String[] t = p.label().split("\\s+");
        if (t[t.length - 1].equals(part) || (t.length == 1 && t[0].equals(part))) {
            return true;
        }
        for (String a : p.aliases()) {
            String[] at = a.split("\\s+");
            if (at[at.length - 1].equals(part) || (at.length == 1 && at[0].equals(part))) {
                return true;
            }
        }
        return false;
    }
}
