package org.biokg.extract.mention;

import edu.stanford.nlp.ling.CoreLabel;
import org.biokg.extract.EntityType;
import org.biokg.extract.Mention;
import org.biokg.nlp.AnnotatedDocument;

import java.util.List;
import java.util.Set;

import static org.biokg.extract.mention.NamePhrases.isCapitalized;
import static org.biokg.extract.mention.NamePhrases.lower;

/**
 * A legislator's seat is a post of its own: "Member of Parliament (MP) for Dover", "Member of the Landsting for the
 * Vest constituency", "MP for Dover" name an office held, where "a member of the Landsting" alone is a membership.
 * The label is the title with the constituency: "Member of Parliament for Dover", "MP for Dover".
 */
final class SeatTitles {
    /** Acronyms of a seat ("MP", "MEP", "MLA"); "for" and a place after them make a title. */
    private static final Set<String> SEAT_ACRONYMS = Set.of("MP", "MEP", "MLA", "MPP", "MSP", "MHA", "MNA", "MHR", "TD");
    /** Words after the constituency's name that say what it is, left out of the label. */
    private static final Set<String> CONSTITUENCY_WORDS = Set.of("constituency", "riding", "division", "seat", "electorate", "district");

    private final NamePhrases names;

    SeatTitles(NamePhrases names) {
        this.names = names;
    }

    /** Adds the seat titles of sentence {@code s} to {@code out} and claims their title words. */
    void find(AnnotatedDocument doc, int s, List<CoreLabel> toks, List<Mention> out, boolean[] claimed) {
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            String w = toks.get(i).word();
            int forAt = -1;
            String title = null;
            int body = -1;
            int bodyEnd = -1;
            if (SEAT_ACRONYMS.contains(w)) {
                forAt = i + 1;
                title = w;
            } else if (w.equals("Member") && i + 2 < n && lower(toks.get(i + 1)).equals("of")) {
                int b = i + 2;
                boolean article = lower(toks.get(b)).equals("the");
                int e = names.namePhraseEnd(toks, article ? b + 1 : b, false);
                for (int k = b + 1; k < e; k++) {
                    if (lower(toks.get(k)).equals("for")) {
                        e = k; // the name phrase ran on into the constituency: "Parliament for Dover"
                        break;
                    }
                }
                if (e > (article ? b + 1 : b)) {
                    body = article ? b + 1 : b;
                    bodyEnd = e;
                    title = "Member of " + (article ? "the " : "") + doc.text(s, body, e);
                    forAt = afterAcronym(toks, e);
                }
            }
            if (title != null) {
                partyBefore(doc, s, toks, i, out, claimed);
            }
            if (title == null || forAt + 1 >= n || !lower(toks.get(forAt)).equals("for")) {
                continue;
            }
            int p = forAt + 1 < n && lower(toks.get(forAt + 1)).equals("the") ? forAt + 2 : forAt + 1;
            int pe = p < n && isCapitalized(toks.get(p)) ? names.namePhraseEnd(toks, p, false) : p;
            // "elected Member of the Landsting for the Green Party": a party after "for" is no constituency
            if (pe == p || "ORGANIZATION".equals(toks.get(pe - 1).ner()) || names.isBodyHead(toks.get(pe - 1))) {
                continue;
            }
            int end = pe < n && CONSTITUENCY_WORDS.contains(lower(toks.get(pe))) ? pe + 1 : pe;
            out.add(new Mention(s, i, end, i, EntityType.OFFICE, Mention.Kind.ROLE, title + " for " + doc.text(s, p, pe)));
            claimed[i] = true;
            claimed[forAt] = true;
            if (body >= 0) {
                // the body stays a name of its own, without the constituency ("Parliament", not "Parliament for Dover")
                out.add(new Mention(s, body, bodyEnd, bodyEnd - 1, EntityType.ORGANIZATION, Mention.Kind.NAME, doc.text(s, body, bodyEnd)));
                for (int k = body; k < bodyEnd; k++) {
                    claimed[k] = true;
                }
            }
            i = forAt;
        }
    }

    /**
     * "Green Party Member of Parliament", "a Green Party MP": the party named right before a seat's title is a name of
     * its own (NER reads it into one organization with the title).
     */
    private void partyBefore(AnnotatedDocument doc, int s, List<CoreLabel> toks, int title, List<Mention> out, boolean[] claimed) {
        int k = title;
        while (k > 0 && !claimed[k - 1] && toks.get(k - 1).tag().startsWith("NNP") && isCapitalized(toks.get(k - 1))) {
            k--;
        }
        if (k < title - 1 && names.isBodyHead(toks.get(title - 1))) {
            out.add(new Mention(s, k, title, title - 1, EntityType.ORGANIZATION, Mention.Kind.NAME, doc.text(s, k, title)));
            for (int t = k; t < title; t++) {
                claimed[t] = true;
            }
        }
    }

    /** The token after "(MP)" or "(MEP)" following a title, or {@code e} when there is none. */
    private static int afterAcronym(List<CoreLabel> toks, int e) {
        boolean inParentheses = e + 2 < toks.size() && toks.get(e).word().matches("\\(|-LRB-")
                && SEAT_ACRONYMS.contains(toks.get(e + 1).word()) && toks.get(e + 2).word().matches("\\)|-RRB-");
        return inParentheses ? e + 3 : e;
    }
}
