package org.biokg.eval;

import org.biokg.BiokgException;
import org.biokg.extract.EntityType;
import org.biokg.extract.Relation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses the three files of a gold folder ({@code SCOPE}, {@code entities.tsv}, {@code facts.tsv}) and checks
 * their format: anything malformed is a bad-input error naming the file and line. Lines of the same entity are
 * one entity with all their aliases; lines of the same fact id are one fact with all their evidence.
 */
final class GoldTsvParser {
    static final List<String> FACT_COLUMNS = List.of("id", "relation", "subject", "object", "start", "end",
            "offset", "evidence");
    static final List<String> ENTITY_COLUMNS = List.of("canonical_name", "type", "aliases");
    private static final Pattern ALIAS_SEPARATOR = Pattern.compile("\\s*\\|\\s*");

    private GoldTsvParser() {
    }

    static Scope parseScope(String text, String where) {
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

    static Map<String, GoldEntity> parseEntities(String text, String where) {
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

    static List<GoldFact> parseFacts(String text, String where) {
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

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
