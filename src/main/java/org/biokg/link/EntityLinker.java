package org.biokg.link;

import org.biokg.Progress;
import org.biokg.extract.Entity;
import org.biokg.extract.ExtractionResult;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
 * returns linked copies. The names are {@link EntityNames}, the choice a {@link TitleChoice}, the more
 * specific pages of qualified names {@link QualifiedNames}.
 */
public final class EntityLinker {
    /** Links at or above this confidence count (they merge entities and become owl:sameAs in RDF). */
    public static final double DEFAULT_THRESHOLD = 0.5;

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
        Map<Entity, List<EntityNames.Name>> names = new IdentityHashMap<>();
        Map<Entity, List<QualifiedNames.Expansion>> expansions = new IdentityHashMap<>();
        Map<Entity, LinkContext> contexts = new IdentityHashMap<>();
        Set<String> allNames = new LinkedHashSet<>();
        for (ExtractionResult r : results) {
            ExtractionResult c = Rebuild.copy(r);
            copies.add(c);
            LinkContext context = refusals ? LinkContext.of(c) : null;
            c.subjectAndEntities().forEach(e -> contexts.put(e, context));
            for (Entity e : c.subjectAndEntities()) {
                List<EntityNames.Name> n = EntityNames.names(e, c);
                all.add(e);
                names.put(e, n);
                n.forEach(x -> allNames.add(x.text()));
            }
            for (Entity e : c.subjectAndEntities()) {
                List<QualifiedNames.Expansion> x = QualifiedNames.expansions(e, c, names, context);
                expansions.put(e, x);
                x.forEach(y -> allNames.add(y.name()));
            }
        }
        Map<String, List<DictEntry>> entries = allNames.isEmpty() ? Map.of()
                : dictionary.get().lookup(allNames, progress);
        for (Entity e : all) {
            Choice c = TitleChoice.choose(e, names.get(e), entries, contexts.get(e));
            e.setLink(c == null ? null : c.title(), c == null ? 0 : c.confidence());
        }
        for (Entity e : all) {
            QualifiedNames.specialise(e, expansions.get(e), entries, contexts.get(e), threshold);
        }
        EntityMerger merger = new EntityMerger(threshold);
        List<ExtractionResult> merged = new ArrayList<>();
        for (ExtractionResult c : copies) {
            merged.add(merger.merge(c));
        }
        harmoniseLabels(merged);
        return merged;
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
