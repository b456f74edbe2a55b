package org.biokg.link;

import org.biokg.extract.EntityType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The refusals that compare a title with the entity and its document: a link whose kind, place, period or
 * name disagrees with what the text says is refused, whatever the dictionary's score. Each is general (no name,
 * title or office of any biography is written here) and named, so that a test and a reader can tell which one
 * refused a link. A refused title is not offered as a candidate either: a candidate is a link the linker is
 * unsure of, a refused one is a link it knows to be wrong.
 */
final class LinkRefusals {
    /** Why a title is refused. */
    enum Refusal {
        /** Every name of the entity is written in lower case: the text uses a common noun ("the troika"). */
        LOWER_CASE_NAMES,
        /** The title's qualifier names another kind of thing: a person linked to "(band)", "(film)", "(ship)". */
        OTHER_KIND,
        /** A page about an aspect of a thing ("History of …", "Politics of …"), not the thing. */
        ASPECT_PAGE,
        /** The title's years, or the period its qualifier names, fall outside the years of the entity's sentences. */
        OTHER_ERA,
        /** The title's qualifier names a place, period or occupation the document never names ("(Ghana)"). */
        UNNAMED_QUALIFIER,
        /** A person known by one word linked to a bearer whose other names the document never uses. */
        LONE_NAME,
        /** A person with a full name linked to a page of one word (a place, a family, a thing of that name). */
        ONE_WORD_PAGE,
        /** A full name and a title with the same first and last names but different middle names. */
        OTHER_MIDDLE_NAME,
        /** An office linked to a page titled by another role word ("Ministry of …" for a minister) or its body. */
        OFFICE_ROLE,
        /** An office named with its body ("… of the Central Committee") linked to a page that names another. */
        OFFICE_BODY,
        /** An organisation linked to a page that bears neither a word nor the initials of any of its names. */
        ORGANISATION_NAME,
        /** A name and a title alike but for one proper word ("Soviet Ministry of X" / "Russian Ministry of X"). */
        ONE_WORD_CHANGED,
        /** A word the name writes in lower case is part of the title's proper name ("imperial" / "Imperial General Staff"). */
        PROPER_IN_TITLE_ONLY,
        /** An office whose role the text writes in lower case ("Soviet ambassador"), linked to a page naming no body. */
        GENERIC_OFFICE,
        /** An office the text always names with a further capitalised word before it ("First Deputy Premier of …"). */
        LONGER_OFFICE
    }

    /** The score a one-word page needs for a person known by that one word: the word alone nearly always means it. */
    static final double MONONYM = 0.9;

    private static final Pattern YEARS = Pattern.compile("(?<![\\p{N}])(1[0-9]{3}|20[0-9]{2})(?:\\s*[–-]\\s*(1[0-9]{3}|20[0-9]{2}))?(?![\\p{N}])");
    private static final Set<String> STOP = Set.of("the", "and", "for", "from", "with", "of", "in", "on", "at", "to");
    private static final Pattern INITIAL = Pattern.compile("(?<![\\p{L}])\\p{Lu}\\.");

    /** Kinds a title's qualifier may name, and the entity types each fits (none: a kind no biokg entity is). */
    private static final Map<String, Set<EntityType>> KINDS = kinds();

    /** Periods a qualifier names by name, with their years (world-wide, not of any one country or biography). */
    private static final Map<String, int[]> PERIODS = Map.of(
            "world war i", new int[]{1914, 1918},
            "first world war", new int[]{1914, 1918},
            "world war ii", new int[]{1939, 1945},
            "second world war", new int[]{1939, 1945},
            "cold war", new int[]{1947, 1991});

    /** Title prefixes of pages about an aspect of a thing rather than the thing. */
    private static final List<String> ASPECTS = List.of("history of ", "timeline of ", "outline of ", "politics of ",
            "economy of ", "geography of ", "demographics of ", "culture of ", "foreign relations of ",
            "military history of ", "flag of ", "coat of arms of ", "index of ", "glossary of ");

    private LinkRefusals() {
    }

    private static Map<String, Set<EntityType>> kinds() {
        Set<EntityType> none = Set.of();
        Set<EntityType> place = Set.of(EntityType.PLACE);
        Set<EntityType> org = Set.of(EntityType.ORGANIZATION);
        Set<EntityType> work = Set.of(EntityType.PUBLICATION);
        Set<EntityType> periodical = Set.of(EntityType.PUBLICATION, EntityType.ORGANIZATION);
        Map<String, Set<EntityType>> m = new java.util.HashMap<>();
        for (String w : List.of("film", "album", "song", "single", "novel", "book", "play", "opera", "poem", "painting",
                "series", "tv series", "television series", "video game", "game", "musical", "ep", "soundtrack", "short story")) {
            m.put(w, work);
        }
        for (String w : List.of("newspaper", "magazine", "journal", "periodical")) {
            m.put(w, periodical);
        }
        for (String w : List.of("band", "group", "musical group", "company", "automobile company", "political party",
                "party", "organization", "organisation", "team", "club", "football club", "school", "university",
                "college", "record label", "label", "publisher", "airline")) {
            m.put(w, org);
        }
        for (String w : List.of("river", "mountain", "lake", "village", "town", "city", "county", "district", "region",
                "province", "island", "crater", "volcano", "valley", "municipality", "parish")) {
            m.put(w, place);
        }
        // A country or state also acts as a body in biographies ("allied with France"), typed as an organisation.
        for (String w : List.of("country", "state")) {
            m.put(w, Set.of(EntityType.PLACE, EntityType.ORGANIZATION));
        }
        for (String w : List.of("ship", "boat", "aircraft", "locomotive", "car", "horse", "dog", "surname", "name",
                "given name", "first name", "word", "software", "programming language", "genus", "plant", "disease",
                "drug", "element", "mineral", "typeface", "font")) {
            m.put(w, none);
        }
        return Map.copyOf(m);
    }

    /**
     * Why the entity may not link to the title, or empty when nothing here refuses it.
     *
     * @param type     the entity's type
     * @param names    all the entity's names (label and aliases)
     * @param name     the name that proposes the title
     * @param rawTitle the dictionary's title
     * @param score    the dictionary's score for that name and title
     * @param years    the years of the entity's own sentences, else of the document; null when unknown
     * @param own      the entity's own sentences: those that state its facts
     * @param doc      the document's words, phrases and years
     */
    static Optional<Refusal> refusal(EntityType type, Collection<String> names, String name, String rawTitle,
                                     double score, int[] years, List<String> own, LinkContext doc) {
        String title = WikiTitle.text(rawTitle).strip();
        String base = WikiTitle.base(rawTitle);
        String paren = parenthetical(title);
        String comma = comma(base);
        if (LinkContext.allLowerCase(names)) {
            return Optional.of(Refusal.LOWER_CASE_NAMES);
        }
        String lowerTitle = title.toLowerCase(Locale.ROOT);
        for (String a : ASPECTS) {
            if (lowerTitle.startsWith(a)) {
                return Optional.of(Refusal.ASPECT_PAGE);
            }
        }
        // A place's title names its wider place after a comma ("Los Angeles, California"), which the sentences
        // that state facts need not name; only its kind is checked.
        for (String q : new String[]{paren, comma}) {
            if (q == null) {
                continue;
            }
            String kind = kindOf(q);
            Set<EntityType> fits = kind == null ? null : KINDS.get(kind);
            if (fits != null && !fits.contains(type)) {
                return Optional.of(Refusal.OTHER_KIND);
            }
            if (q == comma && type == EntityType.PLACE) {
                continue;
            }
            Optional<Refusal> r = qualifier(type, q, years, doc);
            if (r.isPresent()) {
                return r;
            }
        }
        if (type == EntityType.PERSON) {
            return person(names, name, base, comma, score, doc);
        }
        Optional<Refusal> proper = properInTitleOnly(name, base);
        if (proper.isPresent()) {
            return proper;
        }
        return switch (type) {
            case OFFICE -> office(names, name, base, paren != null, own, doc);
            case ORGANIZATION -> organisation(names, base).or(() -> ofQualifier(name, base, doc))
                    .or(() -> oneWordChanged(name, base));
            default -> oneWordChanged(name, base);
        };
    }

    /**
     * A word the name writes in lower case before capitalised ones, which the title capitalises: the text keeps
     * it out of the proper name, the page makes it part of one ("the imperial General Staff" of a tsar is not the
     * "Imperial General Staff" of the British army). A name in lower case throughout ("foreign minister") only
     * describes, and its page may well capitalise it.
     */
    static Optional<Refusal> properInTitleOnly(String name, String base) {
        String head = role(name);
        String[] t = base.split("\\s+");
        String[] n = name.strip().split("\\s+");
        for (int k = 0; k < n.length; k++) {
            String w = n[k];
            if (w.isEmpty() || !Character.isLowerCase(w.codePointAt(0)) || w.equals(head) || STOP.contains(w) || w.length() < 3) {
                continue;
            }
            boolean properAfter = false;
            for (int j = k + 1; j < n.length; j++) {
                properAfter |= !n[j].isEmpty() && Character.isUpperCase(n[j].codePointAt(0));
            }
            if (!properAfter) {
                continue;
            }
            for (int i = 1; i < t.length; i++) {
                if (t[i].equalsIgnoreCase(w) && Character.isUpperCase(t[i].codePointAt(0))) {
                    return Optional.of(Refusal.PROPER_IN_TITLE_ONLY);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * An organisation's page titled by its name qualified by another ("House of Commons of the United Kingdom"
     * for "House of Commons"): what qualifies it must be named by the document.
     */
    static Optional<Refusal> ofQualifier(String name, String base, LinkContext doc) {
        String n = name.strip();
        String prefix = n + " of ";
        if (!base.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return Optional.empty();
        }
        for (String run : properRuns(base.substring(prefix.length()))) {
            if (!doc.names(run)) {
                return Optional.of(Refusal.UNNAMED_QUALIFIER);
            }
        }
        return Optional.empty();
    }

    /** The text inside a trailing "( … )" of the title, or null. */
    static String parenthetical(String title) {
        String t = title.strip();
        if (t.endsWith(")")) {
            int open = t.lastIndexOf(" (");
            if (open > 0) {
                return t.substring(open + 2, t.length() - 1).strip();
            }
        }
        return null;
    }

    /** The text after the first ", " of a title's base ("Los Angeles, California" -> "California"), or null. */
    static String comma(String base) {
        int c = base.indexOf(", ");
        return c > 0 ? base.substring(c + 2).strip() : null;
    }

    /**
     * The kind a qualifier names: its last word, or last two, when written in lower case and listed ("band",
     * "American band", "1999 film", "automobile company"); null for a name ("Canada", "Alix of Hesse").
     */
    static String kindOf(String q) {
        String[] w = q.strip().split("\\s+");
        String last = w[w.length - 1];
        if (last.isEmpty() || !Character.isLowerCase(last.codePointAt(0))) {
            return null;
        }
        if (w.length >= 2 && Character.isLowerCase(w[w.length - 2].codePointAt(0))
                && KINDS.containsKey(w[w.length - 2] + " " + last)) {
            return w[w.length - 2] + " " + last;
        }
        return KINDS.containsKey(last) ? last : null;
    }

    /**
     * A qualifier's years and named periods must meet the entity's years; for a person, its lower-case words (an
     * occupation: "cricketer") must be words of the document; for others, its capitalised words (a country, a
     * period: "Ghana", "World War II") a phrase the document names. A person's capitalised qualifier is often
     * another of the person's names ("Alix of Hesse"), so it is not asked for.
     */
    private static Optional<Refusal> qualifier(EntityType type, String q, int[] years, LinkContext doc) {
        int[] span = years(q);
        if (span != null && years != null) {
            int last = type == EntityType.PERSON && span[0] == span[1] ? span[0] + 100 : span[1];
            if (last < years[0] || span[0] > years[1]) {
                return Optional.of(Refusal.OTHER_ERA);
            }
        }
        String lower = q.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, int[]> p : PERIODS.entrySet()) {
            if ((" " + lower + " ").contains(" " + p.getKey() + " ") && years != null
                    && (p.getValue()[1] < years[0] || p.getValue()[0] > years[1])) {
                return Optional.of(Refusal.OTHER_ERA);
            }
        }
        String noYears = YEARS.matcher(q).replaceAll(" ").strip();
        String kind = noYears.isEmpty() ? null : kindOf(noYears);
        if (kind != null) {
            // The kind is judged by OTHER_KIND; what qualifies it ("American" band) still has to be named.
            noYears = noYears.substring(0, noYears.length() - kind.length()).strip();
        }
        if (noYears.isEmpty()) {
            return Optional.empty();
        }
        if (type == EntityType.PERSON) {
            for (String w : noYears.split("[\\s,]+")) {
                if (w.length() >= 3 && Character.isLowerCase(w.codePointAt(0)) && !STOP.contains(w) && !doc.usesWord(w)) {
                    return Optional.of(Refusal.UNNAMED_QUALIFIER);
                }
            }
            return Optional.empty();
        }
        for (String run : properRuns(noYears)) {
            if (!doc.names(run)) {
                return Optional.of(Refusal.UNNAMED_QUALIFIER);
            }
        }
        return Optional.empty();
    }

    /** The years a qualifier names, {first, last}, or null ("(1918–1938)", "(1999 film)"). */
    static int[] years(String q) {
        Matcher m = YEARS.matcher(q);
        int[] out = null;
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
            out = out == null ? new int[]{a, b} : new int[]{Math.min(out[0], a), Math.max(out[1], b)};
        }
        return out;
    }

    /** The runs of capitalised words of a text, split at lower-case words and commas ("Greater Poland Voivodeship"). */
    static List<String> properRuns(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String w : text.split("\\s+")) {
            boolean comma = w.endsWith(",");
            String word = comma ? w.substring(0, w.length() - 1) : w;
            boolean proper = !word.isEmpty() && (Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0)));
            if (proper) {
                run.append(run.isEmpty() ? "" : " ").append(word);
            }
            if (!proper || comma) {
                if (!run.isEmpty()) {
                    out.add(run.toString());
                    run.setLength(0);
                }
            }
        }
        if (!run.isEmpty()) {
            out.add(run.toString());
        }
        return out;
    }

    private static Optional<Refusal> person(Collection<String> names, String name, String base, String comma, double score,
                                            LinkContext doc) {
        List<String> t = NameMatch.words(comma == null ? base : base.substring(0, base.indexOf(", ")));
        List<String> n = NameMatch.words(name);
        boolean lone = true;
        for (String x : names) {
            // "T. Rell" is not a lone name: its initial tells which bearer.
            lone &= NameMatch.words(x).size() <= 1 && !INITIAL.matcher(x).find();
        }
        if (lone) {
            if (t.size() == 1 && comma == null) {
                return score >= MONONYM ? Optional.empty() : Optional.of(Refusal.LONE_NAME);
            }
            List<String> own = new ArrayList<>();
            names.forEach(x -> own.addAll(NameMatch.words(x)));
            List<String> all = NameMatch.words(base);
            for (String w : all) {
                if (own.stream().noneMatch(o -> NameMatch.similar(o, w)) && !doc.usesWord(w)) {
                    return Optional.of(Refusal.LONE_NAME);
                }
            }
            return Optional.empty();
        }
        // Lone names aside, the entity has a full name: a page of one word is not a person of that name.
        if (t.size() == 1 && !INITIAL.matcher(base).find()) {
            return Optional.of(Refusal.ONE_WORD_PAGE);
        }
        // Any full name of the entity that names another middle name than the page's disagrees with it.
        for (String full : names) {
            List<String> f = NameMatch.words(full);
            if (f.size() >= 3 && t.size() >= 3 && NameMatch.similar(f.get(0), t.get(0))
                    && NameMatch.similar(f.get(f.size() - 1), t.get(t.size() - 1))) {
                boolean nameHasOther = f.subList(1, f.size() - 1).stream().anyMatch(x -> t.stream().noneMatch(y -> NameMatch.similar(x, y)));
                boolean titleHasOther = t.subList(1, t.size() - 1).stream().anyMatch(y -> f.stream().noneMatch(x -> NameMatch.similar(x, y)));
                if (nameHasOther && titleHasOther) {
                    return Optional.of(Refusal.OTHER_MIDDLE_NAME);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * An office's page is titled by its role word ("President of …" for "Mexican President"), names the body
     * the office's own name gives ("… of the Central Committee"), and otherwise names a body or country the
     * office's names or the document name.
     */
    private static Optional<Refusal> office(Collection<String> names, String name, String base, boolean qualified,
                                            List<String> sentences, LinkContext doc) {
        String role = role(name);
        String titleRole = role(base);
        if (role != null && titleRole != null && !sameRole(role, titleRole)) {
            return Optional.of(Refusal.OFFICE_ROLE);
        }
        if (role != null && names.stream().allMatch(x -> {
            String r = role(x);
            return r == null || Character.isLowerCase(r.codePointAt(0));
        }) && !qualified && ofPart(base) == null && !base.toLowerCase(Locale.ROOT).contains(" in ")) {
            return Optional.of(Refusal.GENERIC_OFFICE);
        }
        if (longerInText(names, sentences)) {
            return Optional.of(Refusal.LONGER_OFFICE);
        }
        String own = ofPart(name);
        String titled = ofPart(base);
        if (own != null && !isAcronym(own)) {
            // The body the office's name gives must be the page's: shared by its "of" part, or in its title.
            List<String> theirs = NameMatch.words(titled != null ? titled : base);
            boolean shared = false;
            boolean all = true;
            for (String w : NameMatch.words(own)) {
                if (!STOP.contains(w)) {
                    boolean in = theirs.stream().anyMatch(y -> NameMatch.similar(w, y));
                    shared |= in;
                    all &= in;
                }
            }
            if (titled != null ? !shared : !all) {
                return Optional.of(Refusal.OFFICE_BODY);
            }
        }
        if (titled != null) {
            // The body or country the page names must be named, at least by one word, by the office's names or
            // the document ("United" Kingdom: the document's sentences may call it British).
            List<String> mine = new ArrayList<>();
            names.forEach(x -> mine.addAll(LinkContext.words(x)));
            String initials = LinkContext.initials(titled).toLowerCase(Locale.ROOT);
            boolean byInitials = initials.length() >= 2
                    && names.stream().anyMatch(x -> LinkContext.words(x.replace(".", "")).contains(initials));
            boolean named = byInitials;
            boolean any = false;
            for (String w : LinkContext.words(titled)) {
                if (w.length() >= 3 && !STOP.contains(w)) {
                    any = true;
                    named |= mine.stream().anyMatch(m -> LinkContext.sameStem(m, w)) || doc.usesWord(w);
                }
            }
            if (any && !named) {
                return Optional.of(Refusal.OFFICE_BODY);
            }
        }
        return oneWordChanged(name, base);
    }

    /**
     * Whether every mention of the office in its own sentences follows a capitalised word that is none of its
     * names' words: the text names a longer office ("First Deputy Premier of …" for "Premier of …"), not the
     * same one in other words ("the Central Committee General Secretary").
     */
    static boolean longerInText(Collection<String> names, List<String> own) {
        java.util.Set<String> nameWords = new java.util.HashSet<>();
        names.forEach(x -> nameWords.addAll(LinkContext.words(x)));
        int found = 0;
        for (String s : own) {
            for (String n : names) {
                int from = 0;
                for (int i = s.indexOf(n); i >= 0; i = s.indexOf(n, from)) {
                    from = i + n.length();
                    if (i > 0 && !Character.isLetterOrDigit(s.charAt(i - 1)) && (i + n.length() == s.length()
                            || !Character.isLetterOrDigit(s.charAt(i + n.length())))) {
                        found++;
                        String before = s.substring(0, i).strip();
                        int sp = before.lastIndexOf(' ');
                        String prev = before.substring(sp + 1);
                        boolean sentenceStart = sp < 0 || before.substring(0, sp).strip().endsWith(".");
                        if (prev.isEmpty() || !Character.isUpperCase(prev.codePointAt(0)) || sentenceStart
                                || prev.endsWith(",") || prev.endsWith(".") || nameWords.containsAll(LinkContext.words(prev))) {
                            return false;
                        }
                    }
                }
            }
        }
        return found > 0;
    }

    /** The role word of an office name or title: the last word before its first "of" ("Secretary"), or its last word. */
    static String role(String s) {
        String t = s.strip();
        int of = t.toLowerCase(Locale.ROOT).indexOf(" of ");
        String head = of > 0 ? t.substring(0, of) : t;
        String[] w = head.split("\\s+");
        String last = w[w.length - 1];
        return last.isEmpty() ? null : last;
    }

    private static boolean sameRole(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.equals(y) || x.equals(y + "s") || y.equals(x + "s");
    }

    /** What follows the first "of" of a name or title, without a leading article ("the Central Committee" -> "Central Committee"). */
    static String ofPart(String s) {
        int of = s.toLowerCase(Locale.ROOT).indexOf(" of ");
        if (of < 0) {
            return null;
        }
        String rest = s.substring(of + 4).strip();
        return rest.toLowerCase(Locale.ROOT).startsWith("the ") ? rest.substring(4).strip() : rest;
    }

    private static boolean isAcronym(String s) {
        String t = s.replace(".", "").strip();
        return t.length() >= 2 && t.equals(t.toUpperCase(Locale.ROOT)) && !t.contains(" ");
    }

    /** An organisation's page bears one of its names: a word of it, or its initials ("RSDLP"). */
    private static Optional<Refusal> organisation(Collection<String> names, String base) {
        List<String> t = NameMatch.words(base);
        t.removeIf(STOP::contains);
        String titleInitials = LinkContext.initials(base);
        String titleAcronym = base.replace(".", "").strip();
        for (String n : names) {
            for (String w : NameMatch.words(n)) {
                if (!STOP.contains(w) && t.stream().anyMatch(y -> NameMatch.similar(w, y))) {
                    return Optional.empty();
                }
            }
            String acronym = n.replace(".", "").strip();
            if (isAcronym(acronym) && acronym.equals(titleInitials)
                    || isAcronym(titleAcronym) && LinkContext.initials(n).equals(titleAcronym)) {
                return Optional.empty();
            }
        }
        return Optional.of(Refusal.ORGANISATION_NAME);
    }

    /** Whether the title is the name with one proper word replaced by another ("Soviet X" / "Russian X"). */
    private static Optional<Refusal> oneWordChanged(String name, String base) {
        String[] a = name.strip().split("\\s+");
        String[] b = base.strip().split("\\s+");
        if (a.length < 2 || a.length != b.length) {
            return Optional.empty();
        }
        int differ = -1;
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equalsIgnoreCase(b[i])) {
                if (differ >= 0) {
                    return Optional.empty();
                }
                differ = i;
            }
        }
        if (differ < 0) {
            return Optional.empty();
        }
        String x = a[differ];
        String y = b[differ];
        boolean proper = Character.isUpperCase(x.codePointAt(0)) && Character.isUpperCase(y.codePointAt(0));
        return proper && !NameMatch.similar(x.toLowerCase(Locale.ROOT), y.toLowerCase(Locale.ROOT))
                ? Optional.of(Refusal.ONE_WORD_CHANGED) : Optional.empty();
    }
}
