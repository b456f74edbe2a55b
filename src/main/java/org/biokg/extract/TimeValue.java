package org.biokg.extract;

import java.util.regex.Pattern;

/**
 * A date at the precision the text gives: a year ({@code 1917}), a month ({@code 1917-10}) or a day
 * ({@code 1917-10-08}), ISO 8601.
 */
public record TimeValue(String iso) implements Comparable<TimeValue> {
    private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public TimeValue {
        if (iso == null || !ISO.matcher(iso).matches()) {
            throw new IllegalArgumentException("not an ISO 8601 year, month or day: " + iso);
        }
    }

    /** Parses the ISO prefix of a SUTime value such as {@code 1917-10-08}, {@code 1917-10} or {@code 1917-XX}. */
    public static java.util.Optional<TimeValue> fromTimex(String value) {
        if (value == null) {
            return java.util.Optional.empty();
        }
        var m = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?").matcher(value);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        String iso = m.group(1) + (m.group(2) != null ? "-" + m.group(2) + (m.group(3) != null ? "-" + m.group(3) : "") : "");
        return java.util.Optional.of(new TimeValue(iso));
    }

    public Precision precision() {
        return switch (iso.length()) {
            case 4 -> Precision.YEAR;
            case 7 -> Precision.MONTH;
            default -> Precision.DAY;
        };
    }

    public int year() {
        return Integer.parseInt(iso.substring(0, 4));
    }

    @Override
    public int compareTo(TimeValue o) {
        return iso.compareTo(o.iso);
    }

    @Override
    public String toString() {
        return iso;
    }

    public enum Precision { YEAR, MONTH, DAY }
}
