package org.biokg.rdf;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.biokg.extract.TimeValue;

/**
 * The typed literals of the graph: dates at the precision the text gives, confidences as xsd:double, offsets
 * and indexes as xsd:integer. Written from their lexical form, so that a value reads the same in every export.
 */
final class TypedLiterals {
    private TypedLiterals() {
    }

    /** A date literal at the precision of the value: xsd:gYear, xsd:gYearMonth or xsd:date. */
    static Literal date(Model m, TimeValue t) {
        RDFDatatype dt = switch (t.precision()) {
            case YEAR -> XSDDatatype.XSDgYear;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case DAY -> XSDDatatype.XSDdate;
        };
        return m.createTypedLiteral(t.iso(), dt);
    }

    static Literal doubleLiteral(Model m, double x) {
        return m.createTypedLiteral(Double.toString(x), XSDDatatype.XSDdouble);
    }

    static Literal integer(Model m, int n) {
        return m.createTypedLiteral(Integer.toString(n), XSDDatatype.XSDinteger);
    }
}
