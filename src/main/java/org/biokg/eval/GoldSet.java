package org.biokg.eval;

import org.biokg.text.Labels;
import org.biokg.BiokgException;
import org.biokg.extract.EntityType;
import org.biokg.extract.Relation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A gold folder (see the gold README): {@code facts.tsv}, {@code entities.tsv} and {@code SCOPE}. Loading
 * checks the format; anything malformed is a bad-input error naming the file and line.
 */
public final class GoldSet {
    public static final String FACTS = "facts.tsv";
    public static final String ENTITIES = "entities.tsv";
    public static final String SCOPE = "SCOPE";
    static final List<String> FACT_COLUMNS = List.of("id", "relation", "subject", "object", "start", "end",
            "offset", "evidence");
    static final List<String> ENTITY_COLUMNS = List.of("canonical_name", "type", "aliases");
    private static final Pattern ALIAS_SEPARATOR = Pattern.compile("\\s*\\|\\s*");

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
        String facts = readFile(dir, FACTS);
        String entities = readFile(dir, ENTITIES);
        String scope = readFile(dir, SCOPE);
        return parse(facts, entities, scope, dir.toString());
    }

    /**
     * Loads one document's gold folder of a corpus, where {@code SCOPE} is optional: without it the whole
     * text is in scope.
     */
    public static GoldSet loadDocument(Path dir) {
        String scope = Files.isRegularFile(dir.resolve(SCOPE)) ? readFile(dir, SCOPE) : "0 " + Integer.MAX_VALUE;
        return parse(readFile(dir, FACTS), readFile(dir, ENTITIES), scope, dir.toString());
    }

    /** Loads a gold folder from the classpath, e.g. {@code "gold"} for {@code gold/facts.tsv}. */
    public static GoldSet fromClasspath(String folder) {
        String base = folder.endsWith("/") ? folder : folder + "/";
        return parse(readResource(base + FACTS), readResource(base + ENTITIES), readResource(base + SCOPE),
                "classpath:" + folder);
    }

    /** Parses the three files' contents; {@code source} names the folder in error messages. */
    public static GoldSet parse(String factsTsv, String entitiesTsv, String scopeText, String source) {
        Scope scope = parseScope(scopeText, source + "/" + SCOPE);
        Map<String, GoldEntity> entities = parseEntities(entitiesTsv, source + "/" + ENTITIES);
        List<GoldFact> facts = parseFacts(factsTsv, source + "/" + FACTS);
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

    // ---- parsing

    private static Scope parseScope(String text, String where) {
        String[] parts = text.strip().split("\\s+");
        try {
            if (parts.length == 2) {
                return new Scope(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below (NumberFormatException is one too)
        }
        throw BiokgException.badInput(where + ": expected two offsets 'lo hi' with 0 <= lo <= hi, got '"
                + abbreviate(text.strip()) + "'");
    }

    private static Map<String, GoldEntity> parseEntities(String text, String where) {
        Map<String, GoldEntity> out = new LinkedHashMap<>();
        List<String> lines = lines(text);
        TsvFields.checkHeader(lines, ENTITY_COLUMNS, where);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String at = where + ": line " + (i + 1);
            String[] f = line.split("\t", -1);
            if (f.length != ENTITY_COLUMNS.size()) {
                throw BiokgException.badInput(at + ": " + f.length + " fields, expected " + ENTITY_COLUMNS.size());
            }
            String name = f[0].trim();
            if (name.isEmpty()) {
                throw BiokgException.badInput(at + ": empty canonical_name");
            }
            String type = f[1].trim();
            if (Arrays.stream(EntityType.values()).noneMatch(t -> t.label().equals(type))) {
                throw BiokgException.badInput(at + ": unknown entity type '" + type + "'");
            }
            List<String> aliases = new ArrayList<>();
            for (String a : ALIAS_SEPARATOR.split(f[2].trim())) {
                if (!a.isEmpty()) {
                    aliases.add(a);
                }
            }
            GoldEntity previous = out.get(name);
            if (previous != null) {
                // The same entity listed twice: one entity with both rows' aliases.
                aliases.addAll(0, previous.aliases());
            }
            out.put(name, new GoldEntity(name, type, aliases));
        }
        return out;
    }

    private static List<GoldFact> parseFacts(String text, String where) {
        List<String> lines = lines(text);
        TsvFields.checkHeader(lines, FACT_COLUMNS, where);
        Map<String, GoldFact> byId = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String at = where + ": line " + (i + 1);
            String[] f = line.split("\t", -1);
            if (f.length != FACT_COLUMNS.size()) {
                throw BiokgException.badInput(at + ": " + f.length + " fields, expected " + FACT_COLUMNS.size());
            }
            String id = TsvFields.required(f[0], "id", at);
            Relation relation = Relation.byId(f[1].trim())
                    .orElseThrow(() -> BiokgException.badInput(at + ": unknown relation '" + f[1].trim() + "'"));
            String subject = TsvFields.required(f[2], "subject", at);
            String object = TsvFields.required(f[3], "object", at);
            if (relation.dateValued() && !TsvFields.isIsoDate(object)) {
                throw BiokgException.badInput(at + ": " + relation.id() + " object is not an ISO date: '" + object + "'");
            }
            String start = TsvFields.isoDate(f[4], "start", at);
            String end = TsvFields.isoDate(f[5], "end", at);
            int offset;
            try {
                offset = Integer.parseInt(f[6].trim());
            } catch (NumberFormatException e) {
                offset = -1;
            }
            if (offset < 0) {
                throw BiokgException.badInput(at + ": offset is not a character offset: '" + f[6] + "'");
            }
            if (f[7].isEmpty()) {
                throw BiokgException.badInput(at + ": empty evidence");
            }
            GoldEvidence evidence = new GoldEvidence(offset, f[7]);
            GoldFact previous = byId.get(id);
            if (previous == null) {
                byId.put(id, new GoldFact(id, relation, subject, object, start, end, List.of(evidence)));
            } else {
                // Another line of the same fact: one more piece of evidence, the fact itself must agree.
                GoldFact again = new GoldFact(id, relation, subject, object, start, end, previous.evidence());
                if (!again.equals(previous)) {
                    throw BiokgException.badInput(at + ": fact " + id + " differs from its earlier line");
                }
                List<GoldEvidence> evidenceList = new ArrayList<>(previous.evidence());
                evidenceList.add(evidence);
                byId.put(id, new GoldFact(id, relation, subject, object, start, end, evidenceList));
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static List<String> lines(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (BufferedReader r = new BufferedReader(new StringReader(t))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readFile(Path dir, String name) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw BiokgException.badInput("gold folder " + dir + ": missing " + name);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return decode(in, file.toString());
        } catch (IOException e) {
            throw BiokgException.badInput("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static String readResource(String resource) {
        InputStream in = GoldSet.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw BiokgException.badInput("gold file not on the classpath: " + resource);
        }
        try (in) {
            return decode(in, resource);
        } catch (IOException e) {
            throw BiokgException.badInput("cannot read " + resource + ": " + e.getMessage());
        }
    }

    private static String decode(InputStream in, String where) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader r = new InputStreamReader(in, decoder)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = r.read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (CharacterCodingException e) {
            throw BiokgException.badInput(where + ": not UTF-8 text");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
