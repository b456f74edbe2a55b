package org.biokg.eval;

import org.biokg.text.Labels;
import org.biokg.BiokgException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A gold folder (see the gold README): {@code facts.tsv}, {@code entities.tsv} and {@code SCOPE}. Loading
 * checks the format; anything malformed is a bad-input error naming the file and line ({@link GoldFiles} reads,
 * {@link GoldTsvParser} parses).
 */
public final class GoldSet {
    public static final String FACTS = "facts.tsv";
    public static final String ENTITIES = "entities.tsv";
    public static final String SCOPE = "SCOPE";

    private final Scope scope;
    private final List<GoldFact> facts;
    private final Map<String, GoldEntity> entities;
    private final Map<String, Set<String>> namesByEntity = new LinkedHashMap<>();

    private GoldSet(Scope scope, List<GoldFact> facts, Map<String, GoldEntity> entities) {
        this.scope = scope;
        this.facts = List.copyOf(facts);
        this.entities = Collections.unmodifiableMap(entities);
        for (GoldEntity e : entities.values()) {
            namesByEntity.put(e.name(), e.normalisedNames());
        }
    }

    /** Loads a gold folder from the file system. */
    public static GoldSet load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw BiokgException.badInput("gold folder not found: " + dir);
        }
        String facts = GoldFiles.readFile(dir, FACTS);
        String entities = GoldFiles.readFile(dir, ENTITIES);
        String scope = GoldFiles.readFile(dir, SCOPE);
        return parse(facts, entities, scope, dir.toString());
    }

    /**
     * Loads one document's gold folder of a corpus, where {@code SCOPE} is optional: without it the whole
     * text is in scope.
     */
    public static GoldSet loadDocument(Path dir) {
        String scope = Files.isRegularFile(dir.resolve(SCOPE)) ? GoldFiles.readFile(dir, SCOPE) : "0 " + Integer.MAX_VALUE;
        return parse(GoldFiles.readFile(dir, FACTS), GoldFiles.readFile(dir, ENTITIES), scope, dir.toString());
    }

    /** Loads a gold folder from the classpath, e.g. {@code "gold"} for {@code gold/facts.tsv}. */
    public static GoldSet fromClasspath(String folder) {
        String base = folder.endsWith("/") ? folder : folder + "/";
        return parse(GoldFiles.readResource(base + FACTS), GoldFiles.readResource(base + ENTITIES), GoldFiles.readResource(base + SCOPE),
                "classpath:" + folder);
    }

    /** Parses the three files' contents; {@code source} names the folder in error messages. */
    public static GoldSet parse(String factsTsv, String entitiesTsv, String scopeText, String source) {
        Scope scope = GoldTsvParser.parseScope(scopeText, source + "/" + SCOPE);
        Map<String, GoldEntity> entities = GoldTsvParser.parseEntities(entitiesTsv, source + "/" + ENTITIES);
        List<GoldFact> facts = GoldTsvParser.parseFacts(factsTsv, source + "/" + FACTS);
        return new GoldSet(scope, facts, entities);
    }

    public Scope scope() {
        return scope;
    }

    /**
     * This gold set with the facts {@code rest}, an annotation of the text outside this scope, states only
     * outside it. They are never scored (they are out of scope); they give rule 4 what a development part
     * cannot: a prediction here of a fact the text states elsewhere is ignored, not counted false. Entities
     * this set already has keep its names; {@code rest}'s other entities are added.
     */
    public GoldSet withFactsOutsideScope(GoldSet rest) {
        List<GoldFact> merged = new ArrayList<>(facts);
        for (GoldFact f : rest.facts()) {
            if (!f.inScope(scope)) {
                merged.add(f);
            }
        }
        Map<String, GoldEntity> names = new LinkedHashMap<>(entities);
        rest.entities().forEach(names::putIfAbsent);
        return new GoldSet(scope, merged, names);
    }

    /** Every gold fact, in scope or not, in file order. */
    public List<GoldFact> facts() {
        return facts;
    }

    public List<GoldFact> factsInScope() {
        return facts.stream().filter(f -> f.inScope(scope)).toList();
    }

    public Map<String, GoldEntity> entities() {
        return entities;
    }

    public Optional<GoldEntity> entity(String canonicalName) {
        return Optional.ofNullable(entities.get(canonicalName));
    }

    /**
     * Whether a predicted label names the gold entity with this canonical name: its normalised form equals
     * the normalised canonical name or one of the aliases. A name missing from entities.tsv stands for
     * itself.
     */
    public boolean names(String predictedLabel, String canonicalName) {
        String label = Labels.key(predictedLabel);
        if (label.isEmpty()) {
            return false;
        }
        Set<String> names = namesByEntity.get(canonicalName);
        return names != null ? names.contains(label) : label.equals(Labels.key(canonicalName));
    }
}
