package org.biokg.serve;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonResultsWriterTest {
    private static final Var WHO = Var.alloc("who");
    private static final Var TEXT = Var.alloc("text");
    private static final Var WHEN = Var.alloc("when");

    /** Made-up rows covering every kind of term, an unbound variable and characters JSON must escape. */
    private static List<Binding> rows() {
        Node mira = NodeFactory.createURI("https://w3id.org/biokg/resource/Mira_Kessel");
        BindingBuilder b = BindingBuilder.create();
        return List.of(
                b.reset().add(WHO, mira).add(TEXT, NodeFactory.createLiteralString("She said \"no\" \\ left;\nthen\tslept\u0001 \u2028 Kestrią"))
                        .add(WHEN, NodeFactory.createLiteralDT("1917", XSDDatatype.XSDgYear)).build(),
                b.reset().add(WHO, NodeFactory.createBlankNode()).add(TEXT, NodeFactory.createLiteralLang("Veldport", "de")).build(),
                b.reset().add(WHEN, NodeFactory.createLiteralDT("0.9", XSDDatatype.XSDdouble)).build());
    }

    private static RowSet rowSet() {
        return RowSetStream.create(List.of(WHO, TEXT, WHEN), rows().iterator());
    }

    private static String write(RowSet rs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonResultsWriter().write(out, rs, null);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ResultSetRewindable read(String json) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        return ResultSetFactory.makeRewindable(rs);
    }

    @Test
    void jenasReaderReadsBackTheSameRows() {
        String json = write(rowSet());
        ResultSetRewindable back = read(json);
        assertEquals(List.of("who", "text", "when"), back.getResultVars());
        assertEquals(3, back.size());
        back.reset();
        ResultSetRewindable expected = ResultSetFactory.makeRewindable(ResultSet.adapt(rowSet()));
        assertTrue(ResultSetCompare.equalsByTerm(expected, back), json);
    }

    @Test
    void compactOneBindingPerLine() {
        String json = write(rowSet());
        assertEquals(6, json.lines().count(), json);
        assertTrue(json.startsWith("{\"head\":{\"vars\":[\"who\",\"text\",\"when\"]},"), json);
        assertTrue(json.contains("\"text\":{\"type\":\"literal\",\"xml:lang\":\"de\",\"value\":\"Veldport\"}"), json);
        assertTrue(json.contains("{\"type\":\"literal\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#gYear\",\"value\":\"1917\"}"), json);
        // simple strings carry no datatype; escapes keep the text on its line
        assertTrue(json.contains("\"value\":\"She said \\\"no\\\" \\\\ left;\\nthen\\tslept\\u0001 \\u2028 Kestrią\"}"), json);
        assertTrue(json.contains("{\"type\":\"bnode\",\"value\":\""), json);
        // the third row has only ?when
        assertTrue(json.contains("\n{\"when\":{\"type\":\"literal\""), json);
    }

    @Test
    void emptyResultsAndAsk() {
        ResultSetRewindable none = read(write(RowSetStream.create(List.of(WHO), List.<Binding>of().iterator())));
        assertEquals(List.of("who"), none.getResultVars());
        assertEquals(0, none.size());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonResultsWriter().write(out, true, null);
        assertTrue(ResultSetMgr.readBoolean(new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_JSON));
        out.reset();
        new JsonResultsWriter().write(out, false, null);
        assertFalse(ResultSetMgr.readBoolean(new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_JSON));
    }

    @Test
    void installMakesItTheJsonResultsWriter() {
        JsonResultsWriter.install();
        assertInstanceOf(JsonResultsWriter.class, RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON));
    }
}
