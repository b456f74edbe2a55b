package org.biokg.link;

import org.biokg.extract.Entity;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.TimeValue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document says that a link has to agree with: the words and phrases it uses, the acronyms it writes,
 * the years it names, and for each entity the years of the sentences that state its facts. Built from the
 * extraction result alone (its evidence sentences, its entities' names, its facts' dates), never from the
 * file, so that {@code biokg add}, which links kept results again, links as the first build did.
 */
final class LinkContext {
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\p{N}])(1[0-9]{3}|20[0-9]{2})(?![\\p{L}\\p{N}])");
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:\\p{Lu}\\.){2,}|\\p{Lu}{2,}(?![\\p{Ll}]))");
    /** Words a qualifier shares with every text; they name nothing. */
    private static final Set<String> STOP = Set.of("the", "and", "for", "from", "with", "de", "of", "in", "on", "at", "to", "a", "an");

    /** Each sentence (and name) as its words, lower case, accents dropped, in order. */
    private final List<List<String>> sentences = new ArrayList<>();
    private final Set<String> words = new HashSet<>();
    private final Set<String> acronyms = new HashSet<>();
    private final Map<Entity, int[]> entityYears = new IdentityHashMap<>();
    private final Map<Entity, List<String>> entitySentences = new IdentityHashMap<>();
    private int minYear = Integer.MAX_VALUE;
    private int maxYear = Integer.MIN_VALUE;

    private LinkContext() {
    }

    /** The context of an extraction result: its evidence sentences, its entities' names and its facts' dates. */
    static LinkContext of(ExtractionResult r) {
        LinkContext c = new LinkContext();
        for (Entity e : r.allEntities()) {
            c.addName(e.label());
            e.aliases().forEach(c::addName);
        }
        for (Fact f : r.facts()) {
            int[] years = null;
            for (Evidence ev : f.evidence()) {
                if (ev.sentenceText() != null) {
                    years = union(years, c.addSentence(ev.sentenceText()));
                }
            }
            for (TimeValue t : new TimeValue[]{f.date(), f.start(), f.end()}) {
                if (t != null) {
                    years = union(years, new int[]{t.year(), t.year()});
                }
            }
            c.addYears(years);
            for (Entity e : new Entity[]{f.subject(), f.object(), f.body()}) {
                if (e == null) {
                    continue;
                }
                if (years != null) {
                    c.entityYears.merge(e, years, LinkContext::union);
                }
                List<String> own = c.entitySentences.computeIfAbsent(e, k -> new ArrayList<>());
                for (Evidence ev : f.evidence()) {
                    if (ev.sentenceText() != null && !own.contains(ev.sentenceText())) {
                        own.add(ev.sentenceText());
                    }
                }
            }
        }
        return c;
    }

    /** The context of a made-up text (for tests): its sentences are the text's, no entity has years of its own. */
    static LinkContext ofText(String text) {
        LinkContext c = new LinkContext();
        for (String s : text.split("(?<=[.!?])\\s+")) {
            c.addYears(c.addSentence(s));
        }
        return c;
    }

    private void addName(String name) {
        addSentence(name);
    }

    /** Adds a sentence's words and acronyms; returns the years it names, or null. */
    private int[] addSentence(String s) {
        List<String> w = words(s);
        sentences.add(w);
        words.addAll(w);
        Matcher a = ACRONYM.matcher(s);
        while (a.find()) {
            acronyms.add(a.group().replace(".", ""));
        }
        int[] years = null;
        Matcher y = YEAR.matcher(s);
        while (y.find()) {
            int v = Integer.parseInt(y.group(1));
            years = union(years, new int[]{v, v});
        }
        return years;
    }

    private void addYears(int[] years) {
        if (years != null) {
            minYear = Math.min(minYear, years[0]);
            maxYear = Math.max(maxYear, years[1]);
        }
    }

    private static int[] union(int[] a, int[] b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return new int[]{Math.min(a[0], b[0]), Math.max(a[1], b[1])};
    }

    /** The years the document names, {first, last}, or null when it names none. */
    int[] years() {
        return minYear <= maxYear ? new int[]{minYear, maxYear} : null;
    }

    /** The years of the sentences that state the entity's facts, else the document's; null when neither names one. */
    int[] years(Entity e) {
        int[] own = entityYears.get(e);
        return own != null ? own : years();
    }

    /** The sentences that state the entity's facts (its evidence), as written. */
    List<String> sentences(Entity e) {
        return entitySentences.getOrDefault(e, List.of());
    }

    /** Whether one of the sentences that state the entity's facts names one of the phrases (word for word). */
    boolean namedWith(Entity e, Collection<String> phrases) {
        for (String s : sentences(e)) {
            List<String> w = words(s);
            for (String p : phrases) {
                List<String> q = words(p);
                if (!q.isEmpty() && java.util.Collections.indexOfSubList(w, q) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the document uses the word, or a word of the same stem ("Canadian" for "Canada"). */
    boolean usesWord(String word) {
        String w = plain(word);
        if (words.contains(w)) {
            return true;
        }
        for (String x : words) {
            if (sameStem(w, x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the document names the phrase: its words in a row, the last one up to its stem ("World War II",
     * "Ghana" for "Ghanaian"), or its initials as an acronym the document writes ("U.S." for "United States").
     */
    boolean names(String phrase) {
        List<String> p = words(phrase);
        p.removeIf(STOP::contains);
        if (p.isEmpty()) {
            return true;
        }
        if (acronyms.contains(initials(phrase)) && initials(phrase).length() >= 2) {
            return true;
        }
        for (List<String> s : sentences) {
            if (containsPhrase(s, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsPhrase(List<String> s, List<String> p) {
        List<String> t = new ArrayList<>(s);
        t.removeIf(STOP::contains);
        for (int i = 0; i + p.size() <= t.size(); i++) {
            boolean all = true;
            for (int j = 0; j < p.size() && all; j++) {
                String a = p.get(j);
                String b = t.get(i + j);
                all = j == p.size() - 1 ? a.equals(b) || sameStem(a, b) : a.equals(b);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two words are one up to an ending: both of four letters or more, sharing all but the last letter
     * of the shorter and at least four ("Canada" / "Canadian", "China" / "Chinese", not "Austria" / "Australia").
     */
    static boolean sameStem(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 4) {
            return false;
        }
        int common = 0;
        while (common < shorter && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= Math.max(4, shorter - 1);
    }

    /** The first letters of the phrase's capitalised words ("United States" -> "US"). */
    static String initials(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String w : phrase.split("[\\s_]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                b.appendCodePoint(w.codePointAt(0));
            }
        }
        return b.toString();
    }

    /** A text's words: lower case, accents dropped, split at anything that is neither letter nor digit. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : plain(s).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** Whether every name of the collection is written without a capital letter ("troika"). */
    static boolean allLowerCase(Collection<String> names) {
        for (String n : names) {
            if (!n.equals(n.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return !names.isEmpty();
    }
}
