package org.biokg.eval;

import org.biokg.text.Labels;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A row of the gold {@code entities.tsv}: a canonical name, a type and every surface form the text uses.
 *
 * @param name    the canonical name, as the gold facts write it
 * @param type    Person, Organization, Place, Office, Publication (or Event)
 * @param aliases other surface forms (may include the canonical name)
 */
public record GoldEntity(String name, String type, List<String> aliases) {
    public GoldEntity {
        aliases = List.copyOf(aliases);
    }

    /** The normalised forms of the canonical name and every alias: what a predicted label must equal. */
    public Set<String> normalisedNames() {
        Set<String> names = new TreeSet<>();
        names.add(Labels.key(name));
        for (String a : aliases) {
            names.add(Labels.key(a));
        }
        names.remove("");
        return names;
    }
}
