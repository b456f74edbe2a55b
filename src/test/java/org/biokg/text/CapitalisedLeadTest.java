package org.biokg.text;

import org.biokg.text.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CapitalisedLeadTest {
    private static String apply(String text) {
        return OffsetText.of(text).apply(CapitalisedLead.edits(text)).text();
    }

    @Test
    void theOpeningNameInCapitalsIsWrittenAsAName() {
        assertEquals("Ann Marie O'Neill-Roe (born 4 May 1901) was a Welsh painter. NASA hired her.",
                apply("ANN MARIE O'NEILL-ROE (born 4 May 1901) was a Welsh painter. NASA hired her."));
        assertEquals("  John Bell Roe III, Baron Roe, (1 May 1900 – 2 June 1970) is a peer of the UK and the USA.",
                apply("  JOHN BELL ROE III, BARON ROE, (1 May 1900 – 2 June 1970) is a peer of the UK and the USA."));
        assertEquals("Bal Roe (also known as Balasaheb Roe; 1926 – 2012) was an Indian politician.",
                apply("BAL ROE (also known as BALASAHEB ROE; 1926 – 2012) was an Indian politician."));
    }

    @Test
    void aNameWithACapitalInsideIsWrittenAsTheTextWritesIt() {
        assertEquals("Ann McCabe (born 1968) is a lawyer. In 2016 McCabe moved to Lund.",
                apply("ANN MCCABE (born 1968) is a lawyer. In 2016 McCabe moved to Lund."));
        // written in capitals only, or mostly as every name is: the usual name case
        assertEquals("Ivo Mackenzie (born 1950) is a lawyer. Mackenzie met Cy MacKenzie. Mackenzie left.",
                apply("IVO MACKENZIE (born 1950) is a lawyer. Mackenzie met Cy MacKenzie. Mackenzie left."));
        assertEquals("Bo Macleod (born 1950) is a lawyer. MACLEOD, Bo: see Lund.",
                apply("BO MACLEOD (born 1950) is a lawyer. MACLEOD, Bo: see Lund."));
    }

    @Test
    void textWithoutCapitalsIsLeftAsItIs() {
        String plain = "Ann Roe (born 1901) was a painter of the RAF. She joined the KGB.";
        assertEquals(List.of(), CapitalisedLead.edits(plain));
    }

    @Test
    void everyLetterKeepsItsOffset() {
        String text = "ANN ROE was a painter.";
        OffsetText t = OffsetText.of(text).apply(CapitalisedLead.edits(text));
        assertEquals(new Span(4, 7), t.originalSpan(4, 7));
        assertEquals(new Span(1, 2), t.originalSpan(1, 2));
    }
}
