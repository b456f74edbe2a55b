package org.biokg.extract.resolve;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityRegistry;
import org.biokg.extract.EntityType;
import org.biokg.extract.Mention;

import org.biokg.text.Labels;
import org.biokg.text.WordList;
import edu.stanford.nlp.ling.CoreLabel;
import org.biokg.nlp.AnnotatedDocument;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The label of the office a role mention names, completed by the body the sentence ties the role to. */
final class OfficeLabels {
    /** How many tokens may separate a bare title ("Chairman") from the body named beside it. */
    private static final int MAX_BODY_GAP = 10;
    /** How many sentences back a body named in lower case ("the party") may have been named. */
    private static final int NAMED_BODY_WINDOW = 3;
    /** "Secretary of the party", "Chair of the dockers' union": a title, then a body in lower case after "the". */
    private static final Pattern LOWER_CASE_BODY = Pattern.compile("^(.+? (?:of|for) )the ([a-z][a-z' -]*)$");
    /** Roles held in one person's service, named "to" that person ("Aide to Ann Roe"). */
    private static final WordList PERSONAL_ROLES = WordList.fromResource("org/biokg/extract/personal-roles.txt");

    private OfficeLabels() {
    }

    /**
     * An office's label. A role that names its body is its own label ("head of the Weavers League");
     * a bare title ("elected Chairman") takes the organization the sentence names, or, after "its", the
     * organization last named.
     */
    static String of(AnnotatedDocument doc, Mention role, List<Mention> sentenceMentions, Entity lastOrg,
                     Map<Mention, Entity> resolved) {
        String text = role.text();
        List<CoreLabel> toks = doc.tokens(role.sentence());
        if (role.end() - 1 == role.head()) {
            // "the Council's senior secretary", "the league's secretary" (the league named before): the body is the
            // possessor; "the Council General Secretary": the body named right before the title
            String owner = possessiveBody(toks, role, sentenceMentions, resolved);
            if (owner == null) {
                owner = sentenceMentions.stream().filter(m -> m.end() == role.begin() && m.kind() == Mention.Kind.NAME
                        && m.type() == EntityType.ORGANIZATION).findFirst().map(m -> "the " + Labels.stripArticle(m.text())).orElse(null);
            }
            if (owner != null) {
                return text + " of " + owner;
            }
            String served = possessivePersonOrPlace(toks, role, sentenceMentions, resolved);
            if (served != null) {
                return served;
            }
        }
        boolean possessive = role.begin() > 0 && Set.of("its", "their").contains(toks.get(role.begin() - 1).word().toLowerCase(Locale.ROOT));
        // a role that names its body, or qualifies itself ("Whig leader", "Lord Chancellor"); after "its" a title
        // of several words is still the group's ("the Gazette sent her abroad as its war correspondent")
        if (role.end() - 1 > role.head() || role.length() > 1 && !(possessive && role.end() - 1 == role.head())) {
            return text;
        }
        if (possessive) {
            // "the Guild, through the Gazette and its editor": a paper named after the last body is the one meant
            // a name the tagger took for a person's but the document knows as a body's ("Kievskaya Mysl sent him
            // abroad as its correspondent") is the body's, by the type of the entity it was resolved to
            Mention before = null;
            EntityType beforeType = null;
            for (Mention m : sentenceMentions) {
                EntityType t = resolved.containsKey(m) ? resolved.get(m).type() : m.type();
                if (m.end() <= role.begin() && m.kind() == Mention.Kind.NAME
                        && (t == EntityType.ORGANIZATION || t == EntityType.PUBLICATION)) {
                    before = m;
                    beforeType = t;
                }
            }
            if (before != null && beforeType == EntityType.PUBLICATION) {
                return text + " of " + nameOf(before, resolved);
            }
            // "as well as Vanguard through its editor": a proper name NER left untagged, after the last body named
            String untagged = untaggedNameBefore(toks, role.begin() - 1, before == null ? 0 : before.end());
            if (untagged != null) {
                return text + " of " + untagged;
            }
            if (lastOrg != null && role.length() == 1) {
                return text + " of the " + lastOrg.label();
            }
            if (before != null) {
                return text + " of the " + nameOf(before, resolved);
            }
        }
        Mention body = relativeBody(toks, role, sentenceMentions);
        if (body != null) {
            return text + " of the " + Labels.stripArticle(body.text());
        }
        for (Mention m : sentenceMentions) {
            // a body far from the title, or after a verb that follows it, is another clause's ("Senator Ann Roe,
            // chair of the committee, demanded the ban of the Green Party"); one named before may set the scene
            // ("After the Greens won a majority in the Council, Ann was elected Chairman")
            int gap = m.begin() >= role.end() ? m.begin() - role.end() : role.begin() - m.end();
            if (m.type() == EntityType.ORGANIZATION && m.kind() == Mention.Kind.NAME && !role.covers(m.head())
                    && gap <= MAX_BODY_GAP && !(m.begin() >= role.end() && verbBetween(toks, role, m)) && !ofAnotherNoun(toks, m)
                    && (body == null || Math.abs(m.head() - role.head()) < Math.abs(body.head() - role.head()))) {
                body = m;
            }
        }
        if (body != null && Character.isUpperCase(text.charAt(0))) {
            return text + " of the " + Labels.stripArticle(body.text());
        }
        return text;
    }

    /**
     * The body a relative "of which" before the role stands for: "a member of the Footlights Club, of which he became
     * president in 1960" (the club's president); null when there is none.
     */
    private static Mention relativeBody(List<CoreLabel> toks, Mention role, List<Mention> sentenceMentions) {
        for (Mention m : sentenceMentions) {
            int k = m.end() < toks.size() && toks.get(m.end()).word().equals(",") ? m.end() + 1 : m.end();
            if (m.type() == EntityType.ORGANIZATION && m.kind() == Mention.Kind.NAME && k + 1 < role.begin()
                    && toks.get(k).word().equalsIgnoreCase("of") && toks.get(k + 1).word().equalsIgnoreCase("which")
                    && role.begin() - k <= 5) {
                return m;
            }
        }
        return null;
    }

    /**
     * The body a possessive "'s" right before the role names, as the office label goes on ("the Council", "the
     * Sentinel"; "the Weavers League" for "the league's secretary" when the league was named before), or null.
     */
    private static String possessiveBody(List<CoreLabel> toks, Mention role, List<Mention> sentenceMentions,
                                         Map<Mention, Entity> resolved) {
        int k = role.begin() - 1;
        if (k < 1 || !toks.get(k).word().equals("'s")) {
            return null;
        }
        for (Mention m : sentenceMentions) {
            if (m.end() != k) {
                continue;
            }
            if (m.kind() == Mention.Kind.NAME && m.type() == EntityType.ORGANIZATION) {
                return "the " + Labels.stripArticle(m.text());
            }
            if (m.kind() == Mention.Kind.NAME && m.type() == EntityType.PUBLICATION) {
                return Labels.stripArticle(m.text());
            }
            Entity body = resolved.get(m);
            if (m.kind() == Mention.Kind.DEFINITE && body != null) {
                return "the " + Labels.stripArticle(body.label());
            }
        }
        return null;
    }

    /**
     * A bare title after a person's or a place's possessive "'s": "Roe's aide" is the Aide to Ann Roe (the
     * person's full name, in the service of whom the role is held; other roles of a person are left bare: "Ann's
     * favourite minister"), "Ruritania's governor general" the Governor general of Ruritania; null otherwise. (A pronoun's
     * person is not known yet when roles are resolved: "his aide" stays bare.)
     */
    private static String possessivePersonOrPlace(List<CoreLabel> toks, Mention role, List<Mention> sentenceMentions,
                                                  Map<Mention, Entity> resolved) {
        int k = role.begin() - 1;
        if (k < 1 || !toks.get(k).word().equals("'s")) {
            return null;
        }
        CoreLabel head = toks.get(role.head());
        boolean personal = PERSONAL_ROLES.contains(head.word().toLowerCase(Locale.ROOT))
                || head.lemma() != null && PERSONAL_ROLES.contains(head.lemma().toLowerCase(Locale.ROOT));
        for (Mention m : sentenceMentions) {
            Entity e = resolved.get(m);
            if (m.end() != k || m.kind() != Mention.Kind.NAME || e == null) {
                continue;
            }
            if (personal && e.type() == EntityType.PERSON) {
                return Labels.capitalizeFirst(role.text()) + " to " + e.label();
            }
            if (e.type() == EntityType.PLACE) {
                return Labels.capitalizeFirst(role.text()) + " of " + nameOf(m, resolved);
            }
        }
        return null;
    }

    /**
     * An office label whose body is named in lower case ("Secretary of the party", "Secretary of the weavers' union")
     * with the name of the body it stands for: the one named last, in this or the few sentences before, whose name
     * ends in that head word and has every word of the description ("Secretary of the Harbour Weavers' Union"); the
     * label as it is when there is none.
     */
    static String withNamedBody(String label, EntityRegistry registry, int sentence) {
        Matcher m = LOWER_CASE_BODY.matcher(label);
        if (!m.matches()) {
            return label;
        }
        String[] words = m.group(2).split("\\s+");
        Entity body = registry.recentBody(words[words.length - 1], sentence, NAMED_BODY_WINDOW);
        if (body == null) {
            return label;
        }
        String name = Labels.stripArticle(body.label());
        String bare = name.toLowerCase(Locale.ROOT).replace("'", "");
        for (String w : words) {
            if (!bare.contains(w.replace("'", ""))) {
                return label;
            }
        }
        return m.group(1) + "the " + name;
    }

    /** The name a mention stands for, without its article: its entity's label where it was resolved, else its text. */
    private static String nameOf(Mention m, Map<Mention, Entity> resolved) {
        return Labels.stripArticle(resolved.get(m) != null ? resolved.get(m).label() : m.text());
    }

    /**
     * A body after "of" belongs to the noun before it, not to a title elsewhere: "made a Dame of the Order by Pope
     * Leo" gives the Order to the Dame, not to the Pope.
     */
    private static boolean ofAnotherNoun(List<CoreLabel> toks, Mention body) {
        int k = body.begin() - 1;
        if (k >= 0 && toks.get(k).word().equalsIgnoreCase("the")) {
            k--;
        }
        return k >= 1 && toks.get(k).word().equals("of") && toks.get(k - 1).tag().startsWith("NN");
    }

    /** A verb between two mentions: they belong to different clauses. */
    private static boolean verbBetween(List<CoreLabel> toks, Mention a, Mention b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.begin(), b.begin());
        for (int k = from; k < to; k++) {
            if (toks.get(k).tag().startsWith("VB")) {
                return true;
            }
        }
        return false;
    }

    /** The proper name NER left untagged ("Vanguard") closest before {@code end} and not before {@code from}. */
    private static String untaggedNameBefore(List<CoreLabel> toks, int end, int from) {
        int k = end - 1;
        while (k >= from && !toks.get(k).tag().equals("NNP")) {
            k--;
        }
        if (k < from || !"O".equals(toks.get(k).ner()) || k == 0) {
            return null;
        }
        int b = k;
        while (b - 1 >= from && toks.get(b - 1).tag().equals("NNP") && "O".equals(toks.get(b - 1).ner())) {
            b--;
        }
        StringBuilder name = new StringBuilder();
        for (int i = b; i <= k; i++) {
            name.append(i > b ? " " : "").append(toks.get(i).word());
        }
        return name.toString();
    }
}
