package org.biokg.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.Temporal;
import java.util.Optional;

/**
 * A date at the precision the text gives: a year ({@code 1917}), a month ({@code 1917-10}) or a day
 * ({@code 1917-10-08}), ISO 8601; {@link #temporal()} is the same value as a {@link Year}, {@link YearMonth} or
 * {@link LocalDate}.
 */
public record TimeValue(String iso) implements Comparable<TimeValue> {
    /** Four-digit years only, as SUTime writes them, and no 31 February. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("uuuu").withResolverStyle(ResolverStyle.STRICT);

    public TimeValue {
        if (iso == null || parse(iso) == null) {
            throw new IllegalArgumentException("not an ISO 8601 year, month or day: " + iso);
        }
    }

    /** The value as java.time holds it, or null when {@code iso} is no four-digit year, year-month or date. */
    static Temporal parse(String iso) {
        try {
            return switch (iso.length()) {
                case 4 -> Year.parse(iso, YEAR);
                case 7 -> YearMonth.parse(iso, MONTH);
                case 10 -> LocalDate.parse(iso, DAY);
                default -> null;
            };
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The date as a {@link Year}, {@link YearMonth} or {@link LocalDate}, by its precision. */
    public Temporal temporal() {
        return parse(iso);
    }

    /** The longest ISO prefix of a SUTime value such as {@code 1917-10-08}, {@code 1917-10} or {@code 1917-XX}. */
    public static Optional<TimeValue> fromTimex(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (int length : new int[]{10, 7, 4}) {
            if (value.length() >= length && parse(value.substring(0, length)) != null) {
                return Optional.of(new TimeValue(value.substring(0, length)));
            }
        }
        return Optional.empty();
    }

    public Precision precision() {
        return switch (iso.length()) {
            case 4 -> Precision.YEAR;
            case 7 -> Precision.MONTH;
            default -> Precision.DAY;
        };
    }

    public int year() {
        return Year.from(temporal()).getValue();
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
