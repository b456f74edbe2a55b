package org.biokg.extract.rules;

import org.biokg.extract.EntityType;
import org.biokg.extract.Relation;

import edu.stanford.nlp.semgraph.semgrex.SemgrexParseException;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads rule files ({@code org/biokg/extract/rules/<relation>.rules}). Format: a rule starts with its name
 * in brackets; {@code key = value} lines follow; {@code #} starts a comment line.
 *
 * <pre>
 * [sided-with]
 * # "Ada sided with Charles"
 * semgrex    = {lemma:side}=trigger &gt;nsubj {}=subj &gt;/obl:with/ {}=obj
 * subject    = PERSON ORGANIZATION
 * object     = PERSON ORGANIZATION
 * confidence = 0.85
 * date       = start        (start | end | none; default start)
 * office     = Head of {body}   (heldOffice rules whose object is the body)
 * object-from = node            (node | predecessor's office | where they were: see Rule.ObjectSource)
 * swap       = true         (the obj node is the relation's subject)
 * </pre>
 */
public final class RuleFileReader {
    /** Every key a rule may have (documented in rules/README.md); any other is a mistake, reported with file:line. */
    static final java.util.Set<String> KEYS = java.util.Set.of("semgrex", "subject", "object", "confidence", "date",
            "office", "swap", "object-from", "subject-from", "member-only");

    public List<Rule> read(Relation relation, String resource) {
        InputStream in = RuleFileReader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return List.of();
        }
        List<Rule> rules = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String name = null;
            Map<String, String> keys = new LinkedHashMap<>();
            String line;
            int lineNo = 0;
            int ruleLine = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    if (name != null) {
                        rules.add(rule(relation, name, keys, resource, ruleLine));
                    }
                    name = t.substring(1, t.length() - 1).strip();
                    keys = new LinkedHashMap<>();
                    ruleLine = lineNo;
                    continue;
                }
                int eq = t.indexOf('=');
                if (eq < 0 || name == null) {
                    throw new IllegalStateException(resource + ":" + lineNo + ": expected [name] or key = value");
                }
                String key = t.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                if (!KEYS.contains(key)) {
                    throw new IllegalStateException(resource + ":" + lineNo + ": unknown key '" + key + "' (keys: "
                            + String.join(", ", new java.util.TreeSet<>(KEYS)) + ")");
                }
                keys.put(key, t.substring(eq + 1).strip());
            }
            if (name != null) {
                rules.add(rule(relation, name, keys, resource, ruleLine));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    private static Rule rule(Relation relation, String name, Map<String, String> keys, String resource, int line) {
        String where = resource + ":" + line + " [" + name + "]";
        String semgrex = keys.get("semgrex");
        if (semgrex == null) {
            throw new IllegalStateException(where + ": no semgrex pattern");
        }
        semgrex = expandWordLists(semgrex, where);
        SemgrexPattern pattern;
        try {
            pattern = SemgrexPattern.compile(semgrex);
        } catch (SemgrexParseException | IllegalArgumentException e) {
            throw new IllegalStateException(where + ": bad semgrex: " + e.getMessage(), e);
        }
        double confidence;
        try {
            confidence = Double.parseDouble(keys.getOrDefault("confidence", "0.7"));
        } catch (NumberFormatException e) {
            confidence = Double.NaN;
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalStateException(where + ": confidence is a number in [0, 1]");
        }
        Rule.DateRole dateRole = Rule.byKey(Rule.DateRole.class, keys.getOrDefault("date", "start"))
                .orElseThrow(() -> new IllegalStateException(where + ": date is start, end or none"));
        Rule.ObjectSource objectFrom = Rule.byKey(Rule.ObjectSource.class, keys.getOrDefault("object-from", "node"))
                .orElseThrow(() -> new IllegalStateException(where + ": object-from is node, predecessor's office, predecessor's term or where they were"));
        Rule.SubjectSource subjectFrom = Rule.byKey(Rule.SubjectSource.class, keys.getOrDefault("subject-from", "node"))
                .orElseThrow(() -> new IllegalStateException(where + ": subject-from is node, biography or holders"));
        if (subjectFrom == Rule.SubjectSource.NODE && !semgrex.contains("=subj")) {
            throw new IllegalStateException(where + ": the pattern names no subj node (say subject-from = biography or holders)");
        }
        if (subjectFrom == Rule.SubjectSource.HOLDERS && relation != Relation.HELD_OFFICE) {
            throw new IllegalStateException(where + ": subject-from = holders is for heldOffice rules only");
        }
        return new Rule(relation, name, pattern, types(keys.get("subject"), where), types(keys.get("object"), where),
                confidence, dateRole, keys.get("office"), Boolean.parseBoolean(keys.getOrDefault("swap", "false")),
                subjectFrom,
                Boolean.parseBoolean(keys.getOrDefault("member-only", "false")),
                objectFrom);
    }

    private static final java.util.regex.Pattern WORD_LIST = java.util.regex.Pattern.compile("@\\{([a-z0-9-]+)}");
    private static final java.util.regex.Pattern LIST_ENTRY = java.util.regex.Pattern.compile("[\\p{L}' -]+");

    /**
     * Replaces each {@code @{name}} by the alternation of the words of {@code rules/words/name.txt}: the rule is the
     * construction, the list its words ({@code {lemma:/@{ally-nouns}/}}).
     */
    static String expandWordLists(String semgrex, String where) {
        java.util.regex.Matcher m = WORD_LIST.matcher(semgrex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String resource = "org/biokg/extract/rules/words/" + m.group(1) + ".txt";
            if (RuleFileReader.class.getClassLoader().getResource(resource) == null) {
                throw new IllegalStateException(where + ": no word list " + resource);
            }
            List<String> words = new ArrayList<>();
            for (String entry : org.biokg.text.WordList.fromResource(resource).entries()) {
                // "lead<TAB>Leader": a list may give each word a second column, which the pattern does not read
                String w = org.biokg.text.WordList.word(entry);
                if (!LIST_ENTRY.matcher(w).matches()) {
                    throw new IllegalStateException(resource + ": not a word or phrase: " + w);
                }
                words.add(w);
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(String.join("|", words)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Set<EntityType> types(String value, String where) {
        if (value == null || value.isBlank()) {
            return EnumSet.allOf(EntityType.class);
        }
        Set<EntityType> set = EnumSet.noneOf(EntityType.class);
        for (String t : value.split("[\\s,|]+")) {
            try {
                set.add(EntityType.valueOf(t.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": unknown entity type " + t);
            }
        }
        return set;
    }
}
