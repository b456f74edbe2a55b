package org.biokg.extract.mention;

import org.biokg.extract.TimeValue;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SUTime's normalised date values: full dates ({@code 1917-10-08}), months, years, seasons
 * ({@code 1917-SU} reads as 1917), ranges ({@code 1847/1922}), and dates without a year
 * ({@code XXXX-10-08}), whose year the context must supply.
 */
public final class DateValues {
    /**
     * What may follow the ISO date in a SUTime value: nothing, a time ({@code T10:00}), a season or an unknown
     * part ({@code -SU}, {@code -XX}), a week ({@code -W12}). These TIMEX forms are SUTime's own, which java.time does
     * not read; the date before them is read by {@link TimeValue} with java.time.
     */
    private static final Pattern AFTER_DATE = Pattern.compile("$|T.*|-[A-Z].*|-W.*");
    private static final Pattern NO_YEAR = Pattern.compile("^XXXX-(\\d{2})(?:-(\\d{2}))?$");

    private DateValues() {
    }

    /**
     * A parsed value: {@code start} (null when the year is missing), {@code end} for ranges, and
     * {@code monthDay} ("10-08" or "10") when the year is missing.
     */
    public record Parsed(TimeValue start, TimeValue end, String monthDay) {
        /** The date completed with {@code year}. */
        public TimeValue withYear(int year) {
            // "XXXX-02-29" in a year that has no 29 February keeps its month only
            return TimeValue.fromTimex(String.format("%04d-%s", year, monthDay)).orElseThrow();
        }
    }

    public static Optional<Parsed> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        int slash = v.indexOf('/');
        if (slash > 0) {
            Optional<TimeValue> a = full(v.substring(0, slash));
            Optional<TimeValue> b = full(v.substring(slash + 1));
            if (a.isPresent()) {
                return Optional.of(new Parsed(a.get(), b.orElse(null), null));
            }
            return Optional.empty();
        }
        Optional<TimeValue> f = full(v);
        if (f.isPresent()) {
            return Optional.of(new Parsed(f.get(), null, null));
        }
        Matcher m = NO_YEAR.matcher(v);
        if (m.matches()) {
            return Optional.of(new Parsed(null, null, m.group(1) + (m.group(2) != null ? "-" + m.group(2) : "")));
        }
        return Optional.empty();
    }

    /** The longest prefix that is a valid year, month or day followed by what SUTime may write after a date. */
    private static Optional<TimeValue> full(String v) {
        for (int length : new int[]{10, 7, 4}) {
            if (v.length() >= length && AFTER_DATE.matcher(v.substring(length)).matches()) {
                Optional<TimeValue> t = TimeValue.fromTimex(v.substring(0, length));
                if (t.isPresent() && t.get().iso().length() == length) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }
}
