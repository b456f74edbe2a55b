package org.biokg.extract;

import org.biokg.text.WordList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The word lists extraction knows (office head nouns, organization head words, publication cues), read
 * from resource files in {@code org/biokg/extract/}. Data, not code: extend the files, not the Java.
 */
public final class Lexicon {
    private final List<String[]> officeHeads;
    private final WordList orgHeads;
    private final WordList publicationCues;

    private Lexicon(WordList offices, WordList orgHeads, WordList publicationCues) {
        List<String[]> heads = new ArrayList<>();
        for (String e : offices.entries()) {
            heads.add(e.split(" "));
        }
        // longest entries first, so "people's commissar" wins over "commissar"
        heads.sort(Comparator.comparingInt((String[] a) -> a.length).reversed());
        this.officeHeads = heads;
        this.orgHeads = orgHeads;
        this.publicationCues = publicationCues;
    }

    public static Lexicon defaults() {
        return new Lexicon(WordList.fromResource("org/biokg/extract/office-heads.txt"),
                WordList.fromResource("org/biokg/extract/org-heads.txt"),
                WordList.fromResource("org/biokg/extract/publication-cues.txt"));
    }

    /** Office head entries as word sequences, longest first. */
    public List<String[]> officeHeads() {
        return officeHeads;
    }

    public boolean isOrgHead(String word) {
        return orgHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isPublicationCue(String word) {
        return publicationCues.contains(word.toLowerCase(Locale.ROOT));
    }
}
