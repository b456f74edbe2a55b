package org.biokg.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Issue 20, point 6: an HTML page is read as the text of its content, at the page's own offsets. */
class HtmlInputTest {
    static final String PAGE = """
            <!DOCTYPE html>
            <html><head><title>Mira Kessel - Wikipedia</title><script>var x = "<p>Page script</p>";</script>
            <style>p { color: red }</style></head>
            <body><div class="mw-jump-link">Jump to content</div>
            <nav>Main page</nav>
            <main><h1>Mira Kessel</h1>
            <div id="mw-content-text"><p><b>Mira Kessel</b> (1890&ndash;1950) was a Swedish printer. She was born in
            <a href="/wiki/Lund">Lund</a>.<sup class="reference">[1]</sup></p>
            <h2>Career<span class="mw-editsection">[edit]</span></h2>
            <p>In 1917 Kessel joined the Printers&#39; Union &amp; sided with <a href="/wiki/Tomas_Brenn">Tomas Brenn</a>.</p>
            <table class="infobox"><tr><td>Born</td><td>1890</td></tr></table>
            <!-- a comment with Page in it -->
            </div></main><footer>Page footer</footer></body></html>
            """;

    static List<Sentence> sentences(String page) {
        Source source = new SourceReader().read("kessel.html", page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(page.length(), source.text().length(), "same length: offsets are the page's");
        return new WikiTextCleaner().clean(source).sentences();
    }

    @Test
    void detectsPagesNotText() {
        assertTrue(HtmlText.looksLikeHtml(PAGE));
        assertTrue(HtmlText.looksLikeHtml("  <html lang=en><body><p>Mira Kessel was a printer.</p></body></html>"));
        assertTrue(HtmlText.looksLikeHtml("<!-- saved --><!doctype html><p>x</p>"));
        assertFalse(HtmlText.looksLikeHtml("Mira Kessel (born 1890) was a printer. She used <b> tags in her notes."));
        assertFalse(HtmlText.looksLikeHtml("{{Infobox person | name = Mira Kessel }}\nMira Kessel was a printer."));
    }

    @Test
    void keepsTheContentsProseAtItsOffsetsAndNothingElse() {
        List<Sentence> ss = sentences(PAGE);
        List<String> texts = ss.stream().map(Sentence::text).toList();
        assertTrue(texts.contains("Mira Kessel (1890–1950) was a Swedish printer."), texts.toString());
        assertTrue(texts.contains("She was born in Lund."), texts.toString());
        assertTrue(texts.contains("In 1917 Kessel joined the Printers' Union & sided with Tomas Brenn."), texts.toString());
        for (String t : texts) {
            assertFalse(t.contains("<") || t.contains(">") || t.contains("href") || t.contains("Page")
                    || t.contains("[edit]") || t.contains("[1]") || t.contains("Jump") || t.contains("color"), t);
        }
        for (Sentence s : ss) {
            String original = PAGE.substring(s.span().start(), s.span().end());
            assertTrue(original.startsWith(s.text().substring(0, 2)), original + " / " + s.text());
        }
        Sentence born = ss.stream().filter(s -> s.text().equals("She was born in Lund.")).findFirst().orElseThrow();
        assertEquals("She was born in\n<a href=\"/wiki/Lund\">Lund</a>.", PAGE.substring(born.span().start(), born.span().end()));
    }

    @Test
    void aPageWithoutMainContentUsesItsBody() {
        String page = "<html><body><p>Mira Kessel was a printer.</p><p>She lived in Lund.</p></body></html>";
        assertEquals(List.of("Mira Kessel was a printer.", "She lived in Lund."),
                sentences(page).stream().map(Sentence::text).toList());
    }
}
