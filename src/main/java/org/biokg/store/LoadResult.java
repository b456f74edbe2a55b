package org.biokg.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What a load wrote.
 *
 * @param location directory of the new database generation
 * @param loadedAt when the store switched to it
 * @param triples  triples written to the default graph (as given to the loader)
 * @param quads    statements written to named graphs
 */
public record LoadResult(Path location, Instant loadedAt, long triples, long quads) {
}
