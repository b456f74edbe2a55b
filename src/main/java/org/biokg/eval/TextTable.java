package org.biokg.eval;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table: the first column left-aligned, the others right-aligned, a rule before the last row. */
public final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private boolean ruleBeforeLast;

    public TextTable(String... header) {
        rows.add(header);
    }

    public TextTable row(String... cells) {
        rows.add(cells);
        return this;
    }

    /** Draws a line above the last row (a total). */
    public TextTable totalRow(String... cells) {
        ruleBeforeLast = true;
        return row(cells);
    }

    public String render() {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], cell(row, i).length());
            }
        }
        int total = 2 * (columns - 1);
        for (int w : width) {
            total += w;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < rows.size(); k++) {
            if (ruleBeforeLast && k == rows.size() - 1) {
                sb.append("-".repeat(total)).append('\n');
            }
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String c = cell(rows.get(k), i);
                String fill = " ".repeat(width[i] - c.length());
                if (i > 0) {
                    line.append("  ");
                }
                line.append(i == 0 ? c + fill : fill + c);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    private static String cell(String[] row, int i) {
        return i < row.length && row[i] != null ? row[i] : "";
    }
}
