package org.biokg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import java.math.BigDecimal;

/**
 * TDB2 keeps an {@code xsd:double} as a number and gives it back in the canonical form {@code "0.8e0"}; people
 * read {@code 0.8}. This writes such a literal's lexical form as a plain decimal again (same datatype, same
 * value), as the build wrote it.
 */
public final class PlainDoubles {
    private static final String DOUBLE = XSDDatatype.XSDdouble.getURI();
    private static final String FLOAT = XSDDatatype.XSDfloat.getURI();

    private PlainDoubles() {
    }

    /** The node with a plain decimal lexical form when it is a finite xsd:double or xsd:float; else the node itself. */
    public static Node plain(Node n) {
        if (n == null || !n.isLiteral()) {
            return n;
        }
        String type = n.getLiteralDatatypeURI();
        if (!DOUBLE.equals(type) && !FLOAT.equals(type)) {
            return n;
        }
        String lexical = n.getLiteralLexicalForm();
        String plain = plain(lexical);
        return plain.equals(lexical) ? n : NodeFactory.createLiteralDT(plain, n.getLiteralDatatype());
    }

    /** "0.8" for "0.8e0" or "8.0E-1", "1.0" for "1.0e0"; text that is not a finite number is returned as it is. */
    public static String plain(String lexical) {
        try {
            double d = Double.parseDouble(lexical.strip());
            return Double.isFinite(d) ? BigDecimal.valueOf(d).toPlainString() : lexical;
        } catch (NumberFormatException e) {
            return lexical;
        }
    }
}
