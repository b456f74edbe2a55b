package org.biokg.eval.redocred;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeNamesTest {
    @Test
    void readsTheWaysTheBenchmarkWritesDates() {
        assertEquals(Optional.of("1920-08-20"), TimeNames.toIso("August 20 , 1920"));
        assertEquals(Optional.of("1911-09-11"), TimeNames.toIso("11 September 1911"));
        assertEquals(Optional.of("1954-07-03"), TimeNames.toIso("July 3, 1954"));
        assertEquals(Optional.of("1887-05"), TimeNames.toIso("May 1887"));
        assertEquals(Optional.of("1992"), TimeNames.toIso("1992"));
        assertEquals(Optional.empty(), TimeNames.toIso("1930s"));
        assertEquals(Optional.empty(), TimeNames.toIso("the next day"));
    }

    @Test
    void datesAgreeOnTheYearAndWhereverBothAreMorePrecise() {
        TimeNames.Date text = TimeNames.parseText("August 20 , 1920").orElseThrow();
        assertTrue(TimeNames.parseIso("1920").orElseThrow().agrees(text));
        assertTrue(TimeNames.parseIso("1920-08").orElseThrow().agrees(text));
        assertTrue(TimeNames.parseIso("1920-08-20").orElseThrow().agrees(text));
        assertFalse(TimeNames.parseIso("1920-08-21").orElseThrow().agrees(text));
        assertFalse(TimeNames.parseIso("1921").orElseThrow().agrees(text));
        assertFalse(TimeNames.parseIso("20 August").isPresent());
    }
}
