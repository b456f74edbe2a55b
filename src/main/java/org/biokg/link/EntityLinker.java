package org.biokg.link;

import org.biokg.Progress;
import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.ExtractionResult;
import org.biokg.text.Labels;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Links the entities of extraction results to English Wikipedia titles with the WikiDict, then merges the
 * entities that link to the same title. Configure it with {@link #builder()}:
 * <pre>
 * List&lt;ExtractionResult&gt; linked = EntityLinker.builder().threshold(0.5).build().link(results);
 * </pre>
 * Each of an entity's names (label, aliases; for the subject also the document's name) proposes the title the
 * dictionary gives for it, with the dictionary's score; titles that cannot be the page of that entity are
 * refused (lists, disambiguation pages, common nouns, a person's page whose title shares no name with the
 * person) and so are titles whose kind, place, period or names disagree with the document's own sentences
 * ({@link LinkRefusals}, with the {@link LinkContext} of each result); the title the names support most wins,
 * with a confidence lowered when other names point elsewhere. The results given are never changed: the linker
 * returns linked copies.
 */
public final class EntityLinker {
    /** Links at or above this confidence count (they merge entities and become owl:sameAs in RDF). */
    public static final double DEFAULT_THRESHOLD = 0.5;
    /** The weight of a dictionary entry found under another case than the name's (e.g. "united kingdom"). */
    private static final double OTHER_CASE = 0.8;
    /** The weight of an alias shorter than the label: a surname alone names the family's most famous member. */
    private static final double SHORT_ALIAS = 0.85;

    private final Supplier<WikiDict> dictionary;
    private final double threshold;
    private final Progress progress;
    private final boolean refusals;

    private EntityLinker(Builder b) {
        this.dictionary = b.dictionary;
        this.threshold = b.threshold;
        this.progress = b.progress;
        this.refusals = b.refusals;
    }

    public static Builder builder() {
        return new Builder();
    }

    public double threshold() {
        return threshold;
    }

    /** A title chosen for an entity, with how sure the choice is and the name that supports it best. */
    public record Choice(String title, double confidence, String name) {
    }

    /** Links one result; see {@link #link(List)}. */
    public ExtractionResult link(ExtractionResult result) {
        return link(List.of(result)).get(0);
    }

    /**
     * Links every entity of the results (one pass over the dictionary for all of them) and merges, within each
     * result, the entities linked to the same title at or above the threshold; across results, entities of one
     * type linked to one title get one label, so that the graph has one resource for them.
     *
     * @return linked copies of the results, in the same order
     */
    public List<ExtractionResult> link(List<ExtractionResult> results) {
        // Entity ids are per document, so entities of several results are told apart by identity.
        List<ExtractionResult> copies = new ArrayList<>();
        List<Entity> all = new ArrayList<>();
        Map<Entity, List<Name>> names = new IdentityHashMap<>();
        Map<Entity, List<Expansion>> expansions = new IdentityHashMap<>();
        Map<Entity, LinkContext> contexts = new IdentityHashMap<>();
        Set<String> allNames = new LinkedHashSet<>();
        for (ExtractionResult r : results) {
            ExtractionResult c = Rebuild.copy(r);
            copies.add(c);
            LinkContext context = refusals ? LinkContext.of(c) : null;
            c.subjectAndEntities().forEach(e -> contexts.put(e, context));
            for (Entity e : c.subjectAndEntities()) {
                List<Name> n = names(e, c);
                all.add(e);
                names.put(e, n);
                n.forEach(x -> allNames.add(x.text()));
            }
            for (Entity e : c.subjectAndEntities()) {
                List<Expansion> x = expansions(e, c, names, context);
                expansions.put(e, x);
                x.forEach(y -> allNames.add(y.name()));
            }
        }
        Map<String, List<DictEntry>> entries = allNames.isEmpty() ? Map.of()
                : dictionary.get().lookup(allNames, progress);
        for (Entity e : all) {
            Choice c = choose(e, names.get(e), entries, contexts.get(e));
            e.setLink(c == null ? null : c.title(), c == null ? 0 : c.confidence());
        }
        for (Entity e : all) {
            specialise(e, expansions.get(e), entries, contexts.get(e));
        }
        EntityMerger merger = new EntityMerger(threshold);
        List<ExtractionResult> merged = new ArrayList<>();
        for (ExtractionResult c : copies) {
            merged.add(merger.merge(c));
        }
        harmoniseLabels(merged);
        return merged;
    }

    /** One name of an entity and how much it says about the entity (1 for the label). */
    private record Name(String text, double weight) {
    }

    private static List<Name> names(Entity e, ExtractionResult r) {
        List<Name> out = new ArrayList<>();
        if (e.type() == EntityType.OFFICE && e.label().strip().split("\\s+").length < 2) {
            // A bare role word (Secretary, Minister) names a kind of office, not an office with a page.
            return out;
        }
        Set<String> seen = new HashSet<>();
        int labelWords = words(e.label());
        addName(out, seen, e.label(), 1.0);
        for (String a : e.aliases()) {
            addName(out, seen, a, words(a) >= labelWords ? 1.0 : SHORT_ALIAS);
        }
        if (e.equals(r.subject()) && r.documentId() != null) {
            // A biography is often saved under its subject's name: "ada-lovelace.txt".
            String docName = r.documentId().replaceAll("[-_.\\s]+", " ").strip();
            if (sharesAWord(docName, e)) {
                addName(out, seen, docName, 1.0);
            }
        }
        return out;
    }

    private static void addName(List<Name> out, Set<String> seen, String name, double weight) {
        for (String n : new String[]{name, Labels.stripArticle(name)}) {
            String clean = Normalizer.normalize(n, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
            if (!clean.isEmpty() && seen.add(SurfaceKey.of(clean))) {
                out.add(new Name(clean, weight));
            }
        }
    }

    private static boolean sharesAWord(String name, Entity e) {
        Set<String> w = new HashSet<>(NameMatch.words(e.label()));
        e.aliases().forEach(a -> w.addAll(NameMatch.words(a)));
        return NameMatch.words(name).stream().anyMatch(w::contains);
    }

    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }

    /**
     * An organisation's name qualified by another organisation or place of the same text ("X of the Y"), or a
     * place's by a place its sentences name with it ("X, Y").
     */
    private record Expansion(String name, Entity parent) {
    }

    /**
     * Organisations are often named by their kind alone once the text has said whose they are ("the Central
     * Committee", "the Senate"); the dictionary links such a name to the page about the kind. Qualified by an
     * organisation or place of the same text, the name may have a page of its own. A place shares its name with
     * places elsewhere ("Mayfair, a suburb of Johannesburg"); qualified by a place its sentences name with it,
     * the name may reach the page of the right one ("Mayfair, Johannesburg").
     */
    private static List<Expansion> expansions(Entity e, ExtractionResult r, Map<Entity, List<Name>> names,
                                              LinkContext context) {
        List<Expansion> out = new ArrayList<>();
        String own = Labels.stripArticle(e.label());
        if (e.type() == EntityType.PLACE && context != null) {
            for (Entity p : r.subjectAndEntities()) {
                if (p != e && p.type() == EntityType.PLACE && context.namedWith(e, namesOf(p))) {
                    for (Name n : names.getOrDefault(p, List.of())) {
                        out.add(new Expansion(own + ", " + n.text(), p));
                    }
                }
            }
            return out;
        }
        if (e.type() != EntityType.ORGANIZATION) {
            return out;
        }
        for (Entity p : r.subjectAndEntities()) {
            if (p.equals(e) || (p.type() != EntityType.ORGANIZATION && p.type() != EntityType.PLACE)) {
                continue;
            }
            for (Name n : names.getOrDefault(p, List.of())) {
                out.add(new Expansion(own + " of the " + n.text(), p));
                out.add(new Expansion(own + " of " + n.text(), p));
            }
        }
        return out;
    }

    /**
     * Replaces the entity's link by the page of a qualified name when that page is about the entity's own
     * name ({@code Executive_Committee_of_...} for "Executive Committee", {@code Passy,_Haute-Savoie} for the
     * place "Passy"), its qualifier is linked, and the qualified name is surer than the entity's own link.
     */
    private void specialise(Entity e, List<Expansion> expansions, Map<String, List<DictEntry>> entries, LinkContext context) {
        String own = SurfaceKey.of(Labels.stripArticle(e.label()));
        String best = null;
        double bestScore = e.linkConfidence();
        for (Expansion x : expansions) {
            Entity p = x.parent();
            if (p.wikipediaTitle() == null || p.linkConfidence() < threshold) {
                continue;
            }
            if (p.type() == EntityType.PLACE && context != null && !context.namedWith(e, namesOf(p))) {
                // A place qualifies an organisation only where the text puts them together: "the Provisional
                // Government" of a text that also mentions France is not France's.
                continue;
            }
            DictEntry entry = entryFor(x.name(), entries.getOrDefault(x.name(), List.of()));
            if (entry == null || !acceptable(e, x.name(), entry.title(), entry.score(), context)) {
                continue;
            }
            String title = WikiTitle.normalise(entry.title());
            String page = SurfaceKey.of(WikiTitle.base(title));
            boolean ownPage = e.type() == EntityType.PLACE
                    // a place's page of the same name, told apart by its wider place: "Mayfair_(Johannesburg)"
                    ? !title.equals(e.wikipediaTitle()) && (page.equals(own) && !WikiTitle.base(title).equals(WikiTitle.text(title))
                    || page.startsWith(own + ", "))
                    : page.startsWith(own + " ");
            if (!ownPage || title.equals(p.wikipediaTitle())) {
                continue;
            }
            double score = entry.score() * (entry.surface().equals(x.name()) ? 1.0 : OTHER_CASE) * p.linkConfidence();
            if (score > bestScore) {
                best = title;
                bestScore = score;
            }
        }
        if (best != null) {
            e.setLink(best, Math.round(bestScore * 10_000) / 10_000.0);
        }
    }

    /** The best title for the entity, or null when no name gives an acceptable one. */
    private static Choice choose(Entity e, List<Name> names, Map<String, List<DictEntry>> entries, LinkContext context) {
        Map<String, Double> disbelief = new LinkedHashMap<>();
        Map<String, Double> fullDisbelief = new HashMap<>();
        Map<String, String> bestName = new HashMap<>();
        Map<String, Double> bestNameScore = new HashMap<>();
        for (Name n : names) {
            DictEntry entry = entryFor(n.text(), entries.getOrDefault(n.text(), List.of()));
            if (entry == null || !acceptable(e, n.text(), entry.title(), entry.score(), context)) {
                continue;
            }
            double score = n.weight() * entry.score() * (entry.surface().equals(n.text()) ? 1.0 : OTHER_CASE);
            String title = WikiTitle.normalise(entry.title());
            disbelief.merge(title, 1.0 - score, (a, b) -> a * b);
            if (n.weight() >= 1.0) {
                fullDisbelief.merge(title, 1.0 - score, (a, b) -> a * b);
            }
            if (score > bestNameScore.getOrDefault(title, -1.0)) {
                bestNameScore.put(title, score);
                bestName.put(title, n.text());
            }
        }
        String winner = null;
        double first = 0;
        for (Map.Entry<String, Double> t : disbelief.entrySet()) {
            if (1.0 - t.getValue() > first) {
                first = 1.0 - t.getValue();
                winner = t.getKey();
            }
        }
        if (winner == null || first <= 0) {
            return null;
        }
        // Disagreement among the full names lowers the confidence; a short alias that disagrees does not.
        double second = 0;
        for (Map.Entry<String, Double> t : fullDisbelief.entrySet()) {
            if (!t.getKey().equals(winner)) {
                second = Math.max(second, 1.0 - t.getValue());
            }
        }
        double confidence = Math.round(first * (1.0 - 0.5 * second) * 10_000) / 10_000.0;
        return new Choice(winner, confidence, bestName.get(winner));
    }

    /**
     * The entry of the name as written, else the best one written with more capitals (but not all of them):
     * "Defense minister" may find "Defense Minister", but "Nora" must not find "nora" or the acronym "NORA".
     */
    private static DictEntry entryFor(String name, List<DictEntry> found) {
        DictEntry other = null;
        for (DictEntry d : found) {
            if (d.surface().equals(name)) {
                return d;
            }
            if (keepsCapitals(name, d.surface()) && (other == null || d.score() > other.score())) {
                other = d;
            }
        }
        return other;
    }

    private static boolean keepsCapitals(String name, String variant) {
        if (variant.length() != name.length()) {
            return false;
        }
        boolean allCaps = true;
        for (int i = 0; i < name.length(); i++) {
            char a = name.charAt(i);
            char b = variant.charAt(i);
            if (Character.isUpperCase(a) && !Character.isUpperCase(b)) {
                return false;
            }
            if (Character.isLowerCase(b)) {
                allCaps = false;
            }
        }
        return !allCaps || name.equals(name.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the title can be the entity's page: not a list or a common noun, a person's page bearing the name,
     * an office's titled by its role; then, with a document's context, none of {@link LinkRefusals}' refusals.
     */
    private static boolean acceptable(Entity e, String name, String rawTitle, double score, LinkContext context) {
        if (WikiTitle.notAnEntityPage(rawTitle)) {
            return false;
        }
        // Events keep sentence-case titles for proper names ("Storming of the Bastille"); the others do not.
        if (e.type() != EntityType.EVENT && e.type() != EntityType.PUBLICATION && WikiTitle.commonNoun(rawTitle)) {
            return false;
        }
        boolean named = switch (e.type()) {
            case PERSON -> NameMatch.sharesAWord(name, rawTitle);
            case OFFICE -> NameMatch.titledByAWordOf(name, rawTitle);
            default -> true;
        };
        if (!named || context == null) {
            return named;
        }
        return LinkRefusals.refusal(e.type(), namesOf(e), name, rawTitle, score, context.years(e), context.sentences(e),
                context).isEmpty();
    }

    private static List<String> namesOf(Entity e) {
        List<String> all = new ArrayList<>();
        all.add(e.label());
        all.addAll(e.aliases());
        return all;
    }

    /** Across results: entities of one type linked to one title take the label of the surest of them. */
    private void harmoniseLabels(Collection<ExtractionResult> results) {
        if (results.size() < 2) {
            return;
        }
        Map<String, Entity> best = new HashMap<>();
        for (ExtractionResult r : results) {
            for (Entity e : r.subjectAndEntities()) {
                if (e.wikipediaTitle() != null && e.linkConfidence() >= threshold) {
                    best.merge(e.type() + " " + e.wikipediaTitle(), e,
                            (a, b) -> b.linkConfidence() > a.linkConfidence() ? b : a);
                }
            }
        }
        for (ExtractionResult r : results) {
            for (Entity e : r.subjectAndEntities()) {
                if (e.wikipediaTitle() != null && e.linkConfidence() >= threshold) {
                    e.setLabel(best.get(e.type() + " " + e.wikipediaTitle()).label());
                }
            }
        }
    }

    /** Configuration of an {@link EntityLinker}. */
    public static final class Builder {
        private Supplier<WikiDict> dictionary = WikiDict::corenlp;
        private double threshold = DEFAULT_THRESHOLD;
        private Progress progress = Progress.NONE;
        private boolean refusals = true;

        private Builder() {
        }

        /**
         * Whether titles are checked against the document ({@link LinkRefusals}: kind, place, period, names);
         * on by default. Off only to measure what the refusals change.
         */
        Builder refusals(boolean on) {
            this.refusals = on;
            return this;
        }

        /** The dictionary to use (default: CoreNLP's, found on the classpath when first needed). */
        public Builder dictionary(WikiDict dict) {
            Objects.requireNonNull(dict);
            this.dictionary = () -> dict;
            return this;
        }

        /** Links at or above {@code t} merge entities; in [0, 1]. */
        public Builder threshold(double t) {
            if (!(t >= 0 && t <= 1)) {
                throw new IllegalArgumentException("link threshold outside [0,1]: " + t);
            }
            this.threshold = t;
            return this;
        }

        /** Where the pass over the dictionary reports progress. */
        public Builder progress(Progress progress) {
            this.progress = progress == null ? Progress.NONE : progress;
            return this;
        }

        public EntityLinker build() {
            return new EntityLinker(this);
        }
    }
}
