package org.biokg.rdf;

/**
 * One SHACL violation, in readable form.
 *
 * @param graph       the named graph it was found in, or null for the default graph
 * @param focusNode   the offending node, prefixed ({@code res:Ada_Lovelace}, {@code fact:1a2b...})
 * @param focusLabel  what a reader knows the node by (its label, or a statement's triple in labels), or null
 * @param path        the property path, prefixed, or null for node-level constraints
 * @param message     what is wrong
 * @param value       the offending value, or null
 */
public record Violation(String graph, String focusNode, String focusLabel, String path, String message,
                        String value) {
    /** One line: {@code fact:1a2b ("Ada Lovelace alliedWith Charles Babbage") biokg:confidence: message (value: 1.5)}. */
    public String line() {
        StringBuilder sb = new StringBuilder(focusNode);
        if (focusLabel != null) {
            sb.append(" (").append(focusLabel).append(')');
        }
        if (path != null) {
            sb.append(' ').append(path);
        }
        sb.append(": ").append(message);
        if (value != null && !message.contains(value)) {
            sb.append(" (value: ").append(value).append(')');
        }
        return sb.toString();
    }
}
