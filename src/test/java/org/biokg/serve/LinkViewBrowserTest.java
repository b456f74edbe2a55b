package org.biokg.serve;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.OWL;
import org.biokg.fixtures.MadeUpBiography;
import org.biokg.store.BiokgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The network view shows an entity's Wikipedia link (biokg build --link): a ring, and the article above its facts. */
class LinkViewBrowserTest {
    private static final String ARTICLE = "https://en.wikipedia.org/wiki/Tom%C3%A1s_Brenn_(sailor)";

    @TempDir
    Path tmp;

    @Test
    void aLinkedNodeHasARingAndShowsItsArticle() throws Exception {
        assumeTrue(HeadlessChromium.available(), "Chromium is not installed; skipping the views browser test");
        Dataset ds = MadeUpBiography.dataset();
        Model m = ds.getDefaultModel();
        Resource tomas = m.getResource(MadeUpBiography.RES + MadeUpBiography.TOMAS);
        tomas.addProperty(OWL.sameAs, m.getResource("http://dbpedia.org/resource/Tomás_Brenn_(sailor)"));
        tomas.addProperty(FOAF.isPrimaryTopicOf, m.getResource(ARTICLE));
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        store.load(ds);
        BiokgServer server = BiokgServer.builder().store(store).port(0).start();
        try (HeadlessChromium browser = HeadlessChromium.start(tmp, 1200, 900)) {
            browser.open(server.viewsUrl() + "network.html", ViewsBrowserTest.READY, "the network view");
            assertEquals(List.of("Tomas Brenn"), browser.lines("biokgNetwork.nodes('.linked').map(n => n.data('name'))"));
            assertEquals("false", browser.text("String(document.getElementById('legend-linked').hidden)"));

            browser.page.evaluate("void biokgNetwork.getElementById('" + MadeUpBiography.RES + MadeUpBiography.TOMAS
                    + "').emit('tap')");
            browser.page.waitUntil("document.querySelector('#facts .facts-body p.article a')", Duration.ofSeconds(30),
                    "the article link");
            assertEquals(ARTICLE, browser.text("document.querySelector('#facts .facts-body p.article a').href"));
            assertEquals("Wikipedia: Tomás Brenn (sailor)",
                    browser.text("document.querySelector('#facts .facts-body p.article a').textContent"));
            assertTrue(browser.text("document.querySelector('#facts .facts-body').innerText").contains("allied with"));

            browser.page.evaluate("void biokgNetwork.getElementById('" + MadeUpBiography.RES + MadeUpBiography.MIRA
                    + "').emit('tap')");
            browser.page.waitUntil("document.querySelector('#facts h2').textContent.includes('Mira Kessel')"
                    + " && document.querySelector('#facts ol.facts-list')", Duration.ofSeconds(30), "Mira's facts");
            assertEquals("0", browser.text("String(document.querySelectorAll('#facts p.article').length)"),
                    "an unlinked node shows no article");
            assertEquals(List.of(), browser.errors);
            assertEquals(List.of(), browser.warnings);
        } finally {
            server.stop();
        }
    }
}
