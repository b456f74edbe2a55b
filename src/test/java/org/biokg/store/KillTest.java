package org.biokg.store;

import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * kill -9 of a process loading the store, at random moments of its loads: the store afterwards is always a
 * complete load (it passes the check at open, and holds exactly the statements of one load), never half of one.
 */
class KillTest {
    static final int KILLS = 8;

    @TempDir
    Path tmp;

    @Test
    void aLoadKilledAtAnyMomentNeverLeavesAHalfLoadedStore() throws Exception {
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        Random random = new Random(20);
        String java = ProcessHandle.current().info().command().orElse("java");
        int halfLoaded = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    KilledLoader.class.getName(), store.root().toString()).redirectErrorStream(true).start();
            int lastStarted = -1;
            try {
                BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                // let it finish a few loads, then kill it somewhere inside the next one (or right after it)
                int loads = 1 + random.nextInt(3);
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("loading "))
                        lastStarted = Integer.parseInt(line.substring(8));
                    if (line.equals("loading " + loads))
                        break;
                }
                assertNotNull(line, "the loader stopped early");
                Thread.sleep(random.nextInt(400));
            } finally {
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            }
            assertEquals(137, child.exitValue(), "killed by SIGKILL");
            try (OpenDataset open = store.openCurrent()) {
                long[] c = Txn.calculateRead(open.dataset(), () -> new long[]{
                        open.dataset().asDatasetGraph().getDefaultGraph().size(),
                        open.dataset().asDatasetGraph().stream().filter(q -> !q.isDefaultGraph()).count()});
                boolean complete = false;
                for (int k = 0; k <= lastStarted; k++)
                    complete |= c[0] == KilledLoader.triples(k) && c[1] == KilledLoader.quads(k);
                if (!complete)
                    halfLoaded++;
                System.out.println("kill " + kill + " during load " + lastStarted + ": the store holds a complete load: " + complete);
                assertTrue(complete, "kill " + kill + ": " + c[0] + " triples, " + c[1] + " quads");
            }
        }
        assertEquals(0, halfLoaded);
    }
}
