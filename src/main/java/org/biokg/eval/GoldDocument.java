package org.biokg.eval;

import java.nio.file.Path;

/**
 * One annotated document of a gold corpus: its folder holds {@code text.txt} and a gold set
 * ({@code facts.tsv}, {@code entities.tsv}, an optional {@code SCOPE}).
 *
 * @param id   the folder's name
 * @param text the biography the gold offsets refer to
 * @param gold its gold set
 * @param part the corpus part it belongs to
 */
public record GoldDocument(String id, Path text, GoldSet gold, CorpusPart part) {
}
