package org.biokg.extract.mention;

import edu.stanford.nlp.ling.CoreLabel;
import org.biokg.extract.Lexicon;

import java.util.List;
import java.util.Locale;

/** Where an office head of the lexicon ("minister", "vice-chairman", "people's commissar") stands in a sentence. */
final class OfficeHeads {
    private final Lexicon lexicon;

    OfficeHeads(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Length in tokens of the office head entry starting at token {@code i}, or 0. */
    int officeHeadAt(List<CoreLabel> toks, int i) {
        int best = 0;
        for (String[] entry : lexicon.officeHeads()) {
            best = Math.max(best, matchEntry(toks, i, entry));
        }
        return best;
    }

    /** Matches a lexicon entry at {@code i}; the tokenizer may split "vice-chairman" or "people's". */
    private static int matchEntry(List<CoreLabel> toks, int i, String[] entry) {
        String want = String.join(" ", entry).replace("'s", " 's").replace("-", " - ");
        String[] parts = want.split("\\s+");
        // try the entry as tokenized with hyphens split, then unsplit
        int len = matchWords(toks, i, parts);
        if (len > 0) {
            return len;
        }
        String[] unsplit = String.join(" ", entry).replace("'s", " 's").split("\\s+");
        return matchWords(toks, i, unsplit);
    }

    private static int matchWords(List<CoreLabel> toks, int i, String[] words) {
        if (i + words.length > toks.size()) {
            return 0;
        }
        for (int k = 0; k < words.length; k++) {
            CoreLabel t = toks.get(i + k);
            String w = t.word().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            // the last word may be plural: "editors of the Review"
            boolean last = k == words.length - 1;
            String lemma = t.lemma() == null ? w : t.lemma().toLowerCase(Locale.ROOT);
            if (!w.equals(words[k]) && !(last && isPluralOf(t, lemma, w, words[k]))) {
                return 0;
            }
        }
        // a noun, not "head" as a verb or "chief" as an adjective before another noun phrase we do not know
        String tag = toks.get(i + words.length - 1).tag();
        return tag.startsWith("NN") || tag.equals("JJ") && words.length > 1 ? words.length : 0;
    }

    /** "editors" for "editor"; CoreNLP leaves capitalized plurals (NNPS "Secretaries") unlemmatized. */
    private static boolean isPluralOf(CoreLabel t, String lemma, String word, String singular) {
        if (t.tag().equals("NNS")) {
            return lemma.equals(singular);
        }
        return t.tag().equals("NNPS") && word.endsWith("s") && singularOfCapitalizedPlural(word).equals(singular);
    }

    /** "Secretaries" -> "Secretary", "Editors" -> "Editor". */
    static String singularOfCapitalizedPlural(String word) {
        return word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y" : word.substring(0, word.length() - 1);
    }
}
