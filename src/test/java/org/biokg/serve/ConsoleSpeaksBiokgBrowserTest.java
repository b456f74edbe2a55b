package org.biokg.serve;

import org.biokg.fixtures.MadeUpBiography;
import org.biokg.store.BiokgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The console speaks biokg (headless Chromium, by DOM and screenshot): the named queries with their questions in
 * the example menu, the data model's prefixes in the prefix list, labels beside the result IRIs, and no Manage-page
 * buttons for the switched-off admin operations. Screenshots: target/screenshots/console-examples.png,
 * console-labels.png, console-manage.png.
 */
class ConsoleSpeaksBiokgBrowserTest {
    @TempDir
    Path tmp;

    static Path shots() {
        return Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    }

    @Test
    void examplesPrefixesLabelsAndNoDeadButtons() throws Exception {
        assumeTrue(HeadlessChromium.available(), "Chromium is not installed at " + HeadlessChromium.CHROMIUM
                + " (apt-get install chromium); skipping the console browser test");
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        store.load(MadeUpBiography.dataset());
        BiokgServer server = BiokgServer.builder().store(store).port(0).start();
        try (HeadlessChromium browser = HeadlessChromium.start(tmp, 1400, 1000)) {
            browser.open(server.consoleUrl(), "document.documentElement.dataset.biokgConsole === 'ready'"
                    + " && document.querySelector('.yasqe_queryButton')", "the console with biokg's additions");

            // The example menu: every named query (not the views' own), its one-line question as its title.
            List<String> examples = browser.lines("Array.from(document.querySelectorAll('#app .badge[data-biokg-question]'))"
                    + ".map(b => b.textContent.trim() + ': ' + b.title)");
            for (NamedQuery q : NamedQueries.all()) {
                if (!q.name().startsWith("view-"))
                    assertTrue(examples.contains(q.name() + ": " + q.description()), q.name() + " in " + examples);
            }
            assertTrue(examples.stream().noneMatch(e -> e.startsWith("view-")), examples.toString());
            // The prefix list: the data model's prefixes.
            List<String> badges = browser.lines("Array.from(document.querySelectorAll('#app .badge')).map(b => b.textContent.trim())");
            for (String prefix : List.of("biokg", "res", "schema", "prov", "skos", "wdt", "rdfs", "xsd"))
                assertTrue(badges.contains(prefix), prefix + " in the prefix list: " + badges);
            browser.screenshot(shots().resolve("console-examples.png"));

            // Clicking "allies" in the menu puts its text in the editor; run it: labels beside the IRIs.
            browser.page.evaluate("Array.from(document.querySelectorAll('#app .badge')).find(b => b.textContent.trim() === 'allies').click()");
            assertEquals("allies: " + NamedQueries.find("allies").orElseThrow().description(),
                    browser.text("document.querySelector('.biokg-question').textContent"), "the question under the examples");
            browser.page.waitUntil("document.querySelector('.CodeMirror').CodeMirror.getValue().includes('allies')",
                    Duration.ofSeconds(10), "the allies query in the editor");
            String editor = browser.text("document.querySelector('.CodeMirror').CodeMirror.getValue()");
            assertEquals(NamedQueries.find("allies").orElseThrow().text(), editor);
            browser.page.evaluate("document.querySelector('.yasqe_queryButton').click()");
            browser.page.waitUntil("document.querySelector('.yasr .biokg-label')", Duration.ofSeconds(30), "labels in the results");
            List<String> cells = browser.lines("Array.from(document.querySelectorAll('.yasr tbody tr')).map(tr =>"
                    + " tr.cells[1].querySelector('a.iri').textContent + ' | ' + tr.cells[1].querySelector('.biokg-label').textContent)");
            assertEquals(List.of(MadeUpBiography.RES + "Tomas_Brenn | Tomas Brenn",
                    MadeUpBiography.RES + "Ilse_Varga | Ilse Varga"), cells);
            // IRIs are whole, not cut off with an ellipsis.
            String overflow = browser.text("getComputedStyle(document.querySelector('.yasr tbody td')).textOverflow");
            assertEquals("clip", overflow);
            browser.page.evaluate("document.querySelector('.yasr').scrollIntoView({block: 'end'})");
            browser.screenshot(shots().resolve("console-labels.png"));

            // The Manage page: no remove, backup or new-dataset buttons (the admin API is off).
            browser.open(server.serverUrl() + "#/manage", "document.querySelector('#app') && "
                    + "document.querySelector('#app').innerText.includes('biokg')", "the Manage page");
            Thread.sleep(1000);
            List<String> visible = browser.lines("Array.from(document.querySelectorAll('#app button, #app a'))"
                    + ".filter(e => e.offsetParent !== null).map(e => e.textContent.trim().toLowerCase())");
            for (String off : List.of("remove", "backup", "compact", "new dataset"))
                assertTrue(!visible.contains(off), off + " is shown: " + visible);
            browser.screenshot(shots().resolve("console-manage.png"));
            assertTrue(Files.size(shots().resolve("console-manage.png")) > 5_000);
            assertEquals(List.of(), browser.errors.stream().filter(e -> !e.contains("prefix.cc")).toList(), "console errors");
        } finally {
            server.stop();
        }
    }
}
