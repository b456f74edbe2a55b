package org.biokg.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SUTime's normalised date values: full dates ({@code 1917-10-08}), months, years, seasons
 * ({@code 1917-SU} reads as 1917), ranges ({@code 1847/1922}), and dates without a year
 * ({@code XXXX-10-08}), whose year the context must supply.
 */
public final class DateValues {
    private static final Pattern FULL = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:$|T|-[A-Z]|-W)");
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
            return new TimeValue(String.format("%04d-%s", year, monthDay));
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

    private static Optional<TimeValue> full(String v) {
        Matcher m = FULL.matcher(v);
        if (!m.find()) {
            return Optional.empty();
        }
        String iso = m.group(1) + (m.group(2) != null ? "-" + m.group(2) + (m.group(3) != null ? "-" + m.group(3) : "") : "");
        return Optional.of(new TimeValue(iso));
    }
}
