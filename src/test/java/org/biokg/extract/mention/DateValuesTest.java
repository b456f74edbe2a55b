package org.biokg.extract.mention;

import org.biokg.extract.TimeValue;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SUTime's values read into java.time: the date at the precision given, SUTime's own TIMEX parts around it. */
class DateValuesTest {
    @Test
    void datesMonthsAndYearsAreJavaTimeValues() {
        assertEquals(LocalDate.of(1917, 10, 8), new TimeValue("1917-10-08").temporal());
        assertEquals(YearMonth.of(1917, 10), new TimeValue("1917-10").temporal());
        assertEquals(Year.of(1917), new TimeValue("1917").temporal());
        assertEquals(1917, new TimeValue("1917-10-08").year());
        assertThrows(IllegalArgumentException.class, () -> new TimeValue("1917-02-30"));
        assertThrows(IllegalArgumentException.class, () -> new TimeValue("1917-13"));
        assertThrows(IllegalArgumentException.class, () -> new TimeValue("17-10"));
    }

    @Test
    void sutimeValues() {
        assertEquals("1917-10-08", DateValues.parse("1917-10-08").orElseThrow().start().iso());
        assertEquals("1917-10-08", DateValues.parse("1917-10-08T10:00").orElseThrow().start().iso());
        assertEquals("1917", DateValues.parse("1917-SU").orElseThrow().start().iso(), "a season reads as its year");
        assertEquals("1917-10", DateValues.parse("1917-10-XX").orElseThrow().start().iso());
        assertEquals("1917", DateValues.parse("1917-W12").orElseThrow().start().iso());
        DateValues.Parsed range = DateValues.parse("1847/1922").orElseThrow();
        assertEquals("1847", range.start().iso());
        assertEquals("1922", range.end().iso());
        DateValues.Parsed noYear = DateValues.parse("XXXX-10-08").orElseThrow();
        assertNull(noYear.start());
        assertEquals("1917-10-08", noYear.withYear(1917).iso());
        assertEquals("1918-02", DateValues.parse("XXXX-02-29").orElseThrow().withYear(1918).iso(),
                "no 29 February in 1918: the month is all that is sure");
        assertTrue(DateValues.parse("PRESENT_REF").isEmpty());
        assertTrue(DateValues.parse("1917-10-08X").isEmpty());
        assertEquals("1917-10-08", TimeValue.fromTimex("1917-10-08T").orElseThrow().iso());
        assertEquals("1917", TimeValue.fromTimex("1917-XX").orElseThrow().iso());
    }
}
