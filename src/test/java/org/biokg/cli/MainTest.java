package org.biokg.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {
    @Test
    void helpListsUsageAndExitCodes() {
        StringWriter out = new StringWriter();
        int code = Main.run(new String[]{"--help"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertEquals(0, code);
        assertTrue(out.toString().contains("Exit codes: 0 ok, 1 usage error, 2 bad input, 3 runtime failure"));
    }

    @Test
    void unknownOptionIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[]{"--no-such-option"}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(1, code);
        assertTrue(err.toString().contains("Unknown option"), err.toString());
    }
}
