/**
 * Scale-out on Apache Spark (the {@code spark} Maven profile): {@link org.biokg.spark.SparkBuild} reads a JSON-lines
 * corpus with Spark, runs the text, nlp and extract stages per partition (one CoreNLP pipeline per executor JVM,
 * {@link org.biokg.spark.ExecutorReaders}), finds the entities that several documents share as Spark joins
 * ({@link org.biokg.spark.CrossDocumentJoin}) and writes the facts, the extraction results and the graph as N-Quads
 * for TDB2's bulk loaders. A last stage, like {@code org.biokg.cli}: it may use every other package, none uses it.
 */
package org.biokg.spark;
