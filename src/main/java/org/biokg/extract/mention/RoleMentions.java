package org.biokg.extract.mention;

import edu.stanford.nlp.ling.CoreLabel;
import org.biokg.extract.EntityType;
import org.biokg.extract.Lexicon;
import org.biokg.extract.Mention;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.text.Labels;

import java.util.List;
import java.util.Set;

import static org.biokg.extract.mention.NamePhrases.isCapitalized;
import static org.biokg.extract.mention.NamePhrases.isNameStartingSentence;
import static org.biokg.extract.mention.NamePhrases.lower;
import static org.biokg.extract.mention.MentionFinder.PLACE_TAGS;

/**
 * Role phrases: an office head noun with the title words around it and the body it is of ("Minister for Home
 * Affairs", "head of the Weavers League", "the finance minister"), the first mentions of a sentence.
 */
final class RoleMentions {
    static final Set<String> OFFICE_LINKS = Set.of("of", "for", "at", "in", "to");
    /** How many lower-case words a body named in lower case may have before its head word. */
    private static final int MAX_LOWER_CASE_BODY = 6;

    private final Lexicon lexicon;
    private final OfficeHeads officeHeads;
    private final NamePhrases names;
    private final BodiesBeforeTitles bodiesBefore;
    private final SeatTitles seats;

    RoleMentions(Lexicon lexicon, OfficeHeads officeHeads, NamePhrases names) {
        this.lexicon = lexicon;
        this.bodiesBefore = new BodiesBeforeTitles(lexicon);
        this.officeHeads = officeHeads;
        this.names = names;
        this.seats = new SeatTitles(names);
    }

    private static boolean isBodyNameTail(List<CoreLabel> toks, int i, int headLen) {
        String tag = toks.get(i + headLen - 1).tag();
        return i >= 2 && tag.matches("NNP?S") && isCapitalized(toks.get(i + headLen - 1)) && lower(toks.get(i - 1)).equals("of")
                && isCapitalized(toks.get(i - 2));
    }

    /** Adds the role phrases of sentence {@code s} to {@code out} and claims their title words. */
    void find(AnnotatedDocument doc, int s, List<CoreLabel> toks, List<Mention> out, boolean[] claimed) {
        int n = toks.size();
        seats.find(doc, s, toks, out, claimed);
        // role phrases: an office head noun, optionally "of/for the <name phrase>".
        for (int i = 0; i < n; i++) {
            int headLen = claimed[i] ? 0 : officeHeads.officeHeadAt(toks, i);
            // "Deputy Premier", "deputy prime minister": a rank word that is a title of its own ranks the title after it
            // (at a sentence's start, whatever the case: "Deputy attorney general Rod Roe denied it")
            if (headLen == 0 || lexicon.isOfficeModifier(toks.get(i).word()) && i + headLen < n
                    && (i == 0 || isCapitalized(toks.get(i)) == isCapitalized(toks.get(i + headLen))) && officeHeads.officeHeadAt(toks, i + headLen) > 0) {
                continue;
            }
            // "House of Representatives", "Chamber of Deputies", "Board of Directors": a capitalized plural after
            // "of" and a capitalized word names a body, not a role
            if (isBodyNameTail(toks, i, headLen)) {
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
                    && (lowerHead || officeHeads.officeHeadAt(toks, start - 1) == 0 && !lexicon.isOrgHead(toks.get(start - 1).word()))
                    || lexicon.isOfficeModifier(toks.get(start - 1).word())
                    && isCapitalized(toks.get(start - 1)) == isCapitalized(toks.get(i)))) {
                start--;
            }
            // "the Farmers' League leader": a plural's possessive inside the body's name before a lower-case head
            if (lowerHead && start >= 2 && start < i && toks.get(start - 1).word().equals("'") && isCapitalized(toks.get(start - 2))) {
                start -= 2;
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
                int e = names.namePhraseEnd(toks, b, true);
                e = names.modifiesCommonNoun(toks, b, e) ? b : e;
                // "head of the Irish government": a capitalized modifier of a lower-case body word
                if (e > b && e < n && !isCapitalized(toks.get(e)) && lexicon.isOrgHead(toks.get(e).word())) {
                    e++;
                }
                if (e > b) {
                    e = bodyWithinEnd(toks, e);
                    end = e;
                    // "Minister of the Navy Admiral Ann Roe": the rank before the name is the holder's, not the body's
                    // (the mention keeps it: the parser hangs the name on it)
                    int labelEnd = e - 1 > keepFrom && e < n && lexicon.isMilitaryRank(toks.get(e - 1).word())
                            && "PERSON".equals(toks.get(e).ner()) ? e - 1 : e;
                    label = roleText(doc, s, toks, start, headEnd) + " " + lower(toks.get(headEnd)) + (article ? " the " : " ")
                            + doc.text(s, keepFrom, labelEnd);
                } else if (!article && lower(toks.get(headEnd)).equals("of") && fieldEnd(toks, modifiers) > modifiers) {
                    // "minister of finance", "inspector of public schools", "head of state": a field in lower case
                    // without an article belongs to the title
                    end = fieldEnd(toks, modifiers);
                    label = roleText(doc, s, toks, start, headEnd) + " of " + doc.text(s, modifiers, end);
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
            int body = label == null && !hasBody ? bodiesBefore.start(toks, start, i) : -1;
            boolean bodyBefore = body >= 0;
            // a bare lower-case noun ("the chairman") is a role only when it names its body or is capitalized, and
            // not right before a name, where it tells an occupation ("the film director Ann Roe", "the judge Bob Lee")
            boolean bare = !hasBody && !bodyBefore && !capitalizedHead;
            if (bare && (!"TITLE".equals(toks.get(i).ner()) && !NamePhrases.afterNamedPossessor(toks, start)
                    || label == null && start == i && headEnd < n && "PERSON".equals(toks.get(headEnd).ner()) && !NamePhrases.possessed(toks, i))) {
                continue;
            }
            if (bodyBefore) {
                label = roleText(doc, s, toks, i, headEnd) + " of the " + doc.text(s, body, i);
            }
            out.add(new Mention(s, start, end, headEnd - 1, EntityType.OFFICE, Mention.Kind.ROLE,
                    label != null ? label : roleText(doc, s, toks, start, headEnd)));
            for (int k = bodyBefore ? i : start; k < headEnd; k++) {
                claimed[k] = true; // the body before stays a name of its own
            }
            i = headEnd - 1;
        }

        shareBodiesAcrossCoordinatedRoles(toks, out);
    }

    /**
     * End of a body named in lower case from {@code b}: adjectives, nouns and hyphens up to an organization head
     * word ("electro-technical board", "special transport commission"), and a field after it without an article
     * ("board of industry"); {@code b} when there is none.
     */
    private int lowerCaseBodyEnd(List<CoreLabel> toks, int b) {
        for (int k = b; k < toks.size() && k < b + MAX_LOWER_CASE_BODY; k++) {
            CoreLabel t = toks.get(k);
            // "the dockers' union": a plural noun's possessive inside the body's name; "the moderate-socialist
            // Trudovik faction": a capitalized modifier before the lower-case head word
            if (!t.tag().matches("JJ|NN|VBN|HYPH|RB|NNS|POS") && !(isCapitalized(t) && t.tag().matches("NNPS?|JJ"))) {
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

    /**
     * End of a field named in lower case from {@code b} ("finance", "public schools", "state"): adjectives and nouns,
     * the last a noun, at most three words; {@code b} when there is none.
     */
    private static int fieldEnd(List<CoreLabel> toks, int b) {
        int end = b;
        for (int k = b; k < toks.size() && k < b + 3; k++) {
            CoreLabel t = toks.get(k);
            if (isCapitalized(t) || !t.tag().matches("JJ|NNS?")) {
                break;
            }
            if (t.tag().startsWith("NN")) {
                end = k + 1;
            }
        }
        return end;
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
        String lemma = !nnps ? head.lemma() : OfficeHeads.singularOfCapitalizedPlural(w);
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
                && !lexicon.isOfficeModifier(toks.get(k - 1).word()) && officeHeads.officeHeadAt(toks, k - 1) == 0) {
            k--;
        }
        return k;
    }

    /**
     * Where a role's body ends when "in" names the part of it the post is in: a chamber ("Leader of the Government
     * in the Senate") or a party's branch in a region ("Secretary of the Green Party in Lund"); a date or any other
     * place ("director of the Museum in Lund") stays outside.
     */
    private int bodyWithinEnd(List<CoreLabel> toks, int e) {
        int n = toks.size();
        if (e + 1 >= n || !lower(toks.get(e)).equals("in")) {
            return e;
        }
        int w = e + 1;
        boolean article = lower(toks.get(w)).equals("the");
        if (article) {
            w++;
        }
        int we = w < n && isCapitalized(toks.get(w)) ? names.namePhraseEnd(toks, w, false) : w;
        if (we <= w || "DATE".equals(toks.get(w).ner())) {
            return e;
        }
        String last = toks.get(we - 1).word();
        boolean chamber = article && (lexicon.isOrgHead(last) || "ORGANIZATION".equals(toks.get(we - 1).ner()));
        boolean branch = !article && lower(toks.get(e - 1)).equals("party") && PLACE_TAGS.contains(toks.get(we - 1).ner());
        return chamber || branch ? we : e;
    }
}
