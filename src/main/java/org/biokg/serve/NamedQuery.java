package org.biokg.serve;

/**
 * A SPARQL query shipped with biokg (queries/NAME.rq, packed under org/biokg/queries/).
 *
 * @param name        file name without ".rq"
 * @param description the first comment line of the file: what the query answers
 * @param text        the query text, comments included
 */
public record NamedQuery(String name, String description, String text) {
    /** Reads the description from the leading comment lines of a query text. */
    static String describe(String text) {
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (t.isEmpty())
                continue;
            if (!t.startsWith("#"))
                break;
            String d = t.replaceFirst("^#+\\s*", "");
            if (!d.isEmpty())
                return d;
        }
        return "";
    }
}
