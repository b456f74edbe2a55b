/**
 * The Re-DocRED benchmark: documents ({@link org.biokg.eval.redocred.RedocredLoader}) whose text is rebuilt
 * from tokens ({@link org.biokg.eval.redocred.DocumentText}), the ontology's alignment to Wikidata
 * ({@link org.biokg.eval.redocred.WikidataAlignment}), and the end-to-end scorer
 * ({@link org.biokg.eval.redocred.RedocredBenchmark}) reporting per Wikidata property.
 */
package org.biokg.eval.redocred;
