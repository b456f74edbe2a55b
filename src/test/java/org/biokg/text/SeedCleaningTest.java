package org.biokg.text;

import org.apache.commons.lang3.StringEscapeUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text stage on the real seed: offsets, residue, sections. */
class SeedCleaningTest {
    static final Path SEED = Path.of("data/leon-trotsky.txt");
    private static Source source;
    private static CleanDocument doc;

    @BeforeAll
    static void clean() {
        source = new SourceReader().read(SEED);
        doc = new WikiTextCleaner().clean(source);
    }

    /**
     * For every sentence: the original text at its offsets, after the documented normalisations (HTML
     * entities decoded, removed residue cut out, wiki quote marks dropped), equals the sentence up to
     * whitespace (cleaning collapses runs of spaces and inserts one where sentences were glued).
     */
    @Test
    @SuppressWarnings("deprecation")
    void everySentenceMatchesTheOriginalAtItsOffsets() {
        String original = source.text();
        List<String> failures = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            StringBuilder raw = new StringBuilder();
            int pos = s.span().start();
            for (Residue r : doc.residue()) {
                if (r.span().start() >= s.span().start() && r.span().end() <= s.span().end() && r.span().start() >= pos) {
                    raw.append(original, pos, r.span().start());
                    pos = r.span().end();
                }
            }
            raw.append(original, pos, s.span().end());
            String normalised = StringEscapeUtils.unescapeHtml4(raw.toString()).replace("''", "");
            if (!squeeze(normalised).equals(squeeze(s.text()))) {
                failures.add(s.index() + ": [" + s.text() + "] vs [" + normalised + "]");
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " mismatches, first: " + (failures.isEmpty() ? "" : failures.get(0)));
    }

    @Test
    void tokensPointAtTheirTextInTheOriginal() {
        String original = source.text();
        int checked = 0;
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                @SuppressWarnings("deprecation")
                String at = StringEscapeUtils.unescapeHtml4(original.substring(t.span().start(), t.span().end())).replace("''", "");
                {
                    assertEquals(t.text(), at, "token in sentence " + s.index());
                    checked++;
                }
            }
        }
        assertTrue(checked > 15000, "checked " + checked);
    }

    @Test
    void noResidueRemainsInAnySentence() {
        Pattern[] residue = {
                Pattern.compile("\\|\\s*[a-z_]+[0-9]*\\s*="),        // infobox fields
                Pattern.compile("https?://|\\[\\[|\\]\\]|==="),      // links, images, captions, heading markup
                Pattern.compile("&[a-z]+;|&#\\d+;"),                // undecoded entities
                Pattern.compile("Category:|\\b[a-z]{2}:\\p{L}"),   // categories, interlanguage links
                Pattern.compile("\\bISBN\\b|\\bRetrieved\\b"),      // citations
                Pattern.compile("\\(\\d{4}[\u2013-]\\d{4}\\)\\p{Lu}"), // a heading glued to a sentence
                Pattern.compile("\\p{Ll}{3}\\p{Lu}\\p{Ll}"),          // glued words
                Pattern.compile("\\p{Ll}{2}[.!?]\\p{Lu}\\p{Ll}"),     // glued sentences
        };
        for (Sentence s : doc.sentences()) {
            for (Pattern p : residue) {
                assertTrue(!p.matcher(s.text()).find(), "residue /" + p + "/ in sentence " + s.index() + ": " + s.text());
            }
        }
    }

    @Test
    void theSeedHasItsInfoboxSectionsAndSentences() {
        assertTrue(doc.sentences().size() > 450 && doc.sentences().size() < 650, "sentences: " + doc.sentences().size());
        assertTrue(doc.infobox().stream().anyMatch(f -> f.key().equals("term_start3") && f.value().equals("October 8, 1917")));
        assertTrue(doc.infobox().stream().anyMatch(f -> f.normalizedKey().equals("place_of_death")));
        assertTrue(doc.sections().size() >= 25, "sections: " + doc.sections().size());
        assertTrue(doc.sections().stream().anyMatch(s -> s.title().equals("World War I") && s.startYear() == 1914));
        // the first prose sentence is the lead, not infobox residue
        assertTrue(doc.sentences().get(0).text().startsWith("Leon Trotsky ("), doc.sentences().get(0).text());
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
