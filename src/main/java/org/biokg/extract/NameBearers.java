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

    /**
     * Whether {@code part} is the last word of the person's label or of an alias, or the one word of either; for a
     * regnal name the word before the numeral ("Henry" of "Henry VII", as "Carlos" of "Carlos II").
     */
    static boolean hasNamePart(Entity p, String part) {
        if (endsWith(p.label(), part)) {
            return true;
        }
        for (String a : p.aliases()) {
            if (endsWith(a, part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(String name, String part) {
        String[] t = name.split("\\s+");
        int last = t.length - 1;
        if (last > 0 && REGNAL_NUMERAL.matcher(t[last]).matches()) {
            last--;
        }
        return t[last].equals(part);
    }

    private static final java.util.regex.Pattern REGNAL_NUMERAL = java.util.regex.Pattern.compile("[IVX]+");
}
