package org.biokg.eval;

import org.biokg.BiokgException;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks every TSV biokg reads shares (gold facts and entities, saved predictions): header, required
 * values, ISO dates, offsets; each failure a bad-input error naming the file and line ({@code where}).
 */
final class TsvFields {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private TsvFields() {
    }

    static void checkHeader(List<String> lines, List<String> columns, String where) {
        if (lines.isEmpty()) {
            throw BiokgException.badInput(where + ": empty, expected the header line '" + String.join("\\t", columns) + "'");
        }
        if (!List.of(lines.get(0).split("\t", -1)).equals(columns)) {
            throw BiokgException.badInput(where + ": line 1: wrong header, expected '" + String.join("\\t", columns) + "'");
        }
    }

    static String required(String value, String column, String where) {
        String v = value.trim();
        if (v.isEmpty()) {
            throw BiokgException.badInput(where + ": empty " + column);
        }
        return v;
    }

    /** Null for an empty value. */
    static String isoDate(String value, String column, String where) {
        String v = value.trim();
        if (v.isEmpty()) {
            return null;
        }
        if (!ISO_DATE.matcher(v).matches()) {
            throw BiokgException.badInput(where + ": " + column + " is not an ISO date (1917, 1917-10, 1917-10-08): '"
                    + value + "'");
        }
        return v;
    }

    static boolean isIsoDate(String value) {
        return ISO_DATE.matcher(value.trim()).matches();
    }

    static int offset(String value, String column, String where) {
        try {
            int v = Integer.parseInt(value.trim());
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw BiokgException.badInput(where + ": " + column + " is not an offset: '" + value + "'");
        }
    }
}
