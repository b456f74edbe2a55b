package org.biokg.eval.redocred;

import org.biokg.text.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentTextTest {
    @Test
    void rebuildsReadableText() {
        RedocredDocument doc = RedocredFixtures.mini();
        assertEquals("Mira Jane Tolland (3 March 1901 – June 5, 1977) was a Nordland poet and mayor of Kesby. "
                + "Born in Kesby, she married Arno Vell in 1925 and co - founded the Kesby Poets ' Circle. "
                + "Tolland's son, Pieter Vell, joined the Agrarian League (AL). "
                + "Her sister Lotte Tolland died in Ruswick.", doc.text());
        DocumentText t = doc.documentText();
        assertEquals("(AL)", t.substring(t.span(2, 11, 14)));
        assertEquals("Born in Kesby, she married Arno Vell in 1925 and co - founded the Kesby Poets ' Circle.",
                t.substring(t.sentenceSpan(1)));
        assertEquals(2, t.sentenceAt(doc.text().indexOf("Pieter")));
    }

    @Test
    void everyMentionOfTheBenchmarkIsFoundAtItsOffsets() {
        int mentions = 0;
        for (RedocredDocument doc : RedocredFixtures.PERSONS) {
            DocumentText t = doc.documentText();
            for (List<Mention> entity : doc.entities()) {
                for (Mention m : entity) {
                    Span span = t.span(m);
                    String found = t.substring(span);
                    assertEquals(m.name().replaceAll("\\s+", ""), found.replaceAll("\\s+", ""),
                            doc.title() + ": " + m);
                    assertTrue(t.sentenceSpan(m.sentence()).contains(span));
                    mentions++;
                }
            }
        }
        assertEquals(101, RedocredFixtures.PERSONS.size());
        assertTrue(mentions > 2000, "mentions: " + mentions);
    }

    @Test
    void punctuationSticksToTheRightToken() {
        DocumentText t = new DocumentText(List.of(List.of("He", "said", "(", "twice", ")", ":", "no", ",", "it",
                "is", "n't", "Ada", "'s", ";", "done", "."), List.of("[", "1", "]", "Yes", "!")));
        assertEquals("He said (twice): no, it isn't Ada's; done. [1] Yes!", t.text());
    }
}
