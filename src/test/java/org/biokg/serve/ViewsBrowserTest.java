package org.biokg.serve;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.biokg.fixtures.MadeUpBiography;
import org.biokg.store.BiokgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The network and timeline views in headless Chromium over the made-up biography: they load without console
 * errors and without asking another host for anything; the network shows the subject's allies, in the centre,
 * and its filters work; the timeline shows the offices with their dates; clicking shows the evidence; the
 * console link opens the same query in the console's editor. The accessible tables beside the pictures are
 * read as a screen reader would. Screenshots go to target/screenshots/network.png and timeline.png.
 * <p>
 * With {@code -Dbiokg.readme.screenshots=STORE_DIR} a second test takes the README's pictures of a real store
 * (the built seed) into data/screenshots/.
 */
class ViewsBrowserTest {
    static final String RES = MadeUpBiography.RES;
    static final String SUBJECT = RES + "Mira_Kessel";
    static final String ROWS = "Array.from(document.querySelectorAll('%s tbody tr'))"
            + ".map(tr => Array.from(tr.cells).map(td => td.innerText.trim()).join(' | '))";
    static final String READY = "document.body && document.body.dataset.ready === 'true'";

    @TempDir
    Path tmp;

    static Path basedir() {
        return Path.of(System.getProperty("basedir", "."));
    }

    @Test
    void networkAndTimelineShowTheFactsAndTheirEvidence() throws Exception {
        assumeTrue(HeadlessChromium.available(), "Chromium is not installed at " + HeadlessChromium.CHROMIUM
                + " (apt-get install chromium); skipping the views browser test");
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        store.load(MadeUpBiography.dataset());
        BiokgServer server = BiokgServer.builder().store(store).port(0).start();
        try (HeadlessChromium browser = HeadlessChromium.start(tmp, 1400, 1100)) {
            index(server, browser);
            network(server, browser);
            String consoleLink = browser.text("document.querySelector('#facts a.console-link').href");
            timeline(server, browser);
            assertEquals(List.of(), browser.errors, "console errors in the views");
            assertEquals(List.of(), browser.warnings, "console warnings in the views (Cytoscape warns about bad styles)");
            assertEquals(List.of(), foreign(server, browser.requests), "requests to other hosts");
            console(browser, consoleLink);
        } finally {
            server.stop();
        }
    }

    private static void index(BiokgServer server, HeadlessChromium browser) throws Exception {
        browser.open(server.viewsUrl(), "document.readyState === 'complete'", "the views' index");
        List<String> links = browser.lines("Array.from(document.querySelectorAll('main a')).map(a => a.href)");
        for (String page : List.of("network.html", "timeline.html", "queries/view-network.rq"))
            assertTrue(links.contains(server.viewsUrl() + page), links.toString());
        assertTrue(links.contains(server.serverUrl() + "#/dataset/biokg/query"), links.toString());
    }

    private static void network(BiokgServer server, HeadlessChromium browser) throws Exception {
        browser.open(server.viewsUrl() + "network.html", READY, "the network view");
        assertEquals("Showing 14 of 14 links between 7 people and organizations, centred on Mira Kessel.",
                browser.text("document.getElementById('status').textContent"));
        List<String> rows = browser.lines(ROWS.formatted("#links"));
        assertEquals(14, rows.size(), rows.toString());
        // The subject's allies, read from the text beside the picture (symmetric links read from the subject's side).
        List<String> allies = rows.stream().filter(r -> r.startsWith("Mira Kessel | allied with | ")).toList();
        assertEquals(List.of("Mira Kessel | allied with | Ilse Varga | 1919 | 0.85 | why?",
                "Mira Kessel | allied with | Tomas Brenn | October 1917 | 0.90 | why?"), allies);
        assertTrue(rows.contains("Mira Kessel | opposed | Gregor Hale | 1924 | 0.85 | why?"), rows.toString());
        assertTrue(rows.contains("Tomas Brenn | expelled from | Harbour Workers' League | December 1927 | 0.85 | why?"), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.contains("allied with | Gregor Hale")), "the candidate alliance stays out");
        assertTrue(rows.stream().noneMatch(r -> r.contains("Norland")), "places are not nodes");

        // The picture: the same allies, linked to the subject, who is in the middle of the view.
        String cy = "biokgNetwork";
        assertEquals(List.of("Ilse Varga", "Tomas Brenn"), browser.lines("(() => { const s = " + cy + ".getElementById('" + SUBJECT
                + "'); return s.connectedEdges('.alliedWith').connectedNodes().filter(n => n.id() !== s.id())"
                + ".map(n => n.data('name')).sort(); })()"));
        assertEquals(7, intOf(browser, cy + ".nodes().length"));
        assertEquals(14, intOf(browser, cy + ".edges().length"));
        assertEquals(Boolean.TRUE, bool(browser, "(() => { const p = " + cy + ".getElementById('" + SUBJECT + "').renderedPosition();"
                + " return Math.abs(p.x - " + cy + ".width() / 2) < 2 && Math.abs(p.y - " + cy + ".height() / 2) < 2; })()"),
                () -> "subject centred: " + textOrError(browser, "JSON.stringify([" + cy + ".getElementById('" + SUBJECT
                        + "').renderedPosition(), " + cy + ".width(), " + cy + ".height(), " + cy + ".zoom()])"));
        assertEquals(Boolean.TRUE, bool(browser, cy + ".nodes().every(n => { const b = n.renderedBoundingBox({includeLabels: false});"
                + " return b.x1 >= 0 && b.y1 >= 0 && b.x2 <= " + cy + ".width() && b.y2 <= " + cy + ".height(); })"), "every node in view");
        assertEquals(Boolean.TRUE, bool(browser, "document.querySelector('#graph canvas') !== null"));

        // Filters: by relation, then by year; the picture and the table follow.
        browser.page.evaluate("document.querySelector('#relations input[value=alliedWith]').click()");
        assertEquals(9, browser.lines(ROWS.formatted("#links")).size());
        assertEquals(0, intOf(browser, cy + ".edges('.alliedWith').length"));
        browser.page.evaluate("document.querySelector('#relations input[value=alliedWith]').click()");
        browser.page.evaluate("(() => { const t = document.getElementById('year-to'); t.value = '1920';"
                + " t.dispatchEvent(new Event('input')); })()");
        assertEquals(List.of("Mira Kessel | allied with | Ilse Varga | 1919 | 0.85 | why?",
                "Mira Kessel | allied with | Tomas Brenn | October 1917 | 0.90 | why?",
                "Mira Kessel | member of | Harbour Workers' League | 1902 | 0.90 | why?"), browser.lines(ROWS.formatted("#links")));
        assertEquals(3, intOf(browser, cy + ".edges().length"));
        assertEquals(Boolean.TRUE, bool(browser, "document.getElementById('status').textContent.startsWith('Showing 3 of 14 links')"));
        browser.page.evaluate("(() => { const t = document.getElementById('year-to'); t.value = t.max;"
                + " t.dispatchEvent(new Event('input')); })()");
        assertEquals(14, browser.lines(ROWS.formatted("#links")).size());

        // Click a link in the picture, then a node, then a name in the table: the facts and their evidence.
        browser.page.evaluate("void " + cy + ".edges().filter(e => e.data('title') === 'Gregor Hale opposed Mira Kessel'"
                + " || e.data('title') === 'Mira Kessel opposed Gregor Hale')[0].emit('tap')");
        waitForFacts(browser, "opposed Gregor Hale");
        assertTrue(factsText(browser).contains("From 1924 Kessel opposed Gregor Hale."), factsText(browser));
        browser.page.evaluate("void " + cy + ".getElementById('" + SUBJECT + "').emit('tap')");
        waitForFacts(browser, "Facts: Mira Kessel");
        assertTrue(factsText(browser).contains("Mira Kessel was born on 7 November 1879 in Veldport."), factsText(browser));
        browser.page.evaluate("Array.from(document.querySelectorAll('#links button')).find(b => b.textContent === 'Tomas Brenn').click()");
        waitForFacts(browser, "Facts: Tomas Brenn");
        String facts = factsText(browser);
        assertTrue(facts.contains("Mira Kessel allied with Tomas Brenn"), facts);
        assertTrue(facts.contains("since October 1917, confidence 0.90"), facts);
        assertTrue(facts.contains("In October 1917 Kessel sided with Tomas Brenn."), facts);
        assertTrue(facts.contains("(alliedWith/made-up, confidence 0.90)"), facts);
        assertTrue(facts.contains("Brenn was expelled from the League in December 1927."), facts);

        // The console link carries the query the panel ran: view-facts with this node filled in.
        String href = browser.text("document.querySelector('#facts a.console-link').href");
        assertTrue(href.startsWith(server.serverUrl() + "#/dataset/biokg/query?query="), href);
        String expected = NamedQueries.find("view-facts").orElseThrow().text()
                .replace("VALUES ?focus { UNDEF }", "VALUES ?focus { <" + RES + "Tomas_Brenn> }");
        assertEquals("/dataset/biokg/query?query=" + expected, URI.create(href).getFragment());
        assertEquals(expected, browser.text("document.querySelector('#facts pre.sparql').textContent"));

        // Copy the SPARQL: the clipboard gets the same text.
        JsonObject grant = new JsonObject();
        JsonArray permissions = new JsonArray();
        permissions.add("clipboardReadWrite");
        permissions.add("clipboardSanitizedWrite");
        grant.put("permissions", permissions);
        grant.put("origin", server.serverUrl().replaceFirst("/$", ""));
        browser.page.call("Browser.grantPermissions", grant);
        JsonObject focus = new JsonObject();
        focus.put("enabled", true);
        browser.page.call("Emulation.setFocusEmulationEnabled", focus);
        browser.page.evaluate("document.querySelector('#facts button.copy-sparql').click()");
        browser.page.waitUntil("document.querySelector('#facts .copy-note').textContent !== ''", Duration.ofSeconds(10), "the copy note");
        assertEquals("Copied.", browser.text("document.querySelector('#facts .copy-note').textContent"));
        assertEquals(expected, browser.text("navigator.clipboard.readText()"));

        browser.screenshot(basedir().resolve("target/screenshots/network.png"));
        assertTrue(Files.size(basedir().resolve("target/screenshots/network.png")) > 20_000);
    }

    private static void timeline(BiokgServer server, HeadlessChromium browser) throws Exception {
        browser.open(server.viewsUrl() + "timeline.html", READY, "the timeline view");
        assertEquals("8 events in the life of Mira Kessel.", browser.text("document.getElementById('status').textContent"));
        assertEquals(List.of(
                "7 November 1879 |  | Born | Veldport | 0.95 | why?",
                "October 1905 | December 1905 | Office | Chair of the Veldport Assembly | 0.90 | why?",
                "13 March 1918 | 15 January 1925 | Office | Commissar of Ports (Council of Norland) | 0.90 | why?",
                "12 November 1927 |  | Expelled from | Harbour Workers' League | 0.90 | why?",
                "January 1928 |  | Exiled to | Kestria | 0.90 | why?",
                "February 1929 |  | Expelled from | Norland | 0.90 | why?",
                "1937 |  | Lived in | Casona | 0.85 | why?",
                "21 August 1940 |  | Died | Casona | 0.95 | why?"), browser.lines(ROWS.formatted("#events")));

        // The picture: two office bars, from start to end, in time order; their labels say the same as the table.
        List<String> offices = browser.lines("Array.from(document.querySelectorAll('#timeline g.event.office'))"
                + ".map(g => g.getAttribute('aria-label'))");
        assertEquals(List.of("Office: Chair of the Veldport Assembly, from October 1905 to December 1905",
                "Office: Commissar of Ports (Council of Norland), from 13 March 1918 to 15 January 1925"), offices);
        List<String> bars = browser.lines("Array.from(document.querySelectorAll('#timeline g.event.office rect'))"
                + ".map(r => r.getAttribute('x') + ' ' + r.getAttribute('width'))");
        double chairX = Double.parseDouble(bars.get(0).split(" ")[0]);
        double chairWidth = Double.parseDouble(bars.get(0).split(" ")[1]);
        double commissarX = Double.parseDouble(bars.get(1).split(" ")[0]);
        double commissarWidth = Double.parseDouble(bars.get(1).split(" ")[1]);
        assertTrue(commissarX > chairX + 100, bars.toString());
        assertTrue(commissarWidth > 10 * chairWidth, "a term of seven years against one of two months: " + bars);
        assertEquals(8, intOf(browser, "document.querySelectorAll('#timeline g.event').length"));

        // Keyboard on one bar, a click on the other: the facts behind each.
        browser.page.evaluate("document.querySelector('#timeline g.event.office[aria-label*=\"Chair\"]')"
                + ".dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}))");
        waitForFacts(browser, "Chair of the Veldport Assembly");
        assertTrue(factsText(browser).contains("In October 1905 Kessel chaired the Veldport Assembly until December."), factsText(browser));
        browser.page.evaluate("document.querySelector('#timeline g.event.office[aria-label*=\"Commissar\"]')"
                + ".dispatchEvent(new MouseEvent('click', {bubbles: true}))");
        waitForFacts(browser, "Commissar of Ports");
        String facts = factsText(browser);
        assertTrue(facts.contains("Mira Kessel held office Commissar of Ports"), facts);
        assertTrue(facts.contains("from 13 March 1918 to 15 January 1925, confidence 0.90"), facts);
        assertTrue(facts.contains("Kessel served as Commissar of Ports from 13 March 1918 to 15 January 1925."), facts);

        browser.screenshot(basedir().resolve("target/screenshots/timeline.png"));
        assertTrue(Files.size(basedir().resolve("target/screenshots/timeline.png")) > 20_000);
    }

    /** Follows a facts panel's console link: the console's editor holds the query, and running it gives the evidence. */
    private static void console(HeadlessChromium browser, String consoleLink) throws Exception {
        browser.open(consoleLink, "document.querySelector('.CodeMirror') && document.querySelector('.CodeMirror').CodeMirror"
                + " && document.querySelector('.CodeMirror').CodeMirror.getValue().includes('Tomas_Brenn')"
                + " && document.querySelector('.yasqe_queryButton')", "the console with the query");
        String editor = browser.text("document.querySelector('.CodeMirror').CodeMirror.getValue()");
        assertTrue(editor.contains("VALUES ?focus { <" + RES + "Tomas_Brenn> }"), editor);
        browser.page.evaluate("document.querySelector('.yasqe_queryButton').click()");
        browser.page.waitUntil("document.querySelector('.yasr table') && document.querySelector('.yasr table').innerText"
                + ".includes('In October 1917 Kessel sided with Tomas Brenn.')", Duration.ofSeconds(30), "the console's results");
    }

    /**
     * The README's pictures: the views over a real store (the built seed graph). Run with
     * {@code mvn test -Dtest=ViewsBrowserTest -Dbiokg.readme.screenshots=data/store}.
     */
    @Test
    void readmeScreenshotsOfARealStore() throws Exception {
        String storeDir = System.getProperty("biokg.readme.screenshots");
        assumeTrue(storeDir != null && !storeDir.isBlank(), "set -Dbiokg.readme.screenshots=STORE_DIR to take the README's screenshots");
        assumeTrue(HeadlessChromium.available(), "Chromium is not installed");
        Path root = Path.of(storeDir).isAbsolute() ? Path.of(storeDir) : basedir().resolve(storeDir);
        BiokgServer server = BiokgServer.builder().store(BiokgStore.at(root)).port(0).start();
        Path out = basedir().resolve("data/screenshots");
        try (HeadlessChromium browser = HeadlessChromium.start(tmp, 1400, 1000)) {
            browser.open(server.viewsUrl() + "network.html", READY, "the network view");
            // Show the evidence of the subject's first alliance (or the subject's facts).
            browser.page.evaluate("(() => { const row = Array.from(document.querySelectorAll('#links tbody tr')).find(tr => tr.dataset.relation === 'alliedWith'"
                    + " && tr.cells[0].innerText.trim() === biokgNetwork.nodes('.subject').data('name'));"
                    + " if (row) row.querySelector('td:last-child button').click();"
                    + " else biokgNetwork.nodes('.subject').emit('tap'); })()");
            browser.page.waitUntil("document.querySelector('#facts ol.facts-list')", Duration.ofSeconds(30), "the facts panel");
            browser.page.evaluate("window.scrollTo(0, 0)");
            browser.screenshot(out.resolve("network.png"));
            browser.open(server.viewsUrl() + "timeline.html", READY, "the timeline view");
            browser.page.evaluate("(() => { const bars = Array.from(document.querySelectorAll('#timeline g.event.office'));"
                    + " const bar = bars.find(g => g.getAttribute('aria-label').includes(' to ')) || bars[0];"
                    + " if (bar) bar.dispatchEvent(new MouseEvent('click', {bubbles: true})); })()");
            browser.page.waitUntil("document.querySelector('#facts ol.facts-list')", Duration.ofSeconds(30), "the facts panel");
            browser.page.evaluate("window.scrollTo(0, 0)");
            browser.screenshot(out.resolve("timeline.png"));
            assertEquals(List.of(), browser.errors, "console errors in the views");
            // the console with a named query run over the same store
            String allies = NamedQueries.find("allies").orElseThrow().text();
            browser.open(server.consoleUrl() + "?query=" + java.net.URLEncoder.encode(allies, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"), "document.querySelector('.yasqe_queryButton')", "the console");
            browser.page.evaluate("document.querySelector('.yasqe_queryButton').click()");
            browser.page.waitUntil("document.querySelector('.yasr table') && document.querySelectorAll('.yasr table tbody tr').length > 2",
                    Duration.ofSeconds(30), "the console's results");
            browser.page.waitUntil("document.querySelector('.yasr .biokg-label')", Duration.ofSeconds(30), "the labels beside the IRIs");
            // The results with their labels, under the end of the editor.
            browser.page.evaluate("window.scrollTo(0, document.querySelector('.yasr').getBoundingClientRect().top + window.scrollY - 200)");
            browser.screenshot(out.resolve("console.png"));
        } finally {
            server.stop();
        }
        assertTrue(Files.size(out.resolve("network.png")) > 20_000);
        assertTrue(Files.size(out.resolve("timeline.png")) > 20_000);
    }

    private static void waitForFacts(HeadlessChromium browser, String heading) throws Exception {
        browser.page.waitUntil("!document.getElementById('facts').hidden"
                + " && document.querySelector('#facts h2').textContent.includes(" + jsString(heading) + ")"
                + " && document.querySelector('#facts ol.facts-list')", Duration.ofSeconds(30), "the facts of " + heading);
    }

    private static String textOrError(HeadlessChromium browser, String expression) {
        try {
            return browser.text(expression);
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static String factsText(HeadlessChromium browser) throws Exception {
        return browser.text("document.querySelector('#facts .facts-body').innerText");
    }

    private static int intOf(HeadlessChromium browser, String expression) throws Exception {
        return browser.page.evaluate(expression).getAsNumber().value().intValue();
    }

    private static Boolean bool(HeadlessChromium browser, String expression) throws Exception {
        return browser.page.evaluate(expression).getAsBoolean().value();
    }

    private static String jsString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** Requests to anything but this server; the console's optional prefix lookup on prefix.cc is allowed. */
    private static List<String> foreign(BiokgServer server, List<String> requests) {
        List<String> out = new ArrayList<>();
        for (String url : requests) {
            if (url.startsWith(server.serverUrl()) || url.startsWith("data:") || url.startsWith("blob:") || url.equals("about:blank"))
                continue;
            String host = URI.create(url).getHost();
            if ("prefix.cc".equals(host))
                continue;
            out.add(url);
        }
        return out;
    }
}
