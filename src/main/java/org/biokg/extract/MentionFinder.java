package org.biokg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.text.Labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the mentions of one sentence: CoreNLP's named entities, completed by capitalized phrases whose head
 * word names an organization ("Harbour Council", "Radical Union"), role phrases headed by an office noun
 * ("Minister for Home Affairs", "head of the Weavers League"), publications introduced by
 * a cue noun, and personal pronouns.
 */
public final class MentionFinder {
    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and", "'s", "'", "-", "de", "von", "van", "der", "du", "la");
    private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself",
            "they", "them", "their");
    private static final Set<String> OFFICE_LINKS = Set.of("of", "for", "at", "in", "to");
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z]{2,6}s?");
    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVXLCDM]+");

    private final Lexicon lexicon;

    public MentionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Mentions of sentence {@code s}, longest first where they nest (an office contains its body). */
    public List<Mention> find(AnnotatedDocument doc, int s) {
        List<CoreLabel> toks = doc.tokens(s);
        int n = toks.size();
        List<Mention> out = new ArrayList<>();
        boolean[] claimed = new boolean[n];

        // 1. Role phrases: an office head noun, optionally "of/for the <name phrase>".
        for (int i = 0; i < n; i++) {
            int headLen = officeHeadAt(toks, i);
            // "Deputy Premier", "deputy prime minister": a rank word that is a title of its own ranks the title after it
            if (headLen == 0 || lexicon.isOfficeModifier(toks.get(i).word()) && i + headLen < n
                    && isCapitalized(toks.get(i)) == isCapitalized(toks.get(i + headLen)) && officeHeadAt(toks, i + headLen) > 0) {
                continue;
            }
            int start = i;
            // capitalized modifiers before the head belong to the title ("Foreign Minister", "General Secretary"),
            // and so do rank words in lower case ("senior secretary", "deputy commissar"); before a lower-case head
            // a capitalized office or body word qualifies it ("Justice minister", "Danish ambassador") where before
            // a capitalized one it is a title or body of its own ("Treasurer Chairman", "Guild Treasurer")
            boolean lowerHead = !isCapitalized(toks.get(i));
            while (start > 0 && (isCapitalized(toks.get(start - 1)) && !"PERSON".equals(toks.get(start - 1).ner())
                    && !isNameStartingSentence(toks, start - 1)
                    && (lowerHead || officeHeadAt(toks, start - 1) == 0 && !lexicon.isOrgHead(toks.get(start - 1).word()))
                    || lexicon.isOfficeModifier(toks.get(start - 1).word())
                    && isCapitalized(toks.get(start - 1)) == isCapitalized(toks.get(i)))) {
                start--;
            }
            int headEnd = i + headLen;
            int end = headEnd;
            String label = null;
            // "the finance minister", "as public works minister": the portfolio before a lower-case head, the
            // title as written in full ("Minister of Finance")
            int portfolio = portfolioStart(toks, start, i, headLen);
            if (portfolio < start) {
                StringBuilder p = new StringBuilder();
                for (int k = portfolio; k < start; k++) {
                    p.append(' ').append(Labels.capitalizeFirst(toks.get(k).word()));
                }
                label = roleText(doc, s, toks, start, headEnd) + " of" + p;
                start = portfolio;
            }
            if (headEnd + 1 < n && OFFICE_LINKS.contains(lower(toks.get(headEnd)))) {
                int b = headEnd + 1;
                boolean article = b < n && lower(toks.get(b)).equals("the");
                if (article) {
                    b++;
                }
                // "chairman of the newly formed Council": lower-case modifiers before the name; adjectives
                // stay in the title ("master of the royal Mint"), adverbs and participles do not
                int modifiers = b;
                while (b < n && !isCapitalized(toks.get(b)) && toks.get(b).tag().matches("RB|JJ|VBN")) {
                    b++;
                }
                int keepFrom = b;
                while (keepFrom > modifiers && toks.get(keepFrom - 1).tag().equals("JJ")) {
                    keepFrom--;
                }
                int e = namePhraseEnd(toks, b, true);
                // "head of the Irish government": a capitalized modifier of a lower-case body word
                if (e > b && e < n && !isCapitalized(toks.get(e)) && lexicon.isOrgHead(toks.get(e).word())) {
                    e++;
                }
                if (e > b) {
                    e = bodyWithinEnd(toks, b, e);
                    end = e;
                    // "Minister of the Navy Admiral Ann Roe": the rank before the name is the holder's, not the body's
                    // (the mention keeps it: the parser hangs the name on it)
                    int labelEnd = e - 1 > keepFrom && e < n && lexicon.isMilitaryRank(toks.get(e - 1).word())
                            && "PERSON".equals(toks.get(e).ner()) ? e - 1 : e;
                    label = roleText(doc, s, toks, start, headEnd) + " " + lower(toks.get(headEnd)) + (article ? " the " : " ")
                            + doc.text(s, keepFrom, labelEnd);
                } else if (article) {
                    // "head of the electro-technical board": a body named in lower case, up to its head word
                    int bodyEnd = lowerCaseBodyEnd(toks, modifiers);
                    if (bodyEnd > modifiers) {
                        end = bodyEnd;
                        label = roleText(doc, s, toks, start, headEnd) + " " + lower(toks.get(headEnd)) + " the "
                                + doc.text(s, modifiers, bodyEnd);
                    }
                }
            }
            // "Chairman", "vice-chairman", "commander-in-chief": capitalized or compound titles stand alone
            boolean capitalizedHead = isCapitalized(toks.get(i)) || toks.get(i).word().contains("-") || headLen > 1;
            boolean hasBody = end > headEnd;
            // a bare lower-case noun ("the chairman") is a role only when it names its body or is capitalized
            if (!hasBody && !capitalizedHead && !"TITLE".equals(toks.get(i).ner())) {
                continue;
            }
            // "Green Party chairman": a body named before a lower-case title is the body it heads (a name of two words
            // or more: "Soviet ambassador" is an adjective's)
            if (label == null && !hasBody && start < i - 1 && !isCapitalized(toks.get(i)) && lexicon.isOrgHead(toks.get(i - 1).word())
                    && isCapitalized(toks.get(start))) {
                label = roleText(doc, s, toks, i, headEnd) + " of the " + doc.text(s, start, i);
            }
            out.add(new Mention(s, start, end, headEnd - 1, EntityType.OFFICE, Mention.Kind.ROLE,
                    label != null ? label : roleText(doc, s, toks, start, headEnd)));
            for (int k = start; k < headEnd; k++) {
                claimed[k] = true;
            }
            i = headEnd - 1;
        }

        shareBodiesAcrossCoordinatedRoles(toks, out);

        // 2. Capitalized phrases headed by an organization word.
        for (int i = 0; i < n; i++) {
            if (claimed[i] || !isCapitalized(toks.get(i)) || isNameStartingSentence(toks, i)) {
                continue;
            }
            int e = namePhraseEnd(toks, i, false);
            if (e <= i) {
                continue;
            }
            // "the Prussian government", "the Imperial army": a proper adjective before a lower-case organization noun
            if (e < n && phraseHead(toks, i, e) == e - 1 && toks.get(e).tag().startsWith("NN") && !isCapitalized(toks.get(e))
                    && lexicon.isOrgHead(toks.get(e).word()) && (e + 1 >= n || !toks.get(e + 1).tag().startsWith("NN"))) {
                e++;
            }
            // "South Africa's Conservative Party": the country that owns the body is not part of its name
            for (int k = i + 1; k + 2 < e; k++) {
                if (toks.get(k).word().equals("'s")) {
                    boolean place = true;
                    for (int p = i; p < k; p++) {
                        place &= PLACE_TAGS.contains(toks.get(p).ner());
                    }
                    if (place) {
                        i = k + 1;
                    }
                    break;
                }
            }
            int head = phraseHead(toks, i, e);
            // a name NER reads as a place from end to end ("Czech Republic", "United Kingdom") stays a place
            boolean allPlace = true;
            for (int k = i; k < e; k++) {
                allPlace &= PLACE_TAGS.contains(toks.get(k).ner());
            }
            if (lexicon.isOrgHead(toks.get(head).word()) && !"PERSON".equals(toks.get(head).ner()) && !allPlace) {
                out.add(new Mention(s, i, e, head, EntityType.ORGANIZATION, Mention.Kind.NAME, doc.text(s, i, e)));
                for (int k = i; k < e; k++) {
                    claimed[k] = true;
                }
                i = e - 1;
            }
        }

        // 3. Named entities from CoreNLP.
        int i = 0;
        while (i < n) {
            String cls = coarse(toks.get(i));
            if (cls == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && cls.equals(coarse(toks.get(j)))) {
                j++;
            }
            if (cls.equals("PERSON") && j < n && isRegnalNumber(toks, j)) {
                j++; // "Ferdinand I", "Carol II": the number is part of the name
            }
            // "King Gustav V", "Emperor Otto I" tagged as one person: the title read as a role, the name after it
            int from = i;
            while (cls.equals("PERSON") && from < j - 1 && claimed[from]) {
                from++;
            }
            if (from > i) {
                i = from;
            }
            boolean free = true;
            for (int k = i; k < j; k++) {
                free &= !claimed[k];
            }
            if (free) {
                Mention m = named(doc, s, toks, i, j, cls);
                if (m != null) {
                    out.add(m);
                    for (int k = i; k < j; k++) {
                        claimed[k] = true;
                    }
                }
            }
            i = j;
        }

        // 3b. Acronyms NER left untagged ("ILP", "NAACP") name organizations.
        for (int k = 0; k < n; k++) {
            String w = toks.get(k).word();
            if (!claimed[k] && ACRONYM.matcher(w).matches() && !ROMAN.matcher(w).matches() && toks.get(k).tag().startsWith("NN")) {
                out.add(new Mention(s, k, k + 1, k, EntityType.ORGANIZATION, Mention.Kind.NAME, w));
                claimed[k] = true;
            }
        }

        // 4. Publications introduced by a cue noun: "a newspaper called Vanguard", "the journal Nature".
        for (int k = 0; k + 1 < n; k++) {
            if (!lexicon.isPublicationCue(toks.get(k).word()) || !toks.get(k).tag().startsWith("NN")) {
                continue;
            }
            int b = k + 1;
            while (b < n && Set.of("called", "named", "titled", "entitled", ",", "\"", "``", "'").contains(lower(toks.get(b)))) {
                b++;
            }
            if (b < n && !claimed[b] && isCapitalized(toks.get(b))) {
                int e = namePhraseEnd(toks, b, false);
                if (e <= b) {
                    continue;
                }
                out.add(new Mention(s, b, e, e - 1, EntityType.PUBLICATION, Mention.Kind.NAME, doc.text(s, b, e)));
                for (int m = b; m < e; m++) {
                    claimed[m] = true;
                }
            }
        }

        // 4b. "the union", "the party": a body named before, by the head word of its name (resolved later, or dropped)
        for (int k = 1; k < n; k++) {
            CoreLabel t = toks.get(k);
            if (claimed[k] || !t.tag().equals("NN") || isCapitalized(t) || !lexicon.isOrgHead(t.word())
                    || !lower(toks.get(k - 1)).equals("the") || k + 1 < n && OFFICE_LINKS.contains(lower(toks.get(k + 1)))
                    || k + 1 < n && toks.get(k + 1).tag().startsWith("NN") || covered(out, k)) {
                continue;
            }
            out.add(new Mention(s, k, k + 1, k, EntityType.ORGANIZATION, Mention.Kind.DEFINITE, t.word()));
        }

        // 5. Personal pronouns.
        for (int k = 0; k < n; k++) {
            if (!claimed[k] && PRONOUNS.contains(lower(toks.get(k))) && toks.get(k).tag().startsWith("PRP")) {
                out.add(new Mention(s, k, k + 1, k, EntityType.PERSON, Mention.Kind.PRONOUN, toks.get(k).word()));
            }
        }
        out.sort(Mention.IN_TEXT_ORDER);
        return out;
    }

    private static boolean covered(List<Mention> mentions, int token) {
        return mentions.stream().anyMatch(m -> m.covers(token));
    }

    /** How many lower-case words a body named in lower case may have before its head word. */
    private static final int MAX_LOWER_CASE_BODY = 6;

    /**
     * End of a body named in lower case from {@code b}: adjectives, nouns and hyphens up to an organization head
     * word ("electro-technical board", "special transport commission"), and a field after it without an article
     * ("board of industry"); {@code b} when there is none.
     */
    private int lowerCaseBodyEnd(List<CoreLabel> toks, int b) {
        for (int k = b; k < toks.size() && k < b + MAX_LOWER_CASE_BODY; k++) {
            CoreLabel t = toks.get(k);
            if (isCapitalized(t) || !t.tag().matches("JJ|NN|VBN|HYPH|RB")) {
                return b;
            }
            if (t.tag().equals("NN") && lexicon.isOrgHead(t.word())) {
                // "the board of industry", "the commission of inquiry": a field named without an article
                int e = k + 1;
                if (e + 1 < toks.size() && lower(toks.get(e)).equals("of") && !isCapitalized(toks.get(e + 1))
                        && toks.get(e + 1).tag().matches("NNS?")) {
                    e += 2;
                }
                return e;
            }
        }
        return b;
    }

    /** The title words of a role, its head noun in the singular ("editors" reads "editor"). */
    private static String roleText(AnnotatedDocument doc, int s, List<CoreLabel> toks, int start, int headEnd) {
        CoreLabel head = toks.get(headEnd - 1);
        boolean nnps = head.tag().equals("NNPS") && head.word().endsWith("s");
        if (!(head.tag().equals("NNS") && head.lemma() != null) && !nnps) {
            return doc.text(s, start, headEnd);
        }
        String before = headEnd - 1 > start ? doc.text(s, start, headEnd - 1) + " " : "";
        String w = head.word();
        String lemma = !nnps ? head.lemma() : singularOfCapitalizedPlural(w);
        if (Character.isUpperCase(head.word().charAt(0))) {
            lemma = Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1);
        }
        return before + lemma;
    }

    /**
     * "editor and publisher of the Clarion", "chairman and chief executive of the Board": a role named without its
     * body, joined by "and" to one that names it, holds the same body.
     */
    private static void shareBodiesAcrossCoordinatedRoles(List<CoreLabel> toks, List<Mention> roles) {
        for (int r = roles.size() - 2; r >= 0; r--) {
            Mention a = roles.get(r);
            Mention b = roles.get(r + 1);
            if (a.end() - 1 != a.head() || b.begin() != a.end() + 1 || !toks.get(a.end()).word().equalsIgnoreCase("and")) {
                continue;
            }
            if (b.end() - 1 == b.head()) {
                continue;
            }
            // the body begins at the first link word of the later role ("chief executive of the Board")
            int first = -1;
            for (String link : OFFICE_LINKS) {
                int at = b.text().indexOf(" " + link + " ");
                if (at > 0 && (first < 0 || at < first)) {
                    first = at;
                }
            }
            if (first > 0) {
                roles.set(r, new Mention(a.sentence(), a.begin(), a.end(), a.head(), a.type(), a.kind(),
                        a.text() + b.text().substring(first)));
            }
        }
    }

    /**
     * Where the lower-case portfolio nouns before a one-word portfolio head begin ("public works minister"), or
     * {@code start} when there are none. Adjectives are left out: "the former finance minister".
     */
    private int portfolioStart(List<CoreLabel> toks, int start, int head, int headLen) {
        if (headLen != 1 || start != head || isCapitalized(toks.get(head)) || !lexicon.isPortfolioHead(toks.get(head).word())) {
            return start;
        }
        int k = start;
        while (k > 0 && toks.get(k - 1).tag().matches("NNS?") && !isCapitalized(toks.get(k - 1))
                && !lexicon.isOfficeModifier(toks.get(k - 1).word()) && officeHeadAt(toks, k - 1) == 0) {
            k--;
        }
        return k;
    }

    /** Length in tokens of the office head entry starting at token {@code i}, or 0. */
    private int officeHeadAt(List<CoreLabel> toks, int i) {
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
    /**
     * A Roman numeral after a person's name ("Carol II", "Louis XIV"); a lone "I" only where it cannot be the
     * pronoun (not before a verb).
     */
    private static boolean isRegnalNumber(List<CoreLabel> toks, int k) {
        String w = toks.get(k).word();
        if (!w.matches("[IVX]{1,5}") || !"O".equals(toks.get(k).ner()) && !"PERSON".equals(toks.get(k).ner())) {
            return false;
        }
        return !w.equals("I") || k + 1 >= toks.size() || !toks.get(k + 1).tag().matches("VB.*|MD");
    }

    private static String singularOfCapitalizedPlural(String word) {
        return word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y" : word.substring(0, word.length() - 1);
    }

    /**
     * End of the name phrase starting at {@code b}: capitalized tokens joined by connectors ("of the",
     * "for", "'s", "on" after a body's head word, and — when {@code allowAnd} — "and"), ending on a capitalized
     * token.
     */
    private int namePhraseEnd(List<CoreLabel> toks, int b, boolean allowAnd) {
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
            // "Minister of Trade and Industry and Chairman of the Council": a second title starts a second office
            if (w.equals("and") && k + 1 < n && officeHeadAt(toks, k + 1) > 0) {
                break;
            }
            // "elected to the Senate for the Green Party": a body "for" another body is two names, the second the
            // party its member stands for ("the Society for the Protection of Birds" is one)
            if (w.equals("for") && lastCap == k - 1 && lexicon.isOrgHead(toks.get(lastCap).word()) && forAnotherBody(toks, k + 1)) {
                break;
            }
            if (isCapitalized(t) || (k > b && t.word().matches("[IVX]+|\\d+(st|nd|rd|th)?") && lastCap == k - 1)) {
                lastCap = k;
            } else if (w.equals("on") && lastCap == k - 1 && lexicon.isOrgHead(toks.get(lastCap).word()) && k + 1 < n
                    && isCapitalized(toks.get(k + 1)) && !"DATE".equals(toks.get(k + 1).ner())) {
                // "the Council on Foreign Relations", "the Institute on Drug Abuse": the body's field is in its name
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
     * Where a role's body ends when "in" names the part of it the post is in: a chamber ("Leader of the Government
     * in the Senate") or a party's branch in a region ("Secretary of the Green Party in Lund"); a date or any other
     * place ("director of the Museum in Lund") stays outside.
     */
    private int bodyWithinEnd(List<CoreLabel> toks, int b, int e) {
        int n = toks.size();
        if (e + 1 >= n || !lower(toks.get(e)).equals("in")) {
            return e;
        }
        int w = e + 1;
        boolean article = lower(toks.get(w)).equals("the");
        if (article) {
            w++;
        }
        int we = w < n && isCapitalized(toks.get(w)) ? namePhraseEnd(toks, w, false) : w;
        if (we <= w || "DATE".equals(toks.get(w).ner())) {
            return e;
        }
        String last = toks.get(we - 1).word();
        boolean chamber = article && (lexicon.isOrgHead(last) || "ORGANIZATION".equals(toks.get(we - 1).ner()));
        boolean branch = !article && lower(toks.get(e - 1)).equals("party") && PLACE_TAGS.contains(toks.get(we - 1).ner());
        return chamber || branch ? we : e;
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

    /** The head of a name phrase: the last word before "of/for", else the last word. */
    private static int phraseHead(List<CoreLabel> toks, int b, int e) {
        for (int k = b + 1; k < e; k++) {
            String w = lower(toks.get(k));
            if (w.equals("of") || w.equals("for")) {
                return k - 1;
            }
        }
        return e - 1;
    }

    private Mention named(AnnotatedDocument doc, int s, List<CoreLabel> toks, int i, int j, String cls) {
        String text = doc.text(s, i, j);
        return switch (cls) {
            case "PERSON" -> new Mention(s, i, j, j - 1, EntityType.PERSON, Mention.Kind.NAME, text);
            case "PLACE" -> new Mention(s, i, j, j - 1, EntityType.PLACE, Mention.Kind.NAME, text);
            // a lower-case "organization" ("the congress") is a common noun, not a name
            case "ORGANIZATION" -> Character.isUpperCase(text.codePointAt(0))
                    ? new Mention(s, i, j, phraseHead(toks, i, j), EntityType.ORGANIZATION, Mention.Kind.NAME, text) : null;
            // MISC: plural proper nouns name groups ("the Greens"); adjectives ("Green") do not
            case "MISC" -> toks.get(j - 1).tag().equals("NNPS")
                    ? new Mention(s, i, j, j - 1, EntityType.ORGANIZATION, Mention.Kind.NAME, text) : null;
            default -> null;
        };
    }

    private static String coarse(CoreLabel t) {
        String ner = t.ner();
        if (ner == null) {
            return null;
        }
        if (PLACE_TAGS.contains(ner)) {
            return "PLACE";
        }
        return switch (ner) {
            case "PERSON", "ORGANIZATION", "MISC" -> ner;
            default -> null;
        };
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
    private static boolean isNameStartingSentence(List<CoreLabel> toks, int i) {
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

    /** Dates of sentence {@code s}: SUTime's DATE values, year possibly missing (XXXX) until completed. */
    public List<DateMention> dates(AnnotatedDocument doc, int s) {
        List<CoreLabel> toks = doc.tokens(s);
        List<DateMention> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            CoreLabel t = toks.get(i);
            String value = t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            if (!"DATE".equals(t.ner()) || value == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && "DATE".equals(toks.get(j).ner())
                    && value.equals(toks.get(j).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))) {
                j++;
            }
            DateValues.Parsed p = DateValues.parse(value).orElse(null);
            if (p != null) {
                out.add(new DateMention(s, i, j, p.start(), value, p.end()));
            } else if (value.startsWith("OFFSET")) {
                out.add(new DateMention(s, i, j, null, value, null)); // "ten years later": no value of its own
            }
            i = j;
        }
        return ranges(toks, out);
    }

    private static final Set<String> RANGE_OPENERS = Set.of("from", "between");
    private static final Set<String> RANGE_JOINERS = Set.of("to", "until", "till", "through", "and", "-", "\u2013");

    /** "from May 3, 1917 to June 1, 1918" (two dates for SUTime): one date with a range end. */
    private static List<DateMention> ranges(List<CoreLabel> toks, List<DateMention> dates) {
        List<DateMention> out = new ArrayList<>();
        for (int k = 0; k < dates.size(); k++) {
            DateMention a = dates.get(k);
            if (k + 1 < dates.size() && a.value() != null && a.rangeEnd() == null && a.begin() > 0
                    && RANGE_OPENERS.contains(lower(toks.get(a.begin() - 1)))) {
                DateMention b = dates.get(k + 1);
                if (b.begin() == a.end() + 1 && b.value() != null && RANGE_JOINERS.contains(lower(toks.get(a.end())))
                        && !(lower(toks.get(a.end())).equals("and") && !lower(toks.get(a.begin() - 1)).equals("between"))) {
                    out.add(new DateMention(a.sentence(), a.begin(), b.end(), a.value(), a.timex(), b.value()));
                    k++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }
}
