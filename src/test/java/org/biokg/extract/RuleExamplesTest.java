package org.biokg.extract;

import org.biokg.TestPipelines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule file's example sentences run as tests (issue 16 d). The made-up examples quoted in the comments of
 * each rule of {@code rules/*.rules} become the paragraphs of one made-up document, read once; a rule passes when
 * some fact's evidence names it (alone or with repairs after a "+") on a sentence of one of its own examples.
 *
 * <p>Which quoted text is an example, the criterion in full:
 * <ol>
 *     <li>the text between double quotes in the comment lines of the rule's block (from its {@code [id]} to the
 *     next), the lines joined with a space;</li>
 *     <li>not a counter-example: the word before the opening quote is not "not" ({@code not "Ada made Bob a
 *     member"});</li>
 *     <li>a parenthesis without a capital letter or a quote lists alternatives and is dropped
 *     ("Ada was exiled (deported, sent) to Cayenne" is read as "Ada was exiled to Cayenne"); one with a name
 *     stays ("Three deputies (Ann and Bob) supporting Ada were arrested");</li>
 *     <li>a sentence, not a fragment: it starts with a capital letter, holds no "..." or "…", and has a
 *     verb-looking word (a word ending in "ed", or one of {@link #VERBS}).</li>
 * </ol>
 * A rule none of whose quotes passes has no usable example and is not tested here.
 *
 * <p>{@code src/test/resources/rule-examples-not-firing.txt} lists, with why, the rules that do not fire on a
 * proper example of their own construction. The test holds both ways: every usable rule not listed fires on an
 * example, and every listed rule has a usable example and does not fire (a fixed rule must leave the list).
 */
class RuleExamplesTest {
    private static final Path RULES = Path.of("src/main/resources/org/biokg/extract/rules");
    private static final Path NOT_FIRING = Path.of("src/test/resources/rule-examples-not-firing.txt");
    private static final String LEAD = "Ada Roe (1800–1880) was a Ruritanian writer.";

    /** Irregular verb forms the examples use; any word ending in "ed" looks like a verb too. */
    static final String VERBS = "was|were|is|are|had|has|became|become|led|won|left|took|made|began|fled|went|gave"
            + "|put|kept|lost|rose|met|read|held|struck|sent|wrote|fell|stood|spent|grew|spoke";
    private static final Pattern VERB = Pattern.compile("\\b([A-Za-z]+ed|" + VERBS + ")\\b");
    private static final Pattern QUOTE = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern NOT_BEFORE = Pattern.compile("\\bnot\\s*$");
    private static final Pattern ALTERNATIVES = Pattern.compile("\\s*\\([^()A-Z'\"]*\\)");
    private static final Pattern RULE_ID = Pattern.compile("^\\[(.+)]$");

    /** Where one example was placed in the document: [start, end) in its characters. */
    record Placed(String rule, String text, int start, int end) {
    }

    /** Each rule id ("relation/rule"), in file order, with the comment of its block. */
    private static final Map<String, String> COMMENTS = new LinkedHashMap<>();
    private static final List<Placed> PLACED = new ArrayList<>();
    private static ExtractionResult result;

    @BeforeAll
    static void read() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(RULES)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".rules")).sorted().toList();
        }
        for (Path f : files) {
            String relation = f.getFileName().toString().replace(".rules", "");
            String id = null;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String t = line.strip();
                Matcher m = RULE_ID.matcher(t);
                if (m.matches()) {
                    id = relation + "/" + m.group(1);
                    COMMENTS.put(id, "");
                } else if (id != null && t.startsWith("#")) {
                    COMMENTS.merge(id, t.substring(1).strip(), (a, b) -> a.isEmpty() ? b : a + " " + b);
                }
            }
        }
        StringBuilder doc = new StringBuilder(LEAD);
        COMMENTS.forEach((id, comment) -> {
            for (String e : examples(comment)) {
                doc.append("\n\n");
                int start = doc.length();
                doc.append(e.endsWith(".") ? e : e + ".");
                PLACED.add(new Placed(id, e, start, doc.length()));
            }
        });
        doc.append('\n');
        result = TestPipelines.read("ada-roe-rule-examples.txt", doc.toString()).result();
    }

    /** The usable examples quoted in a rule's comment, by the criterion of the class comment. */
    static List<String> examples(String comment) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTE.matcher(comment);
        while (m.find()) {
            if (NOT_BEFORE.matcher(comment.substring(0, m.start())).find()) {
                continue;
            }
            String e = ALTERNATIVES.matcher(m.group(1)).replaceAll("").strip();
            if (!e.isEmpty() && Character.isUpperCase(e.charAt(0)) && !e.contains("...") && !e.contains("…")
                    && VERB.matcher(e).find()) {
                out.add(e);
            }
        }
        return out;
    }

    /** Each rule with a usable example, mapped to whether it fired on one of them. */
    private static Map<String, Boolean> fired() {
        Map<String, Boolean> fired = new TreeMap<>();
        for (Placed p : PLACED) {
            boolean any = result.facts().stream().flatMap(f -> f.evidence().stream()).anyMatch(ev ->
                    (ev.rule().equals(p.rule()) || ev.ruleWithRepairs().startsWith(p.rule() + "+"))
                            && ev.sentence() != null && ev.sentence().start() < p.end() && p.start() < ev.sentence().end());
            fired.merge(p.rule(), any, Boolean::logicalOr);
        }
        return fired;
    }

    private static Set<String> listedNotFiring() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(NOT_FIRING, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                listed.add(t.split("\\s+")[0]);
            }
        }
        return listed;
    }

    @Test
    void theCriterionTakesSentencesAndSkipsFragmentsAndCounterExamples() {
        assertEquals(List.of("Ada was exiled to Cayenne"),
                examples("\"Ada was exiled (deported, sent) to Cayenne\"; not \"Ada made Bob a member\""));
        assertEquals(List.of(), examples("\"born in Springfield\", \"Treasurer Ann Roe\", \"Ann, who ...\""));
        assertTrue(PLACED.stream().map(Placed::rule).distinct().count() > 200, PLACED.size() + " examples");
    }

    @Test
    void everyRuleNotListedFiresOnItsExample() throws IOException {
        Set<String> listed = listedNotFiring();
        List<String> silent = new ArrayList<>();
        fired().forEach((rule, fired) -> {
            if (!fired && !listed.contains(rule)) {
                silent.add(rule + " on " + PLACED.stream().filter(p -> p.rule().equals(rule)).map(Placed::text).toList());
            }
        });
        assertTrue(silent.isEmpty(), "rules that do not fire on their own examples (fix the rule, reword a "
                + "fragment, or list it in " + NOT_FIRING + " with why):\n" + String.join("\n", silent));
    }

    @Test
    void everyListedRuleHasAnExampleAndDoesNotFire() throws IOException {
        Map<String, Boolean> fired = fired();
        List<String> wrong = new ArrayList<>();
        for (String rule : listedNotFiring()) {
            if (!fired.containsKey(rule)) {
                wrong.add(rule + ": no such rule with a usable example");
            } else if (fired.get(rule)) {
                wrong.add(rule + ": fires on its example now; take it off the list");
            }
        }
        assertTrue(wrong.isEmpty(), NOT_FIRING + ":\n" + String.join("\n", wrong));
    }
}
