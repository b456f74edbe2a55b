package org.biokg.extract;

import org.biokg.text.WordList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The word lists extraction knows (office head nouns, office modifiers, organization head words, publication
 * cues, office word variants, event head words, citation date cues), read
 * from resource files in {@code org/biokg/extract/}. Data, not code: extend the files, not the Java.
 */
public final class Lexicon {
    private final List<String[]> officeHeads;
    private final WordList orgHeads;
    private final WordList publicationCues;
    private final WordList eventHeads;
    private final WordList officeModifiers;
    private final WordList citationDateCues;
    private final WordList portfolioHeads = WordList.fromResource("org/biokg/extract/portfolio-heads.txt");
    private final WordList militaryRanks = WordList.fromResource("org/biokg/extract/military-ranks.txt");
    private final java.util.Map<String, String> officeWordVariants = new java.util.HashMap<>();

    private Lexicon(WordList offices, WordList orgHeads, WordList publicationCues, WordList officeWordVariants,
                    WordList eventHeads, WordList officeModifiers, WordList citationDateCues) {
        this.eventHeads = eventHeads;
        this.officeModifiers = officeModifiers;
        this.citationDateCues = citationDateCues;
        for (String e : officeWordVariants.entries()) {
            String[] words = e.split(" ");
            for (String w : words) {
                this.officeWordVariants.put(w, words[0]);
            }
        }
        List<String[]> heads = new ArrayList<>();
        for (String e : offices.entries()) {
            heads.add(e.split(" "));
        }
        // longest entries first, so "deputy chairman" wins over "chairman"
        heads.sort(Comparator.comparingInt((String[] a) -> a.length).reversed());
        this.officeHeads = heads;
        this.orgHeads = orgHeads;
        this.publicationCues = publicationCues;
    }

    public static Lexicon defaults() {
        return new Lexicon(WordList.fromResource("org/biokg/extract/office-heads.txt"),
                WordList.fromResource("org/biokg/extract/org-heads.txt"),
                WordList.fromResource("org/biokg/extract/publication-cues.txt"),
                WordList.fromResource("org/biokg/extract/office-word-variants.txt"),
                WordList.fromResource("org/biokg/extract/event-heads.txt"),
                WordList.fromResource("org/biokg/extract/office-modifiers.txt"),
                WordList.fromResource("org/biokg/extract/citation-date-cues.txt"));
    }

    /** Office head entries as word sequences, longest first. */
    public List<String[]> officeHeads() {
        return officeHeads;
    }

    /** A normalised office label with each word variant replaced by its canonical word ("fleet" -> "navy"). */
    public String canonicalOfficeWords(String normalisedLabel) {
        StringBuilder sb = new StringBuilder();
        for (String w : normalisedLabel.split(" ")) {
            sb.append(sb.length() > 0 ? " " : "").append(officeWordVariants.getOrDefault(w, w));
        }
        return sb.toString();
    }

    /** A one-word office head of the lexicon ("president", "chairman"). */
    public boolean isOfficeHeadWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return officeHeads.stream().anyMatch(e -> e.length == 1 && e[0].equals(w));
    }

    /** The head word of an event ("revolution", "uprising", "strike"). */
    public boolean isEventHead(String word) {
        return eventHeads.contains(word);
    }

    /** Whether an office's name ends on an event ("Leader of the March Uprising"): a part played, not an office. */
    public boolean namesAnEvent(String officeLabel) {
        String[] words = officeLabel.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words.length > 2 && eventHeads.contains(words[words.length - 1]);
    }

    /** A lower-case word that ranks or qualifies a post and belongs to its title ("senior", "deputy", "acting"). */
    /** An office head written "Minister of Finance" that a lower-case portfolio noun may precede ("finance minister"). */
    public boolean isPortfolioHead(String word) {
        return portfolioHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A military rank ("General", "Admiral"): never an office, and never part of a body's name. */
    public boolean isMilitaryRank(String word) {
        return militaryRanks.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isOfficeModifier(String word) {
        return officeModifiers.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A word that puts a citation's date after it ("accessed 2007-07-29", "retrieved on"): not the story's time. */
    public boolean isCitationDateCue(String word) {
        return citationDateCues.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isOrgHead(String word) {
        return orgHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isPublicationCue(String word) {
        return publicationCues.contains(word.toLowerCase(Locale.ROOT));
    }
}
