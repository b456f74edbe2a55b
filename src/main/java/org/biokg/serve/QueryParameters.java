package org.biokg.serve;

import org.biokg.BiokgException;
import org.biokg.rdf.Prefixes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --param name=value} for a query: fills the query's {@code VALUES ?name { UNDEF }} line with the value, as a
 * user would by editing it. A value in angle brackets is an IRI, a prefixed name whose prefix the query or the
 * data model declares ({@code res:Ada_Lovelace}) becomes its IRI, a number stays a number, anything else is a string.
 */
public final class QueryParameters {
    private static final Pattern VALUES = Pattern.compile("VALUES\\s+\\?(\\w+)\\s*\\{\\s*UNDEF\\s*\\}");
    private static final Pattern DECLARED = Pattern.compile("(?im)^\\s*PREFIX\\s+([\\w-]*):\\s*<([^>]*)>");
    private static final Pattern PREFIXED = Pattern.compile("([A-Za-z][\\w-]*):([^\\s<>\"{}|\\\\^`]*)");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private QueryParameters() {
    }

    /** The query text with each parameter bound; a name the query has no VALUES line for is a usage error. */
    public static String bind(String text, Map<String, String> params, String source) {
        String out = text;
        for (Map.Entry<String, String> p : params.entrySet()) {
            String name = p.getKey().startsWith("?") ? p.getKey().substring(1) : p.getKey();
            Pattern line = Pattern.compile("VALUES\\s+\\?" + Pattern.quote(name) + "\\s*\\{\\s*UNDEF\\s*\\}");
            Matcher m = line.matcher(out);
            if (!m.find()) {
                List<String> names = names(text);
                throw new BiokgException(BiokgException.USAGE, source + ": no parameter '" + name + "' ("
                        + (names.isEmpty() ? "it takes none" : "parameters: " + String.join(", ", names)) + ")");
            }
            String term = term(p.getValue(), text);
            out = m.replaceAll(Matcher.quoteReplacement("VALUES ?" + name + " { " + term + " }"));
        }
        return out;
    }

    /** The parameters a query takes: the variables of its {@code VALUES ?x { UNDEF }} lines. */
    public static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = VALUES.matcher(text);
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** The SPARQL term for a value. */
    static String term(String value, String queryText) {
        String v = value.strip();
        if (v.startsWith("<") && v.endsWith(">") && !v.substring(1, v.length() - 1).matches(".*[\\s<>\"].*")) {
            return v;
        }
        if (NUMBER.matcher(v).matches()) {
            return v;
        }
        Matcher pn = PREFIXED.matcher(v);
        if (pn.matches()) {
            String ns = namespace(pn.group(1), queryText);
            if (ns != null) {
                return "<" + ns + pn.group(2) + ">";
            }
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }

    private static String namespace(String prefix, String queryText) {
        Matcher d = DECLARED.matcher(queryText);
        while (d.find()) {
            if (d.group(1).equals(prefix)) {
                return d.group(2);
            }
        }
        return Prefixes.standard().getNsPrefixURI(prefix);
    }
}
