package org.biokg.extract;

import org.biokg.TestPipelines;
import org.biokg.extract.rules.Rule;
import org.biokg.extract.rules.RuleSet;
import org.biokg.text.ResourceLines;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every fact's rule id names a rule of a rule file or a Java rule of {@code rules/java-rules.txt}: a new Java rule
 * that is not listed there (with its class, a why and an example) fails here.
 */
class JavaRuleIdsTest {
    private static final String JAVA_RULES = "org/biokg/extract/rules/java-rules.txt";
    private static final String TOKEN_RULES = "org/biokg/extract/rules/token-relations.tokensregex";

    /** A made-up life whose sentences the Java rules read: life dates and places, a list of members, siblings. */
    private static final String BIOGRAPHY = String.join(" ",
            "Ada Roe (18 May 1831 in Lund – 10 June 1891, Oslo) was a Ruritanian weaver.",
            "Ada Roe, the secretary of the Weavers League, spoke for the weavers in 1860.",
            "In 1862 she sat on the Harbour Council (Bob Lee, Cy Dorn, Dan Moe).",
            "Her brothers Eli Roe and Finn Roe were born in Lund, Scania.",
            "Bea Lee (born 5 May 1838 in Bata) was her friend.");

    private record JavaRule(String id, String className) {
        boolean names(String ruleId) {
            return id.endsWith("/*") ? ruleId.startsWith(id.substring(0, id.length() - 1)) : id.equals(ruleId);
        }
    }

    private static List<JavaRule> javaRules() {
        List<JavaRule> out = new ArrayList<>();
        for (String line : ResourceLines.read(JAVA_RULES)) {
            String[] cols = line.split("\t");
            assertEquals(4, cols.length, "id, class, why, example: " + line);
            out.add(new JavaRule(cols[0], cols[1]));
        }
        return out;
    }

    /** The ids the rule files define: each .rules file's rules, and the token rules' relation/name. */
    private static Set<String> ruleFileIds() {
        Set<String> ids = new HashSet<>();
        for (Rule r : RuleSet.load()) {
            ids.add(r.id());
        }
        for (String line : ResourceLines.read(TOKEN_RULES)) {
            String[] cols = line.split("\t");
            ids.add(cols[1].strip() + "/" + cols[0].strip());
        }
        return ids;
    }

    private static Set<String> unknownIds(ExtractionResult result, Set<String> seen) {
        Set<String> fromFiles = ruleFileIds();
        List<JavaRule> java = javaRules();
        Set<String> unknown = new TreeSet<>();
        for (Fact f : result.facts()) {
            for (Evidence e : f.evidence()) {
                seen.add(e.rule());
                if (!fromFiles.contains(e.rule()) && java.stream().noneMatch(j -> j.names(e.rule()))) {
                    unknown.add(e.rule());
                }
            }
        }
        return unknown;
    }

    @Test
    void everyListedJavaRuleNamesAClassOfTheExtractStageAndNoRuleOfAFile() throws Exception {
        Set<String> fromFiles = ruleFileIds();
        Set<String> ids = new HashSet<>();
        for (JavaRule j : javaRules()) {
            Class.forName("org.biokg.extract." + j.className());
            assertFalse(fromFiles.contains(j.id()), j.id() + " is a rule of a rule file");
            assertTrue(ids.add(j.id()), j.id() + " listed twice");
        }
    }

    @Test
    void theSeedsFactsComeFromRulesOfAFileOrListedJavaRules() {
        Set<String> seen = new HashSet<>();
        assertEquals(Set.of(), unknownIds(TestPipelines.seed().result(), seen));
        assertTrue(seen.contains("birthDate/years-in-parentheses") && seen.contains("infobox/birth_place"), seen.toString());
    }

    @Test
    void aMadeUpLifesFactsComeFromRulesOfAFileOrListedJavaRules() {
        Set<String> seen = new HashSet<>();
        assertEquals(Set.of(), unknownIds(TestPipelines.read("java-rule-ids", BIOGRAPHY).result(), seen));
        // the made-up life does reach the Java rules, not only the rule files
        assertTrue(seen.containsAll(Set.of("bornIn/dates-and-places-in-parentheses", "memberOf/members-in-parentheses",
                "siblingOf/siblings-of-one-another")), seen.toString());
    }
}
