/**
 * The linking stage, between extract and rdf: links the extracted entities to English Wikipedia titles
 * (hence DBpedia resources) with CoreNLP's WikiDict, offline, and merges entities that turn out to be the
 * same article. {@link org.biokg.link.EntityLinker} is the entry point; {@link org.biokg.link.WikiDict} reads
 * the dictionary.
 */
package org.biokg.link;
