package org.biokg.extract.mention;

import org.biokg.extract.ExtractionState;
import org.biokg.extract.Holding;
import org.biokg.extract.ExtractionStep;

import org.biokg.extract.EntityType;
import org.biokg.extract.Lexicon;
import org.biokg.extract.Mention;

import edu.stanford.nlp.ling.CoreLabel;
import org.biokg.nlp.AnnotatedDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.biokg.extract.mention.NamePhrases.isCapitalized;
import static org.biokg.extract.mention.NamePhrases.isNameStartingSentence;
import static org.biokg.extract.mention.NamePhrases.lower;
import static org.biokg.extract.mention.NamePhrases.phraseHead;

/**
 * Finds the mentions of one sentence: CoreNLP's named entities, completed by capitalized phrases whose head
 * word names an organization ("Harbour Council", "Radical Union"), role phrases headed by an office noun
 * ("Minister for Home Affairs", "head of the Weavers League"), publications introduced by
 * a cue noun, and personal pronouns.
 */
public final class MentionFinder implements ExtractionStep {
    static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
    private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself",
            "they", "them", "their");
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z]{2,6}s?");
    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVXLCDM]+");

    private final Lexicon lexicon;
    private final NamePhrases names;
    private final RoleMentions roles;

    public MentionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        OfficeHeads officeHeads = new OfficeHeads(lexicon);
        this.names = new NamePhrases(lexicon, officeHeads);
        this.roles = new RoleMentions(lexicon, officeHeads, names);
    }

    @Override
    public String id() {
        return "find-mentions";
    }

    @Override
    public Set<Holding> needs() {
        return Set.of();
    }

    @Override
    public Set<Holding> provides() {
        return Set.of(Holding.MENTIONS);
    }

    @Override
    public void apply(ExtractionState state) {
        List<List<Mention>> mentions = new ArrayList<>(state.sentenceCount());
        for (int s = 0; s < state.sentenceCount(); s++) {
            mentions.add(find(state.doc(), s));
        }
        state.setMentions(mentions);
    }

    /**
     * "Assembly" in "the House of Assembly", which NER tags whole as one organization: the words after its "of" are
     * no body of their own (the whole name is step 3's).
     */
    private boolean afterOfInOneName(List<CoreLabel> toks, int i) {
        if (i < 2 || !toks.get(i - 1).word().equals("of") || !"ORGANIZATION".equals(toks.get(i - 1).ner())
                || !"ORGANIZATION".equals(toks.get(i).ner()) || !"ORGANIZATION".equals(toks.get(i - 2).ner())
                || !isCapitalized(toks.get(i - 2))) {
            return false;
        }
        // "Conservative Party Member of Parliament": a body named before the "of" is its own, and so is the one after
        for (int k = i - 2; k >= 0 && "ORGANIZATION".equals(toks.get(k).ner()); k--) {
            if (lexicon.isOrgHead(toks.get(k).word())) {
                return false;
            }
        }
        return true;
    }

    /** "the 7th Artillery Battalion", "the 2nd Army": an ordinal after "the" opening a capitalized name. */
    private static boolean isOrdinalBeforeName(List<CoreLabel> toks, int i) {
        return i >= 1 && i + 1 < toks.size() && toks.get(i - 1).word().equalsIgnoreCase("the")
                && toks.get(i).word().matches("\\d+(st|nd|rd|th)") && isCapitalized(toks.get(i + 1));
    }

    /** Mentions of sentence {@code s}, longest first where they nest (an office contains its body). */
    public List<Mention> find(AnnotatedDocument doc, int s) {
        List<CoreLabel> toks = doc.tokens(s);
        int n = toks.size();
        List<Mention> out = new ArrayList<>();
        boolean[] claimed = new boolean[n];

        // 1. Role phrases: an office head noun, optionally "of/for the <name phrase>" (see RoleMentions).
        roles.find(doc, s, toks, out, claimed);

        // 2. Capitalized phrases headed by an organization word.
        for (int i = 0; i < n; i++) {
            if (claimed[i] || !isCapitalized(toks.get(i)) && !isOrdinalBeforeName(toks, i) || isNameStartingSentence(toks, i)
                    || afterOfInOneName(toks, i)) {
                continue;
            }
            int e = names.namePhraseEnd(toks, i, false);
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
            Mention nicknamed = cls.equals("PERSON") ? QuotedNicknames.around(doc, s, toks, i, j) : null; // "Ann "Nan" Roe"
            j = nicknamed != null ? nicknamed.end() : j;
            boolean free = true;
            for (int k = i; k < j; k++) {
                free &= !claimed[k];
            }
            if (free) {
                Mention m = nicknamed != null ? nicknamed : named(doc, s, toks, i, j, cls);
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
                int e = names.namePhraseEnd(toks, b, false);
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
                    || !lower(toks.get(k - 1)).equals("the") || k + 1 < n && RoleMentions.OFFICE_LINKS.contains(lower(toks.get(k + 1)))
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
            // "moved to Lund and died there": an adverb "there" stands for a place named before (not the "there" of
            // "there was"); resolved to it like a definite description
            if (!claimed[k] && lower(toks.get(k)).equals("there") && toks.get(k).tag().equals("RB")) {
                out.add(new Mention(s, k, k + 1, k, EntityType.PLACE, Mention.Kind.DEFINITE, toks.get(k).word()));
            }
            // "She married Bob in 1950. The couple had two sons": "the couple" stands for the two, as "they" does
            if (!claimed[k] && k > 0 && lower(toks.get(k)).equals("couple") && toks.get(k).tag().equals("NN")
                    && lower(toks.get(k - 1)).equals("the")) {
                out.add(new Mention(s, k, k + 1, k, EntityType.PERSON, Mention.Kind.PRONOUN, toks.get(k).word()));
            }
        }
        out.sort(Mention.IN_TEXT_ORDER);
        return out;
    }

    private static boolean covered(List<Mention> mentions, int token) {
        return mentions.stream().anyMatch(m -> m.covers(token));
    }

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

    private Mention named(AnnotatedDocument doc, int s, List<CoreLabel> toks, int i, int j, String cls) {
        String text = doc.text(s, i, j);
        return switch (cls) {
            case "PERSON" -> new Mention(s, i, j, j - 1, EntityType.PERSON, Mention.Kind.NAME, text);
            case "PLACE" -> new Mention(s, i, j, j - 1, EntityType.PLACE, Mention.Kind.NAME, text);
            // a lower-case "organization" ("the congress") is a common noun, not a name; "the 7th Army" is one
            case "ORGANIZATION" -> Character.isUpperCase(text.codePointAt(0)) || isOrdinalBeforeName(toks, i)
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
            // "the Social Democrats": the gazetteer calls "Democrats" an ideology; as a plural proper noun it names a
            // group, like MISC's "the Greens" ("communist" alone is an adjective and names none)
            case "IDEOLOGY" -> "MISC";
            default -> null;
        };
    }

}
