package org.biokg.serve;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.biokg.fixtures.MadeUpBiography;
import org.biokg.store.BiokgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The network view's labels are readable at a glance at common window sizes: a graph large enough to be drawn
 * below zoom 1 still renders every name at 12 pixels or more, as the text writes it (a name coined in lower case
 * stays so). Checked by the rendered style and by screenshot (target/screenshots/network-labels-WxH.png).
 */
class NetworkLabelsBrowserTest {
    static final String BIOKG = MadeUpBiography.BIOKG;
    static final String RES = MadeUpBiography.RES;

    @TempDir
    Path tmp;

    /** The made-up biography with 40 more allies of its subject and a body the text names in lower case. */
    static Dataset crowded() {
        Dataset ds = MadeUpBiography.dataset();
        Model m = ds.getDefaultModel();
        Resource mira = m.getResource(RES + MadeUpBiography.MIRA);
        for (int i = 1; i <= 41; i++) {
            boolean group = i == 41;
            Resource other = m.createResource(RES + (group ? "triumvirate" : "Ally_" + i))
                    .addProperty(RDF.type, m.createResource(BIOKG + (group ? "Organization" : "Person")))
                    .addProperty(RDFS.label, group ? "triumvirate" : "Ally Number " + i, "en");
            mira.addProperty(m.createProperty(BIOKG, "alliedWith"), other);
            m.createResource(RES + "fact/extra-" + i)
                    .addProperty(RDF.type, m.createResource(BIOKG + "FactStatement"))
                    .addProperty(RDF.subject, mira)
                    .addProperty(RDF.predicate, m.createProperty(BIOKG, "alliedWith"))
                    .addProperty(RDF.object, other)
                    .addLiteral(m.createProperty(BIOKG, "confidence"), 0.8);
        }
        return ds;
    }

    @Test
    void labelsAreAtLeastTwelvePixelsOnScreenAtCommonSizes() throws Exception {
        assumeTrue(HeadlessChromium.available(), "Chromium is not installed at " + HeadlessChromium.CHROMIUM
                + " (apt-get install chromium); skipping the network labels browser test");
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        store.load(crowded());
        BiokgServer server = BiokgServer.builder().store(store).port(0).start();
        try {
            for (int[] size : new int[][]{{1400, 1000}, {1280, 800}, {1920, 1080}}) {
                Path dir = Files.createDirectories(tmp.resolve("chromium-" + size[0]));
                try (HeadlessChromium browser = HeadlessChromium.start(dir, size[0], size[1])) {
                    browser.open(server.viewsUrl() + "network.html", ViewsBrowserTest.READY, "the network view");
                    double zoom = Double.parseDouble(browser.text("String(window.biokgNetwork.zoom())"));
                    assertTrue(zoom < 1, "the crowded graph is drawn below zoom 1 at " + size[0] + "x" + size[1] + ": " + zoom);
                    List<String> sizes = browser.lines("window.biokgNetwork.nodes().map(n => n.data('name') + '='"
                            + " + parseFloat(n.renderedStyle('font-size')).toFixed(1))");
                    assertEquals(48, sizes.size(), sizes.toString());
                    for (String s : sizes) {
                        double px = Double.parseDouble(s.substring(s.lastIndexOf('=') + 1));
                        assertTrue(px >= 12.5, s + " at " + size[0] + "x" + size[1] + " (zoom " + zoom + ")");
                    }
                    // Names as the text writes them.
                    List<String> labels = browser.lines("window.biokgNetwork.nodes().map(n => n.style('label'))");
                    assertTrue(labels.contains("triumvirate"), labels.toString());
                    assertTrue(labels.contains("Mira Kessel"), labels.toString());
                    // Zooming in and out keeps them readable.
                    browser.page.evaluate("void window.biokgNetwork.zoom(window.biokgNetwork.zoom() / 2)");
                    double smallest = Double.parseDouble(browser.text("String(Math.min(...window.biokgNetwork.nodes()"
                            + ".map(n => parseFloat(n.renderedStyle('font-size')))))"));
                    assertTrue(smallest >= 12.5, "after zooming out: " + smallest);
                    browser.page.evaluate("void window.biokgNetwork.zoom(window.biokgNetwork.zoom() * 2)");
                    Path shot = Path.of(System.getProperty("basedir", "."), "target", "screenshots",
                            "network-labels-" + size[0] + "x" + size[1] + ".png");
                    browser.screenshot(shot);
                    assertTrue(Files.size(shot) > 10_000);
                    assertEquals(List.of(), browser.errors, "console errors");
                }
            }
        } finally {
            server.stop();
        }
    }
}
