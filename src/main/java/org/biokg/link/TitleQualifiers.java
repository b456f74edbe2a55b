package org.biokg.link;

import org.biokg.extract.EntityType;
import org.biokg.link.LinkRefusals.Refusal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The refusals that read a title's qualifier, the "(…)" after it or the wider place after its comma: the kind of
 * thing it names ("(band)", "(1999 film)"), its years and named periods, and the places, periods or occupations
 * it names, which the document must name too. Part of {@link LinkRefusals}.
 */
final class TitleQualifiers {
    private static final Pattern YEARS = Pattern.compile("(?<![\\p{N}])(1[0-9]{3}|20[0-9]{2})(?:\\s*[–-]\\s*(1[0-9]{3}|20[0-9]{2}))?(?![\\p{N}])");

    /** Kinds a title's qualifier may name, and the entity types each fits (none: a kind no biokg entity is). */
    static final Map<String, Set<EntityType>> KINDS = kinds();

    /** Periods a qualifier names by name, with their years (world-wide, not of any one country or biography). */
    private static final Map<String, int[]> PERIODS = Map.of(
            "world war i", new int[]{1914, 1918},
            "first world war", new int[]{1914, 1918},
            "world war ii", new int[]{1939, 1945},
            "second world war", new int[]{1939, 1945},
            "cold war", new int[]{1947, 1991});

    private TitleQualifiers() {
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
    static Optional<Refusal> qualifier(EntityType type, String q, int[] years, LinkContext doc) {
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
                if (w.length() >= 3 && Character.isLowerCase(w.codePointAt(0)) && !LinkRefusals.STOP.contains(w) && !doc.usesWord(w)) {
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
}
