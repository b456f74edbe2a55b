package org.biokg.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What a load wrote.
 *
 * @param location directory of the new database generation
 * @param loadedAt when the store switched to it
 * @param triples  triples in the default graph
 * @param quads    statements in named graphs
 */
public record LoadResult(Path location, Instant loadedAt, long triples, long quads) {
}
