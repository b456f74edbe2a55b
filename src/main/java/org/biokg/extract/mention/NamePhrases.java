package org.biokg.extract.mention;

import edu.stanford.nlp.ling.CoreLabel;
import org.biokg.extract.Lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Name phrases in a sentence's tokens: where one ends, its head word, which words count as capitalized. */
final class NamePhrases {
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and", "&", "'s", "'", "-", "de", "von", "van", "der", "du", "la");

    private final Lexicon lexicon;
    private final OfficeHeads officeHeads;

    NamePhrases(Lexicon lexicon, OfficeHeads officeHeads) {
        this.lexicon = lexicon;
        this.officeHeads = officeHeads;
    }

    /**
     * End of the name phrase starting at {@code b}: capitalized tokens joined by connectors ("of the",
     * "for", "'s", "on" after a body's head word, and — when {@code allowAnd} — "and"), ending on a capitalized
     * token.
     */
    int namePhraseEnd(List<CoreLabel> toks, int b, boolean allowAnd) {
        int n = toks.size();
        int lastCap = -1;
        int k = b;
        while (k < n) {
            CoreLabel t = toks.get(k);
            String w = lower(t);
            // a person's name right after an organization's ends it: "the Red Guard Ann Roe"
            if (lastCap >= 0 && "PERSON".equals(t.ner()) && !"PERSON".equals(toks.get(lastCap).ner())) {
                break;
            }
            if ("DATE".equals(t.ner()) && lastCap < 0) {
                break; // "the July Council meeting": a month is not part of the name
            }
            // "All-Russian", split by the tokenizer: a hyphen between capitalized words is inside the name
            if (w.equals("-") && lastCap == k - 1 && k + 1 < n && isCapitalized(toks.get(k + 1))) {
                k++;
                continue;
            }
            // "Folk-i-Vest", "Stratford-upon-Avon": short lower-case particles glued by hyphens between capitalized
            // words are inside the name ("Vest-led" is not: its chain ends lower-case)
            int glued = gluedParticlesEnd(toks, k);
            if (lastCap == k - 1 && glued > k) {
                k = glued;
                continue;
            }
            // "Minister of Trade and Industry and Chairman of the Council": a second title starts a second office
            if (w.equals("and") && k + 1 < n && officeHeads.officeHeadAt(toks, k + 1) > 0) {
                break;
            }
            // "elected to the Senate for the Green Party": a body "for" another body is two names, the second the
            // party its member stands for ("the Society for the Protection of Birds" is one)
            if (w.equals("for") && lastCap == k - 1 && lexicon.isOrgHead(toks.get(lastCap).word()) && forAnotherBody(toks, k + 1)) {
                break;
            }
            // "the 7th Artillery Battalion": an ordinal may open a name whose next word is capitalized
            boolean openingOrdinal = k == b && t.word().matches("\\d+(st|nd|rd|th)") && k + 1 < n && isCapitalized(toks.get(k + 1));
            if (isCapitalized(t) || openingOrdinal || (k > b && t.word().matches("[IVX]+|\\d+(st|nd|rd|th)?") && lastCap == k - 1)) {
                lastCap = k;
            } else if (w.equals("on") && lastCap == k - 1 && lexicon.isOrgHead(toks.get(lastCap).word()) && k + 1 < n
                    && isCapitalized(toks.get(k + 1)) && !"DATE".equals(toks.get(k + 1).ner())) {
                // "the Council on Foreign Relations", "the Institute on Drug Abuse": the body's field is in its name
                k++;
                continue;
            } else if (w.equals("and") && !allowAnd && lastCap == k - 1 && andInsideName(toks, b, k)) {
                k++;
                continue;
            } else if (CONNECTORS.contains(w) && lastCap >= 0 && (allowAnd || !w.equals("and"))
                    && !(w.equals("and") && (k + 1 >= n || !isCapitalized(toks.get(k + 1))))) {
                // a connector must be followed by more of the name
                if (k + 1 >= n) {
                    break;
                }
            } else {
                break;
            }
            k++;
        }
        return lastCap < 0 ? b : lastCap + 1;
    }

    /**
     * Whether the name phrase {@code [b, e)} only modifies the common noun after it and names no body: glued by a
     * hyphen to a lower-case word ("the Vest-led coalition") or an adjective before a noun that is no body's head
     * word ("the Ruritanian branch"; "the Ruritanian government" is a body).
     */
    boolean modifiesCommonNoun(List<CoreLabel> toks, int b, int e) {
        if (e <= b || e + 1 >= toks.size()) {
            return false;
        }
        CoreLabel next = toks.get(e);
        if (isGluedHyphen(next)) {
            return Character.isLowerCase(toks.get(e + 1).word().codePointAt(0));
        }
        boolean adjectives = toks.subList(b, e).stream().allMatch(t -> t.tag().startsWith("JJ"));
        return adjectives && next.tag().matches("NNS?") && !isCapitalized(next) && !lexicon.isOrgHead(next.word());
    }

    /**
     * Where a chain "-i-", "-upon-" at {@code k} ends: hyphens and particles of at most five lower-case letters, all
     * written without spaces, followed by a capitalized word; {@code k} when there is no such chain.
     */
    private static int gluedParticlesEnd(List<CoreLabel> toks, int k) {
        int i = k;
        while (i + 1 < toks.size() && isGluedHyphen(toks.get(i))) {
            CoreLabel next = toks.get(i + 1);
            if (isCapitalized(next)) {
                return i > k ? i + 1 : k;
            }
            if (!next.word().matches("\\p{Ll}{1,5}") || !next.after().isEmpty()) {
                return k;
            }
            i += 2;
        }
        return k;
    }

    /**
     * An "and" at {@code k} inside one name: the tagger read the name across it ("the Ministry of Trade and
     * Industry"), or, after an "of" in the name, one capitalized word the tagger left untagged ends it ("the Society
     * of Weavers and Dyers"). Not a second name ("the Academy of Arts and Oxfam": tagged on its
     * own) nor a second name of several words.
     */
    private static boolean andInsideName(List<CoreLabel> toks, int b, int k) {
        int n = toks.size();
        if (k + 1 >= n || !isCapitalized(toks.get(k + 1))) {
            return false;
        }
        if ("ORGANIZATION".equals(toks.get(k).ner()) && "ORGANIZATION".equals(toks.get(k - 1).ner())
                && "ORGANIZATION".equals(toks.get(k + 1).ner())) {
            return true;
        }
        boolean of = false;
        for (int i = b + 1; i < k; i++) {
            of |= lower(toks.get(i)).equals("of");
        }
        CoreLabel next = toks.get(k + 1);
        return of && "O".equals(next.ner()) && next.tag().startsWith("NNP") && (k + 2 >= n || !isCapitalized(toks.get(k + 2)));
    }

    /** The head of a name phrase: the last word before "of/for", else the last word. */
    static int phraseHead(List<CoreLabel> toks, int b, int e) {
        for (int k = b + 1; k < e; k++) {
            String w = lower(toks.get(k));
            if (w.equals("of") || w.equals("for")) {
                return k - 1;
            }
        }
        return e - 1;
    }

    /** A capitalized name from {@code b} (after "the") whose last word is a body's head word: "the Green Party". */
    private boolean forAnotherBody(List<CoreLabel> toks, int b) {
        int k = b < toks.size() && lower(toks.get(b)).equals("the") ? b + 1 : b;
        int e = k;
        while (e < toks.size() && isCapitalized(toks.get(e))) {
            e++;
        }
        return e > k && lexicon.isOrgHead(toks.get(e - 1).word()) && (e == toks.size() || !isCapitalized(toks.get(e))
                && !Set.of("of", "for", "and").contains(lower(toks.get(e))));
    }

    /** A hyphen written without spaces around it, inside one word: "Folk-i-Vest", "Vest-led". */
    private static boolean isGluedHyphen(CoreLabel t) {
        return t.word().equals("-") && t.before().isEmpty() && t.after().isEmpty();
    }

    /**
     * "his deputy", "its loyal commander", "Lund's then mayor": a possessive, perhaps with adjectives, before the
     * title at {@code i}.
     */
    static boolean possessed(List<CoreLabel> toks, int i) {
        int k = i - 1;
        while (k >= 0 && toks.get(k).tag().matches("JJ.*|RB")) {
            k--;
        }
        return k >= 0 && toks.get(k).tag().matches("PRP\\$|POS");
    }

    /** "Ann Roe's aide", "the Guild's treasurer": a proper name's "'s" before the title names whose it is. */
    static boolean afterNamedPossessor(List<CoreLabel> toks, int start) {
        return start >= 2 && toks.get(start - 1).word().equals("'s") && toks.get(start - 2).tag().startsWith("NNP");
    }

    /** Whether the word is an organization's head word ("Party", "League"). */
    boolean isBodyHead(CoreLabel t) {
        return lexicon.isOrgHead(t.word());
    }

    static boolean isCapitalized(CoreLabel t) {
        String w = t.word();
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
            return false;
        }
        String tag = t.tag();
        // "All-Russian": a capitalized determiner glued by a hyphen is part of the name
        return tag.startsWith("NNP") || tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("VBN")
                || (tag.equals("DT") || tag.equals("RB")) && t.after().isEmpty();
    }

    /**
     * A capitalized word that is capitalized only because it starts the sentence ("After", "During"); a
     * first word that a proper noun follows ("Young Liberals") starts a name.
     */
    static boolean isNameStartingSentence(List<CoreLabel> toks, int i) {
        if (i != 0 || toks.get(0).tag().startsWith("NNP")) {
            return false;
        }
        String tag = toks.get(0).tag();
        boolean nameLike = tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("VBN");
        return !(nameLike && toks.size() > 1 && toks.get(1).tag().startsWith("NNP"));
    }

    static String lower(CoreLabel t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
