package org.biokg.link;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;
import org.biokg.extract.TimeValue;
import org.biokg.text.Labels;
import org.biokg.text.ResourceLines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One post under two names: the same person holding "Editor" and "Editor of the Clarion" over the same time, or
 * "Chairman of the Council" and "President of the Council" from the same day ({@code post-title-synonyms.txt}),
 * holds one post. The fuller name is kept (else the one with more evidence), the other becomes its alias, and the
 * two terms are one. A post is merged only when every one of its holders holds the other name too at that time:
 * "Editor" held by someone else may be another paper's.
 */
final class PostVariants {
    private static final Map<String, Integer> SYNONYM_GROUP = new HashMap<>();

    static {
        int group = 0;
        for (String line : ResourceLines.read("org/biokg/link/post-title-synonyms.txt")) {
            for (String word : line.strip().split("\\s+")) {
                SYNONYM_GROUP.put(word, group);
            }
            group++;
        }
    }

    private PostVariants() {
    }

    static ExtractionResult consolidate(ExtractionResult r) {
        return variants(spellings(r));
    }

    /**
     * One title of one body written two ways is one post, whoever holds it and whenever: "War correspondent of the
     * Clarion" (from "the Clarion sent her abroad as its war correspondent") and "war correspondent for the Clarion".
     * Only "of" and "for" are taken as one link ("Ambassador to France" is not "Ambassador of France").
     */
    static ExtractionResult spellings(ExtractionResult r) {
        Map<String, Entity> first = new LinkedHashMap<>();
        MergeMap merges = new MergeMap();
        for (Entity e : r.allEntities()) {
            if (e.type() != EntityType.OFFICE) {
                continue;
            }
            String key = Labels.key(e.label());
            String spelling = spelling(key);
            if (spelling == null) {
                continue;
            }
            Entity kept = first.putIfAbsent(spelling, e);
            if (kept != null) {
                boolean swap = weight(r, e) > weight(r, kept);
                Entity into = swap ? e : kept;
                Entity from = swap ? kept : e;
                if (swap) {
                    first.put(spelling, e);
                }
                merges.merge(from, into, String.format(Locale.ROOT, "'%s' and '%s' write one title of one body two ways",
                        from.label(), into.label()));
            }
        }
        return merges.applyTo(r);
    }

    /**
     * What a post's name says, however written: its title and its body; a body of one word is cut to its first five
     * letters, and so is a country's adjective before a title ("president|rurit" for "President of Ruritania" and
     * "Ruritanian President"); null for a title alone.
     */
    private static String spelling(String key) {
        String body = withoutArticle(body(key));
        int space = key.indexOf(' ');
        if (!body.isEmpty() && (key.startsWith(" of ", title(key).length()) || key.startsWith(" for ", title(key).length()))) {
            return title(key) + "|" + (body.contains(" ") ? body : stem(body));
        }
        return !body.isEmpty() || space < 0 || KindLabels.kind(key.substring(0, space), EntityType.ORGANIZATION) ? null
                : key.substring(space + 1) + "|" + stem(key.substring(0, space));
    }

    private static String stem(String word) {
        return word.length() > 5 ? word.substring(0, 5) : word;
    }

    /** The same person's two names of one post over the same time (see the class comment). */
    static ExtractionResult variants(ExtractionResult r) {
        Set<String> people = people(r);
        Map<String, List<Fact>> termsOf = new LinkedHashMap<>();
        for (Fact f : r.facts()) {
            if (f.relation() == Relation.HELD_OFFICE) {
                termsOf.computeIfAbsent(f.subject().id(), k -> new ArrayList<>()).add(f);
            }
        }
        // the name each post would go to, and whether every holder's term of it agrees
        Map<Entity, Entity> proposed = new LinkedHashMap<>();
        Map<Entity, String> reasons = new HashMap<>();
        Map<Entity, Boolean> everyHolder = new HashMap<>();
        for (List<Fact> terms : termsOf.values()) {
            for (Fact a : terms) {
                Entity into = null;
                for (Fact b : terms) {
                    String reason = a != b && !a.object().equals(b.object()) && kept(b, a, r) ? onePost(a, b, people) : null;
                    if (reason != null) {
                        into = b.object();
                        reasons.putIfAbsent(a.object(), reason);
                        break;
                    }
                }
                Entity post = a.object();
                if (into == null) {
                    everyHolder.put(post, false);
                } else if (proposed.containsKey(post) && !proposed.get(post).equals(into)) {
                    everyHolder.put(post, false); // two fuller names: which one is not for this step to say
                } else {
                    proposed.put(post, into);
                    everyHolder.putIfAbsent(post, true);
                }
            }
        }
        MergeMap merges = new MergeMap();
        proposed.forEach((post, into) -> {
            if (everyHolder.getOrDefault(post, false) && !proposed.containsKey(into)) {
                merges.merge(post, into, reasons.get(post));
            }
        });
        return merges.applyTo(r);
    }

    /**
     * Why two terms of one person name one post, or null when they do not: a name and its fuller form (whose body is not a person's name: not
     * "Director of Roe", cut by the parser from "director of Roe &amp; Co."), or synonyms from the same date.
     */
    static String onePost(Fact a, Fact b, Set<String> people) {
        String x = Labels.key(a.object().label());
        String y = Labels.key(b.object().label());
        String holder = a.subject().label();
        if (fullerForm(x, y) && !people.contains(body(y)) || fullerForm(y, x) && !people.contains(body(x))) {
            if (overlap(a, b)) {
                return String.format(Locale.ROOT, "'%s' and '%s' are one post with and without its body, held by %s at the same time",
                        a.object().label(), b.object().label(), holder);
            }
            Fact bare = fullerForm(x, y) ? a : b;
            Fact full = bare == a ? b : a;
            if (endsWithin(bare, full)) {
                return String.format(Locale.ROOT, "'%s' ends '%s', which %s held then",
                        bare.object().label(), full.object().label(), holder);
            }
            return namesBody(bare, withoutArticle(body(Labels.key(full.object().label()))))
                    ? String.format(Locale.ROOT, "'%s' is '%s': %s holds both, and the sentence of the shorter names the body",
                    bare.object().label(), full.object().label(), holder) : null;
        }
        return !body(x).isEmpty() && body(x).equals(body(y)) && synonyms(title(x), title(y)) && sameStart(a, b)
                ? String.format(Locale.ROOT, "'%s' and '%s' are two titles of one post, taken by %s on the same day (%s)",
                a.object().label(), b.object().label(), holder, a.start().iso()) : null;
    }

    /**
     * A bare title told only by its end ("in 1951 she resigned as mayor") while the fuller post was open ("mayor of
     * Bergen" from 1945): the end of that post.
     */
    private static boolean endsWithin(Fact bare, Fact full) {
        return bare.start() == null && bare.end() != null && full.start() != null && compare(full.start(), bare.end()) <= 0
                && (full.end() == null || compare(bare.end(), full.end()) <= 0);
    }

    /**
     * Whether a sentence stating the bare title names the body too: "the Clarion sent her abroad as its war
     * correspondent" is the Clarion's war correspondent, even at another time than "war correspondent for the Clarion".
     */
    private static boolean namesBody(Fact bare, String body) {
        for (Evidence ev : bare.evidence()) {
            if (ev.sentenceText() != null && (" " + Labels.key(ev.sentenceText()) + " ").contains(" " + body + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The names (keys) of the document's people, labels and aliases, and their surnames alone. */
    private static Set<String> people(ExtractionResult r) {
        Set<String> out = new HashSet<>();
        for (Entity e : r.allEntities()) {
            if (e.type() == EntityType.PERSON) {
                List<String> names = new ArrayList<>(e.aliases());
                names.add(e.label());
                for (String n : names) {
                    String k = Labels.key(n);
                    out.add(k);
                    out.add(k.substring(k.lastIndexOf(' ') + 1));
                }
            }
        }
        return out;
    }

    /** Whether {@code b}'s name is the one to keep of the two: the fuller, else the one with more evidence. */
    private static boolean kept(Fact b, Fact a, ExtractionResult r) {
        String x = Labels.key(a.object().label());
        String y = Labels.key(b.object().label());
        if (fullerForm(x, y)) {
            return true;
        }
        if (fullerForm(y, x)) {
            return false;
        }
        int wa = weight(r, a.object());
        int wb = weight(r, b.object());
        return wb > wa || wb == wa && r.facts().indexOf(b) < r.facts().indexOf(a);
    }

    /** "editor" in "editor of the clarion": the title of the longer name, which goes on with what it is of. */
    private static boolean fullerForm(String shorter, String longer) {
        return !body(longer).isEmpty() && title(longer).equals(shorter);
    }

    private static final String[] LINKS = {" of ", " for ", " to ", " at ", " in "};

    /** The title before its body: "chairman" of "chairman of the council". */
    private static String title(String key) {
        int cut = cut(key);
        return cut < 0 ? key : key.substring(0, cut);
    }

    /** What the title is of: "the council" of "chairman of the council"; empty when none. */
    private static String body(String key) {
        int cut = cut(key);
        return cut < 0 ? "" : key.substring(key.indexOf(' ', cut + 1) + 1);
    }

    /** "clarion" for "the clarion": a body written with and without its article is one body. */
    private static String withoutArticle(String body) {
        return body.startsWith("the ") ? body.substring(4) : body;
    }

    private static int cut(String key) {
        int best = -1;
        for (String link : LINKS) {
            int k = key.indexOf(link);
            if (k > 0 && (best < 0 || k < best)) {
                best = k;
            }
        }
        return best;
    }

    private static boolean synonyms(String a, String b) {
        Integer ga = SYNONYM_GROUP.get(a);
        return !a.equals(b) && ga != null && ga.equals(SYNONYM_GROUP.get(b));
    }

    /** The same start, to the month or the day: from the same election, not the same year by chance. */
    private static boolean sameStart(Fact a, Fact b) {
        return a.start() != null && a.start().equals(b.start()) && a.start().precision() != TimeValue.Precision.YEAR;
    }

    /** Whether the two terms are known to overlap: the same start year, or one's start within the other's term. */
    static boolean overlap(Fact a, Fact b) {
        if (a.start() == null || b.start() == null) {
            return false;
        }
        return a.start().year() == b.start().year() || within(a.start(), b) || within(b.start(), a);
    }

    private static boolean within(TimeValue t, Fact term) {
        return term.end() != null && compare(term.start(), t) <= 0 && compare(t, term.end()) <= 0;
    }

    /** Dates compared at the coarser one's precision: "1917" is neither before nor after "1917-10-08". */
    private static int compare(TimeValue a, TimeValue b) {
        int n = Math.min(a.iso().length(), b.iso().length());
        return a.iso().substring(0, n).compareTo(b.iso().substring(0, n));
    }

    private static int weight(ExtractionResult r, Entity post) {
        int n = 0;
        for (Fact f : r.facts()) {
            if (post.equals(f.object())) {
                n += f.evidence().size();
            }
        }
        return n;
    }
}
