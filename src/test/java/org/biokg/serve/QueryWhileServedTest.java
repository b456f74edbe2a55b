package org.biokg.serve;

import org.biokg.cli.Main;
import org.biokg.fixtures.MadeUpBiography;
import org.biokg.store.BiokgStore;
import org.biokg.store.ServedBy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** biokg query over a store that a server in another process holds: the server answers. */
class QueryWhileServedTest {
    @TempDir
    Path tmp;

    @Test
    void aQueryOverAStoreAnotherProcessServesAsksThatServer() throws Exception {
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        store.load(MadeUpBiography.dataset());
        Path passwd = Files.writeString(tmp.resolve("passwd"), "alice: s3cret\n");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                KilledServer.class.getName(), store.root().toString(), passwd.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null && !line.startsWith("port "))
                ;
            assertNotNull(line, "the server did not start");
            ServedBy note = ServedBy.read(store.root()).orElseThrow();
            assertEquals(child.pid(), note.pid());
            assertEquals("http://127.0.0.1:" + line.substring(5) + "/biokg/sparql", note.queryUrl());

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new String[]{"query", "--store", store.root().toString(), "--format", "csv", "view-subjects"},
                    new PrintWriter(out, true), new PrintWriter(err, true));
            assertEquals(0, code, err.toString());
            assertTrue(err.toString().contains("the store is served by " + note.queryUrl()), err.toString());
            assertTrue(out.toString().lines().count() >= 2, "a header and the biography's subject: " + out);
        } finally {
            child.destroyForcibly();
            child.waitFor(20, TimeUnit.SECONDS);
        }
        assertFalse(ServedBy.read(store.root()).isPresent(), "a note whose process is gone is ignored");
    }
}
