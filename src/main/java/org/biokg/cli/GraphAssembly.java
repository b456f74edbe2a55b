package org.biokg.cli;

import org.biokg.extract.pipeline.CorpusReading;
import org.apache.jena.query.Dataset;
import org.biokg.extract.ExtractionResult;
import org.biokg.link.CrossDocumentEntities;
import org.biokg.link.EntityLinker;
import org.biokg.link.EntityMerge;
import org.biokg.rdf.GraphBuilder;
import org.biokg.rdf.GraphStats;
import org.biokg.store.KeptDocuments;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * From documents' extracted facts to the graph: linking (with --link), the cross-document step, RDF. Shared by
 * build (after reading), add and remove (from the store's kept documents plus the new ones), so all three give
 * the same graph for the same documents.
 */
final class GraphAssembly {
    private GraphAssembly() {
    }

    static BuildCommand.Build assemble(KeptDocuments documents, EntityLinker linker, List<CorpusReading.Failure> failures,
                                       boolean quiet, PrintWriter err) {
        KeptDocuments.GraphSettings s = documents.settings();
        GraphBuilder.Builder gb = GraphBuilder.create().confidenceThreshold(s.threshold());
        if (s.link()) {
            gb.linkThreshold(s.linkThreshold());
        }
        if (s.baseIri() != null) {
            gb.baseIri(s.baseIri());
        }
        documents.digests().forEach(gb::sourceDigest);
        List<ExtractionResult> linked = PipelineOptions.link(linker, documents.results());
        List<EntityMerge> merges = CrossDocumentEntities.find(linked);
        if (!merges.isEmpty() && !quiet) {
            err.printf(Locale.ROOT, "biokg: %d entities named differently in different documents merged "
                    + "(biokg query merges explains each)%n", merges.size());
        }
        Dataset ds = gb.merges(merges).build().toDataset(CrossDocumentEntities.apply(linked, merges));
        return new BuildCommand.Build(ds, GraphStats.of(ds), merges, failures, documents);
    }
}
