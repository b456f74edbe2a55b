package org.biokg.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        InputStream in = WordList.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        Set<String> set = new LinkedHashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    set.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
