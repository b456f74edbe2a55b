package org.biokg.eval.redocred;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates Re-DocRED writes as TIME mentions ("August 20 , 1920", "11 September 1911", "1992") far
 * enough to compare them with ISO dates: a year, and a month and day when given.
 */
final class TimeNames {
    private static final Pattern YEAR = Pattern.compile("(?<![\\d])(\\d{4})(?![\\d\\p{L}])");
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Pattern MONTH_WORD = Pattern.compile(
            "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_BEFORE = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*(?:st|nd|rd|th)?\\s*(?:of\\s+)?$");
    private static final Pattern DAY_AFTER = Pattern.compile("^\\s*(\\d{1,2})(?!\\d)");

    /** A date at some precision; 0 for a month or day not given. */
    record Date(int year, int month, int day) {
        /** Same year, and no disagreement where both give a month or a day. */
        boolean agrees(Date o) {
            return year == o.year && (month == 0 || o.month == 0 || month == o.month)
                    && (day == 0 || o.day == 0 || day == o.day);
        }
    }

    private TimeNames() {
    }

    static Optional<Date> parseIso(String iso) {
        Matcher m = ISO.matcher(iso.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Date(Integer.parseInt(m.group(1)),
                m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
    }

    /** Parses an English date as written in a text; empty when it names no year. */
    static Optional<Date> parseText(String text) {
        Matcher y = YEAR.matcher(text);
        if (!y.find()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(y.group(1));
        Matcher mw = MONTH_WORD.matcher(text);
        int month = 0;
        int day = 0;
        if (mw.find()) {
            month = MONTHS.get(mw.group(1).toLowerCase(Locale.ROOT));
            Matcher before = DAY_BEFORE.matcher(text.substring(0, mw.start()));
            Matcher after = DAY_AFTER.matcher(text.substring(mw.end()));
            if (before.find()) {
                day = Integer.parseInt(before.group(1));
            } else if (after.find() && !text.substring(mw.end()).trim().startsWith(y.group(1))) {
                day = Integer.parseInt(after.group(1));
            }
            if (day > 31) {
                day = 0;
            }
        }
        return Optional.of(new Date(year, month, day));
    }

    /** The ISO form of a text date, at the precision it gives (for tests and examples). */
    static Optional<String> toIso(String text) {
        return parseText(text).map(d -> String.format(Locale.ROOT, "%04d", d.year())
                + (d.month() > 0 ? String.format(Locale.ROOT, "-%02d", d.month())
                + (d.day() > 0 ? String.format(Locale.ROOT, "-%02d", d.day()) : "") : ""));
    }
}
