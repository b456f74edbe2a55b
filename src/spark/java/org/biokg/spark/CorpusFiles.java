package org.biokg.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.biokg.BiokgException;
import org.biokg.text.Corpus;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The corpus as Spark reads it: JSON-lines files ({@code .jsonl}, {@code .ndjson}, either gzipped) on any file
 * system Hadoop reaches (a local path, {@code hdfs://}, {@code s3a://}), one document a line, each line with its
 * file and line number, as {@link Corpus} names them.
 */
final class CorpusFiles {
    private CorpusFiles() {
    }

    /**
     * The corpus files the inputs name: a file as it is, a folder's JSON-lines files in name order. A missing input
     * or a folder without corpus files is bad input (exit 2), refused before any work.
     */
    static List<String> list(Configuration conf, List<String> inputs) {
        List<String> files = new ArrayList<>();
        for (String input : inputs) {
            Path p = new Path(input);
            FileStatus status;
            try {
                status = p.getFileSystem(conf).getFileStatus(p);
            } catch (FileNotFoundException e) {
                throw BiokgException.badInput(input + ": no such file or folder");
            } catch (IOException e) {
                throw BiokgException.badInput(input + ": cannot read: " + e.getMessage());
            }
            if (status.isDirectory()) {
                FileStatus[] inFolder;
                try {
                    inFolder = p.getFileSystem(conf).listStatus(p);
                } catch (IOException e) {
                    throw BiokgException.badInput(input + ": cannot list folder: " + e.getMessage());
                }
                String folder = input.endsWith("/") ? input : input + "/";
                List<String> found = Arrays.stream(inFolder)
                        .filter(s -> s.isFile() && isJsonLines(s.getPath().getName()))
                        .map(s -> s.getPath().getName())
                        .sorted(Comparator.naturalOrder())
                        .map(name -> folder + name)
                        .toList();
                if (found.isEmpty()) {
                    throw BiokgException.badInput(input + ": folder holds no JSON-lines corpus (.jsonl, .ndjson, or either .gz)");
                }
                files.addAll(found);
            } else if (isJsonLines(p.getName())) {
                files.add(input);
            } else {
                throw BiokgException.badInput(input + ": not a JSON-lines corpus (its name must end in .jsonl, .ndjson, "
                        + "or either .gz)");
            }
        }
        return files;
    }

    static boolean isJsonLines(String fileName) {
        return Corpus.isJsonLines(java.nio.file.Path.of(fileName));
    }

    /** The non-blank lines of the files, each with its place (line numbers count blank lines, as Corpus does). */
    static Dataset<CorpusLine> read(SparkSession spark, List<String> files) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<CorpusLine> all = null;
        for (int i = 0; i < files.size(); i++) {
            JavaRDD<CorpusLine> lines = lines(jsc, i, files.get(i));
            all = all == null ? lines : all.union(lines);
        }
        return spark.createDataset(all.rdd(), Encoders.bean(CorpusLine.class));
    }

    private static JavaRDD<CorpusLine> lines(JavaSparkContext jsc, int index, String file) {
        return jsc.textFile(file)
                .zipWithIndex()
                .filter(t -> !t._1().isBlank())
                .map(t -> new CorpusLine(index, file, t._2() + 1, t._1()));
    }
}
