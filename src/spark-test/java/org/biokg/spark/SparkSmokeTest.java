package org.biokg.spark;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SparkSmokeTest {
    @Test
    void runs() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = SparkBuild.run(LocalSpark.session(), new String[]{"--input", "src/test/resources/corpus-sample/biographies.jsonl.gz",
                "--output", "target/spark-smoke", "--overwrite", "--partitions", "4", "--cache-dir", "target/nlp-cache",
                "--threads", "" + Runtime.getRuntime().availableProcessors()}, new PrintWriter(out), new PrintWriter(err));
        System.out.println(out);
        System.out.println(err);
        assertEquals(0, code, err.toString());
    }
}
