package org.biokg.text;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** A list of words or phrases read from a resource file: one per line, {@code #} comments, case-insensitive. */
public final class WordList {
    private final Set<String> entries;

    private WordList(Set<String> entries) {
        this.entries = entries;
    }

    public static WordList fromResource(String path) {
        Set<String> set = new LinkedHashSet<>();
        for (String line : ResourceLines.read(path)) {
            set.add(line.strip().toLowerCase(Locale.ROOT));
        }
        return new WordList(set);
    }

    public boolean contains(String word) {
        return entries.contains(word.toLowerCase(Locale.ROOT));
    }

    public Set<String> entries() {
        return entries;
    }

    /** The entry's word: a line may give it a second column after a tab ("command<TAB>commander"). */
    public static String word(String entry) {
        return entry.split("\t", 2)[0].strip();
    }

    /** Each word with its second column, for lists that give one ("command" to "commander"). */
    public java.util.Map<String, String> secondColumns() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String entry : entries) {
            String[] c = entry.split("\t", 2);
            if (c.length == 2) {
                out.put(c[0].strip(), c[1].strip());
            }
        }
        return out;
    }
}
