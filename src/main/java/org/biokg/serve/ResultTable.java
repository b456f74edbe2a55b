package org.biokg.serve;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.biokg.rdf.PlainDoubles;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SELECT results as a text table (the look of Jena's) that fits a width: when the natural table is wider, the
 * widest columns give way first and their cells are cut with "…", so a line never wraps in the terminal
 * (results of 360 characters a line are unreadable there). Numbers print as plain decimals ({@code 0.8}), IRIs
 * with the prefixes given.
 */
public final class ResultTable {
    /** No column is squeezed below this many characters (or its natural width, when smaller). */
    static final int MIN_COLUMN = 8;
    private static final Set<String> NUMERIC = Set.of(XSDDatatype.XSDdouble.getURI(), XSDDatatype.XSDfloat.getURI(),
            XSDDatatype.XSDdecimal.getURI(), XSDDatatype.XSDinteger.getURI());

    private ResultTable() {
    }

    /** Writes the table; {@code width} is the longest line allowed ({@link Integer#MAX_VALUE}: no limit). */
    public static void write(Writer out, ResultSet rs, PrefixMapping prefixes, int width) {
        List<String> vars = rs.getResultVars();
        List<String[]> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String[] row = new String[vars.size()];
            for (int i = 0; i < vars.size(); i++) {
                RDFNode n = s.get(vars.get(i));
                row[i] = n == null ? "" : cell(n.asNode(), prefixes);
            }
            rows.add(row);
        }
        int[] widths = fit(naturalWidths(vars, rows), width);
        PrintWriter w = new PrintWriter(out);
        String rule = "-".repeat(lineLength(widths));
        w.println(rule);
        w.println(line(vars.toArray(String[]::new), widths));
        w.println("=".repeat(lineLength(widths)));
        for (String[] row : rows) {
            w.println(line(row, widths));
        }
        w.println(rule);
        w.flush();
    }

    /** A node as the table shows it: numbers bare, other terms in Turtle-like form with prefixes. */
    static String cell(Node n, PrefixMapping prefixes) {
        if (n.isLiteral() && NUMERIC.contains(n.getLiteralDatatypeURI())) {
            return PlainDoubles.plain(n).getLiteralLexicalForm();
        }
        return FmtUtils.stringForNode(n, prefixes).replace('\n', ' ').replace('\r', ' ');
    }

    private static int[] naturalWidths(List<String> vars, List<String[]> rows) {
        int[] widths = new int[vars.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = length(vars.get(i));
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], length(row[i]));
            }
        }
        return widths;
    }

    /** Narrows the widest columns, one character at a time, until the table fits or none can give way. */
    static int[] fit(int[] natural, int width) {
        int[] widths = natural.clone();
        while (lineLength(widths) > width) {
            int widest = -1;
            for (int i = 0; i < widths.length; i++) {
                if (widths[i] > Math.min(MIN_COLUMN, natural[i]) && (widest < 0 || widths[i] > widths[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                break;
            }
            widths[widest]--;
        }
        return widths;
    }

    /** "| a | b |": one space each side of a cell. */
    private static int lineLength(int[] widths) {
        int n = 1;
        for (int w : widths) {
            n += w + 3;
        }
        return n;
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            String c = cut(cells[i], widths[i]);
            sb.append(' ').append(c).append(" ".repeat(widths[i] - length(c))).append(" |");
        }
        return sb.toString();
    }

    /** The text cut to {@code width} characters, the last one an ellipsis when something was cut. */
    static String cut(String text, int width) {
        if (length(text) <= width) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, Math.max(0, width - 1))) + "…";
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
