package org.biokg.rdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of checking a graph or dataset against the shapes.
 *
 * @param violations  every violation found, grouped by graph
 * @param graphs      how many graphs were checked
 * @param triples     how many triples they hold
 */
public record ValidationResult(List<Violation> violations, int graphs, long triples) {
    public ValidationResult {
        violations = List.copyOf(violations);
    }

    public boolean conforms() {
        return violations.isEmpty();
    }

    /** A readable report: a summary line, then one line per violation under its graph. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        String checked = triples + " triples in " + graphs + (graphs == 1 ? " graph" : " graphs");
        if (conforms()) {
            sb.append("Conforms to the biokg shapes (").append(checked).append(").\n");
            return sb.toString();
        }
        sb.append("Does not conform to the biokg shapes: ").append(violations.size())
                .append(violations.size() == 1 ? " violation" : " violations").append(" (").append(checked)
                .append(").\n");
        Map<String, List<Violation>> byGraph = new LinkedHashMap<>();
        for (Violation v : violations) {
            byGraph.computeIfAbsent(v.graph() == null ? "default graph" : "graph <" + v.graph() + ">",
                    k -> new ArrayList<>()).add(v);
        }
        byGraph.forEach((graph, list) -> {
            sb.append(graph).append(":\n");
            for (Violation v : list) {
                sb.append("  ").append(v.line()).append('\n');
            }
        });
        return sb.toString();
    }
}
