package org.biokg.cli;

import org.biokg.TestPipelines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Issue 20, point 6, end to end: facts from a saved HTML page, with evidence offsets into the page. */
class HtmlFactsTest {
    @TempDir
    Path tmp;

    @Test
    void factsOfAnHtmlPagePointIntoThePage() throws IOException {
        String page = """
                <!DOCTYPE html>
                <html><head><title>Mira Kessel</title></head><body>
                <nav><a href="/">Main Page</a></nav>
                <div id="mw-content-text"><p><b>Mira Kessel</b> (1 May 1890 &ndash; 1950) was a Swedish printer.
                Kessel was born in <a href="/wiki/Lund">Lund</a>.<sup class="reference">[1]</sup></p>
                <p>In 1917 Kessel joined the <a href="/wiki/PU">Printers' Union</a>.</p></div>
                <footer>Page last edited</footer></body></html>
                """;
        Path file = Files.writeString(tmp.resolve("mira-kessel.html"), page);
        CliRunner r = CliRunner.run("facts", "--quiet", "--cache-dir", TestPipelines.CACHE.toString(), file.toString());
        assertEquals(0, r.code(), r.err());
        List<String[]> rows = r.out().lines().skip(1).map(l -> l.split("\t")).toList();
        String[] born = rows.stream().filter(c -> c[0].equals("bornIn")).findFirst().orElseThrow(() -> new AssertionError(r.out()));
        assertEquals("Lund", born[2]);
        String evidence = page.substring(Integer.parseInt(born[7]), Integer.parseInt(born[8]));
        assertTrue(evidence.startsWith("Kessel was born in <a href=\"/wiki/Lund\">Lund</a>."), evidence);
        for (String[] c : rows) {
            assertFalse(String.join(" ", c).matches(".*(<|href|Page|Main).*"), String.join(" | ", c));
        }
    }
}
