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
}
