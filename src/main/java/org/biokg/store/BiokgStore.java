package org.biokg.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.biokg.BiokgException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A directory of TDB2 databases with atomic loading. Each load writes a complete new database in a fresh
 * sub-directory ({@code tdb-<timestamp>}) and then replaces the {@value StorePointer#FILE_NAME} file, which names
 * the database to serve, by an atomic rename. A failed or interrupted load therefore never leaves a half-loaded
 * store, and a server that has the previous database open keeps serving it. Databases that are neither current
 * nor open (here or in another process) are deleted by the next load. A {@link GenerationLoader} loads, a
 * {@link DatabaseOpener} opens and checks.
 *
 * <pre>{@code
 * BiokgStore store = BiokgStore.at(Path.of("data/store"));
 * store.load(dataset);
 * try (OpenDataset open = store.openCurrent()) { ... open.dataset() ... }
 * }</pre>
 */
public final class BiokgStore {
    /** Where the command line keeps the store unless told otherwise. */
    public static final Path DEFAULT_ROOT = Path.of("data", "store");

    private final Path root;

    private BiokgStore(Path root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    /** The store under a root directory (nothing is created until the first load). */
    public static BiokgStore at(Path root) {
        return new BiokgStore(root);
    }

    /** The store under {@link #DEFAULT_ROOT}. */
    public static BiokgStore atDefault() {
        return at(DEFAULT_ROOT);
    }

    public Path root() {
        return root;
    }

    /**
     * True when a load has completed and its database is present. A damaged pointer or a missing database
     * counts as no store, so that a build replaces it; an unreadable directory is still an error.
     */
    public boolean exists() {
        StoreErrors.checkReadableRoot(root);
        Optional<StorePointer> p;
        try {
            p = StorePointer.read(root);
        } catch (StorePointer.CorruptPointerException e) {
            return false;
        }
        return p.isPresent() && Generations.looksLikeDatabase(root.resolve(p.get().generation()));
    }

    /**
     * True unless the files of the current database fail the check that needs no opening ({@link
     * StoreCheck#files}): a warm build then replaces it. (A damage only opening finds makes the open forget the
     * build stamp, for the same effect.)
     */
    boolean filesLookSound() {
        try {
            Optional<StorePointer> p = StorePointer.read(root);
            if (p.isPresent())
                StoreCheck.files(root.resolve(p.get().generation()));
            return true;
        } catch (StoreCheck.Damage | StorePointer.CorruptPointerException e) {
            return false;
        }
    }

    /** When the current database was loaded; empty when the store has never been loaded. */
    public Optional<Instant> lastLoaded() {
        StoreErrors.checkReadableRoot(root);
        return StorePointer.read(root).map(StorePointer::loadedAt);
    }

    /** The pointer to the current database, with its load time and counts; empty before the first load. */
    public Optional<StorePointer> current() {
        StoreErrors.checkReadableRoot(root);
        return StorePointer.read(root);
    }

    /**
     * True when the store is missing or was loaded before any of the inputs last changed, i.e. a build is due.
     * Missing inputs are ignored.
     */
    public boolean isOlderThan(Path... inputs) {
        Optional<Instant> loaded = exists() ? lastLoaded() : Optional.empty();
        if (loaded.isEmpty())
            return true;
        for (Path in : inputs) {
            try {
                FileTime t = Files.getLastModifiedTime(in);
                if (t.toInstant().isAfter(loaded.get()))
                    return true;
            } catch (IOException e) {
                // A missing input cannot make the store stale; the build reports it.
            }
        }
        return false;
    }

    /** Loads a dataset (default graph, named graphs, prefixes) as the store's new current database. */
    public LoadResult load(Dataset dataset) {
        return load(dataset, null);
    }

    /**
     * Loads a dataset as the new current database, with the documents it was built from kept beside it (for
     * {@code biokg add} and {@code remove}); both are in place before the switch, or neither.
     */
    public LoadResult load(Dataset dataset, KeptDocuments kept) {
        Objects.requireNonNull(dataset, "dataset");
        return load(target -> DatabaseWriter.write(dataset.asDatasetGraph(), target), kept);
    }

    /**
     * Records that the current database (changed through a running server) now holds these documents; the
     * build stamp goes, since the store no longer is what the last build made.
     */
    public void keepDocuments(KeptDocuments kept) {
        StorePointer p = current().orElseThrow(() -> StoreErrors.noStore(root));
        try {
            kept.write(root.resolve(p.generation()));
        } catch (IOException e) {
            throw new BiokgException(BiokgException.RUNTIME, "the server took the graph, but the store's kept documents "
                    + "could not be written (" + e.getMessage() + "); the next add or remove would not know of them: rebuild with biokg build");
        }
        BuildStamp.forget(this);
    }

    /** Whether a server (in this JVM or another process) has the current database open. */
    public boolean currentInUse() {
        return current().map(p -> Generations.inUse(root.resolve(p.generation()))).orElse(false);
    }

    /** The documents the current database was built from; empty before the first load or for an older store. */
    public Optional<KeptDocuments> keptDocuments() {
        return current().flatMap(p -> KeptDocuments.read(root.resolve(p.generation())));
    }

    /**
     * Loads an RDF file (syntax from the file extension: .ttl, .nt, .trig, .nq, .jsonld, .rdf ...) as the
     * store's new current database. A syntax error is reported with line and column before anything is written.
     */
    public LoadResult load(Path rdfFile) {
        Objects.requireNonNull(rdfFile, "rdfFile");
        if (!Files.isRegularFile(rdfFile))
            throw BiokgException.badInput("no such RDF file: " + rdfFile);
        if (!Files.isReadable(rdfFile))
            throw BiokgException.badInput("cannot read RDF file " + rdfFile + " (permission denied)");
        Lang lang = RDFLanguages.pathnameToLang(rdfFile.toString());
        if (lang == null)
            throw BiokgException.badInput("cannot tell the RDF syntax of " + rdfFile
                    + " from its name; use .ttl, .nt, .trig, .nq, .jsonld or .rdf");
        try {
            DatabaseWriter.validate(rdfFile, lang);
        } catch (RiotException e) {
            throw BiokgException.badInput("malformed RDF in " + rdfFile + ": " + oneLine(e.getMessage()));
        }
        return load(target -> {
            try {
                return DatabaseWriter.write(rdfFile, lang, target);
            } catch (IOException e) {
                throw new BiokgException(BiokgException.RUNTIME, "cannot read RDF file " + rdfFile + ": " + e.getMessage(), e);
            }
        }, null);
    }

    private LoadResult load(GenerationLoader.Writer writer, KeptDocuments kept) {
        return new GenerationLoader(root).load(writer, kept);
    }

    /**
     * Opens the current database. Throws a one-line {@link BiokgException} when there is no store yet, when
     * another process holds it, when the directory cannot be read, or when the database is corrupt. A root that is
     * itself a TDB2 database, as Jena's bulk loaders make one ({@code tdb2.tdbloader --loc DIR}), is opened as it is.
     */
    public OpenDataset openCurrent() {
        return new DatabaseOpener(this).openCurrent();
    }

    private static String oneLine(String s) {
        if (s == null)
            return "syntax error";
        int nl = s.indexOf('\n');
        return (nl >= 0 ? s.substring(0, nl) : s).trim();
    }

    @Override
    public String toString() {
        return "BiokgStore[" + root + "]";
    }
}