package org.biokg.serve;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.biokg.fixtures.MadeUpBiography;
import org.biokg.store.BiokgStore;
import org.biokg.store.OpenDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Each named query over the made-up biography, loaded into a TDB2 store, with the answers it must give. */
class NamedQueriesTest {
    @TempDir
    static Path tmp;
    static OpenDataset open;

    @BeforeAll
    static void loadStore() {
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        store.load(MadeUpBiography.dataset());
        open = store.openCurrent();
    }

    @AfterAll
    static void closeStore() {
        open.close();
    }

    /** Rows as maps from variable to the literal's text or the IRI; unbound variables are absent. */
    static List<Map<String, String>> rows(String queryText) {
        Dataset ds = open.dataset();
        return Txn.calculateRead(ds, () -> {
            List<Map<String, String>> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecutionFactory.create(QueryRunner.parse(queryText, "test"), ds)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String v : rs.getResultVars()) {
                        RDFNode n = s.get(v);
                        if (n != null)
                            row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                    out.add(row);
                }
            }
            return out;
        });
    }

    static String text(String name) {
        return NamedQueries.find(name).orElseThrow(() -> new AssertionError("no named query " + name)).text();
    }

    static List<Map<String, String>> run(String name) {
        return rows(text(name));
    }

    /** Runs a named query after editing one of its VALUES lines, as a user would. */
    static List<Map<String, String>> runWith(String name, String variable, String value) {
        String original = text(name);
        String line = "VALUES ?" + variable + " { UNDEF }";
        assertTrue(original.contains(line), name + " has no line " + line);
        return rows(original.replace(line, "VALUES ?" + variable + " { " + value + " }"));
    }

    static List<String> column(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> r.get(var)).toList();
    }

    static final String RES = MadeUpBiography.RES;

    @Test
    void catalogueListsAtLeastEightDescribedQueriesThatParse() {
        List<String> names = NamedQueries.names();
        assertTrue(names.containsAll(List.of("allies", "offices", "expelled-from", "also-expelled", "group-members",
                "alliances", "evidence", "born-in", "timeline", "opponents", "family")), names.toString());
        for (NamedQuery q : NamedQueries.all()) {
            assertFalse(q.description().isBlank(), q.name() + " has no description comment");
            assertTrue(q.text().startsWith("#"), q.name() + " must begin with comment lines");
            assertNotNull(QueryRunner.parse(q.text(), q.name()));
        }
        assertTrue(NamedQueries.find("no-such-query").isEmpty());
        assertTrue(NamedQueries.find("../README").isEmpty());
    }

    @Test
    void queriesNameNoOneFromTheSeedOrTheTestData() {
        for (NamedQuery q : NamedQueries.all()) {
            String logic = q.text().replaceAll("(?m)#.*$", "");
            for (String name : List.of("Trotsky", "Stalin", "Lenin", "Zinoviev", "Kamenev", "Kessel", "Veldport", "Norland"))
                assertFalse(logic.contains(name), q.name() + " hardcodes " + name);
        }
    }

    @Test
    void allies() {
        List<Map<String, String>> r = run("allies");
        assertEquals(List.of("Tomas Brenn", "Ilse Varga"), column(r, "name"), "accepted allies by date; the candidate is left out");
        assertEquals(List.of("1917-10", "1919"), column(r, "since"));
        assertEquals("In October 1917 Kessel sided with Tomas Brenn.", r.get(0).get("evidence"));
        // Stated the other way round in the text ("Varga stood with Kessel").
        assertEquals("From 1919 Ilse Varga stood with Kessel.", r.get(1).get("evidence"));
    }

    @Test
    void officesInTimeOrderWithTerms() {
        List<Map<String, String>> r = run("offices");
        assertEquals(List.of("Chair of the Veldport Assembly", "Commissar of Ports"), column(r, "name"));
        assertEquals(Map.of("office", RES + "Chair_of_the_Veldport_Assembly", "name", "Chair of the Veldport Assembly",
                "start", "1905-10", "end", "1905-12"), r.get(0));
        assertEquals(Map.of("office", RES + "Commissar_of_Ports", "name", "Commissar of Ports", "body", "Council of Norland",
                "start", "1918-03-13", "end", "1925-01-15"), r.get(1));
    }

    @Test
    void expelledFromOrganizationsAndCountries() {
        List<Map<String, String>> r = run("expelled-from");
        assertEquals(List.of("Harbour Workers' League", "Norland"), column(r, "name"));
        assertEquals(List.of("organization", "place"), column(r, "kind"));
        assertEquals(List.of("1927-11-12", "1929-02"), column(r, "date"));
        assertEquals("In February 1929 she was expelled from Norland.", r.get(1).get("evidence"));
    }

    @Test
    void othersExpelledFromTheSameOrganization() {
        List<Map<String, String>> r = run("also-expelled");
        assertEquals(List.of("Tomas Brenn", "Ilse Varga"), column(r, "name"), "by date; the subject is not listed");
        assertEquals(List.of("1927-12", "1934"), column(r, "date"));
        assertEquals(List.of("Harbour Workers' League", "Harbour Workers' League"), column(r, "orgName"));
        // A country is not an organization, so nobody "else" is listed for it.
        assertEquals(column(r, "name"), column(runWith("also-expelled", "orgWords", "\"LEAGUE\""), "name"));
        assertTrue(runWith("also-expelled", "orgWords", "\"no such body\"").isEmpty());
    }

    @Test
    void membersOfGroups() {
        List<Map<String, String>> r = run("group-members");
        // The League has a single member here, so only the bloc counts as a group.
        assertEquals(List.of("Ilse Varga", "Pavel Ostrow", "Tomas Brenn"), column(r, "name"));
        assertEquals(List.of("Northern Bloc", "Northern Bloc", "Northern Bloc"), column(r, "groupName"));
        assertEquals(List.of("1923", "1923", "1923"), column(r, "since"));
        assertEquals(3, runWith("group-members", "groupWords", "\"bloc\"").size());
        assertTrue(runWith("group-members", "groupWords", "\"league\"").isEmpty());
    }

    @Test
    void alliancesOfThree() {
        List<Map<String, String>> r = run("alliances");
        assertEquals(2, r.size(), r.toString());
        // No group all three share: the one two of them do, with their names.
        assertEquals(Map.of("first", "Ilse Varga", "second", "Mira Kessel", "third", "Tomas Brenn",
                "sharedGroup", "Northern Bloc (Ilse Varga, Tomas Brenn)"), r.get(0));
        assertEquals(Map.of("first", "Ilse Varga", "second", "Pavel Ostrow", "third", "Tomas Brenn",
                "sharedGroup", "Northern Bloc"), r.get(1));
    }

    @Test
    void evidenceForFacts() {
        List<Map<String, String>> all = run("evidence");
        // By default: the facts about the subject, accepted and candidate.
        assertTrue(all.stream().allMatch(x -> x.get("subjectName").equals("Mira Kessel") || x.get("objectName").equals("Mira Kessel")));
        assertTrue(all.stream().anyMatch(x -> x.get("status").equals("candidate")
                && x.get("text").equals("Some said Kessel and Gregor Hale were friends.") && Double.parseDouble(x.get("confidence")) == 0.3), all.stream().filter(x -> !"accepted".equals(x.get("status"))).toList().toString());
        assertTrue(all.stream().anyMatch(x -> x.get("relation").equals(MadeUpBiography.BIOKG + "birthDate")
                && x.get("objectName").equals("1879-11-07")));
        assertFalse(all.stream().anyMatch(x -> x.get("subjectName").equals("Pavel Ostrow") && x.get("relation").endsWith("memberOf")));

        List<Map<String, String>> expelled = runWith("evidence", "relation", "<" + MadeUpBiography.BIOKG + "expelledFrom>");
        assertEquals(List.of("On 12 November 1927 Kessel was expelled from the Harbour Workers' League.",
                "In February 1929 she was expelled from Norland."), column(expelled, "text"));
        assertEquals(List.of("expelledFrom/made-up", "expelledFrom/made-up"), column(expelled, "rule"));

        String q = text("evidence").replace("VALUES ?subjectWords { UNDEF }", "VALUES ?subjectWords { \"brenn\" }")
                .replace("VALUES ?objectWords { UNDEF }", "VALUES ?objectWords { \"league\" }");
        List<Map<String, String>> brenn = rows(q);
        assertEquals(List.of("Brenn was expelled from the League in December 1927."), column(brenn, "text"));
    }

    @Test
    void bornInThePlace() {
        List<Map<String, String>> r = run("born-in");
        assertEquals(List.of("Mira Kessel", "Ilse Varga"), column(r, "name"), "dated births first");
        assertEquals("1879-11-07", r.get(0).get("born"));
        assertNull(r.get(1).get("born"));
        assertEquals(List.of("Veldport", "Veldport"), column(r, "placeName"));
        assertEquals(List.of("Tomas Brenn"), column(runWith("born-in", "placeWords", "\"kestria\""), "name"));
    }

    @Test
    void timelineOfTheSubjectsLife() {
        List<Map<String, String>> r = run("timeline");
        List<String> lines = r.stream().map(x -> x.get("date") + " " + x.get("event") + " " + x.get("what")).toList();
        assertEquals(List.of(
                "1879-11-07 born Veldport",
                "1905-10 took office Chair of the Veldport Assembly",
                "1905-12 left office Chair of the Veldport Assembly",
                "1918-03-13 took office Commissar of Ports",
                "1925-01-15 left office Commissar of Ports",
                "1927-11-12 expelled from Harbour Workers' League",
                "1928-01 exiled to Kestria",
                "1929-02 expelled from Norland",
                "1937 lived in Casona",
                "1940-08-21 died Casona"), lines);
    }

    @Test
    void opponents() {
        List<Map<String, String>> r = run("opponents");
        assertEquals(List.of("Gregor Hale", "Pavel Ostrow"), column(r, "name"));
        assertEquals(List.of("1924", "1925"), column(r, "since"));
        assertEquals("Ostrow turned against Kessel in 1925.", r.get(1).get("evidence"));
    }

    @Test
    void family() {
        List<Map<String, String>> r = run("family");
        List<String> lines = r.stream().map(x -> x.get("relation") + ": " + x.get("name")).toList();
        assertEquals(List.of("child: Lev Kessel", "parent: Jakob Kessel", "sibling: Nora Kessel", "spouse: Anna Roth"), lines);
        assertEquals("Her father, Jakob Kessel, kept a ferry.", r.get(1).get("evidence"));
        assertEquals("In 1903 Kessel married Anna Roth.", r.get(3).get("evidence"));
    }
}
