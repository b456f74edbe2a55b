package org.biokg.extract.mention;

import org.biokg.extract.EntityType;
import org.biokg.extract.Mention;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word that names a member of a party the document names: where the text calls a body "the Labour Party" (or
 * "the Democratic Party"), "a Labour politician" and "a Democrat" name its members. Read from the document's own
 * party names, not from a list of parties: a word two parties of the document share ("Communist" in "Communist Party
 * of Ruritania" and "Communist Party of Norway") names neither.
 */
final class PartyAdjectives {
    private PartyAdjectives() {
    }

    /** Member word -> the party's name, for the one-word-qualified parties of the document not already in {@code known}. */
    static Map<String, String> of(List<List<Mention>> mentions, Map<String, String> known) {
        Map<String, String> out = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) {
                if (m.type() != EntityType.ORGANIZATION || m.kind() != Mention.Kind.NAME) {
                    continue;
                }
                String[] words = m.text().split("\\s+");
                // "Labour Party", "Communist Party of Ruritania": one capitalized word before "Party"
                if (words.length < 2 || !words[1].equals("Party") || words.length > 2 && !words[2].equals("of")
                        || !words[0].matches("\\p{Lu}\\p{Ll}+")) {
                    continue;
                }
                for (String key : memberWords(words[0])) {
                    if (known.containsKey(key)) {
                        continue;
                    }
                    String before = out.putIfAbsent(key, m.text());
                    if (before != null && !before.equals(m.text())) {
                        shared.add(key);
                    }
                }
            }
        }
        shared.forEach(out::remove);
        return out;
    }

    /** "Labour" for the Labour Party; "Democratic" and "Democrat" for the Democratic Party. */
    private static List<String> memberWords(String qualifier) {
        return qualifier.endsWith("ic") && qualifier.length() > 4
                ? List.of(qualifier, qualifier.substring(0, qualifier.length() - 2))
                : List.of(qualifier);
    }
}
