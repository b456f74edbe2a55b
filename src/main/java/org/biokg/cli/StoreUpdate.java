package org.biokg.cli;

import org.biokg.extract.pipeline.CorpusReading;
import org.biokg.BiokgException;
import org.biokg.link.EntityLinker;
import org.biokg.rdf.GraphWriter;
import org.biokg.rdf.OntologyGraph;
import org.biokg.serve.RemoteStore;
import org.biokg.store.BiokgStore;
import org.biokg.store.KeptDocuments;
import org.biokg.store.LoadResult;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The part add and remove share: take the store's kept documents, change them, rebuild the graph from them
 * (no CoreNLP, no extraction for the documents already there) and put it in place, atomically: as a new
 * database of the store, or through a running server's authenticated Graph Store endpoint when one holds it.
 */
public final class StoreUpdate {
    @Option(names = {"--store", "--loc"}, paramLabel = "DIR", description = "The TDB2 store to change (default: data/store).")
    Path store;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Where the exports are rewritten (default: data/out).")
    Path out;

    @Option(names = "--server", paramLabel = "URL", description = "A running biokg server that holds the store (e.g. "
            + "http://127.0.0.1:3030): the new graph goes through its authenticated Graph Store endpoint.")
    String server;

    @Option(names = "--password-file", paramLabel = "FILE", description = "With --server: the password file the server "
            + "was started with (lines 'user: password'); its first user is used.")
    Path passwordFile;

    BiokgStore store() {
        return BiokgStore.at(ServerOptions.storeOrDefault(store));
    }

    /** The store's kept documents, or a one-line error saying how to get them. */
    KeptDocuments kept(BiokgStore st) {
        if (server != null && passwordFile == null) {
            throw new BiokgException(BiokgException.USAGE, "--server needs --password-file (writes need the password)");
        }
        if (!st.exists()) {
            throw BiokgException.badInput("no store at " + st.root() + ": build one first (biokg build FILE…)");
        }
        return st.keptDocuments().orElseThrow(() -> BiokgException.badInput("the store at " + st.root()
                + " keeps no documents (built by an older biokg): rebuild it with biokg build"));
    }

    /** Changes the documents, rebuilds the graph and puts it in place; returns the exit code. */
    int apply(BiokgStore st, KeptDocuments kept, UnaryOperator<KeptDocuments> change, List<CorpusReading.Failure> failures,
              String done, boolean quiet, PrintWriter stdout, PrintWriter err) {
        KeptDocuments changed = change.apply(kept);
        if (changed.documents().isEmpty()) {
            throw BiokgException.badInput("that would leave the store without documents; build another text instead");
        }
        KeptDocuments.GraphSettings s = changed.settings();
        EntityLinker linker = s.link() ? EntityLinker.builder().threshold(s.linkThreshold())
                .progress(ConsoleProgress.of(err, quiet)).build() : null;
        BuildCommand.Build b = GraphAssembly.assemble(changed, linker, failures, quiet, err);
        Path outDir = out != null ? out : Defaults.out();
        GraphWriter.Outputs files = GraphWriter.writeOutputs(b.dataset(), outDir);
        if (server != null) {
            String[] credentials = credentials(passwordFile);
            RemoteStore.replace(server, OntologyGraph.with(b.dataset()), credentials[0], credentials[1]);
            st.keepDocuments(changed);
            stdout.printf(Locale.ROOT, "%s; the server at %s serves the new graph (%d documents)%n", done, server,
                    changed.documents().size());
        } else {
            if (st.currentInUse()) {
                // A new database would not be what the running server serves: the change goes through it.
                throw new BiokgException(BiokgException.RUNTIME, "the store at " + st.root() + " is in use by a running "
                        + "server; change it through the server: --server http://127.0.0.1:3030 --password-file FILE");
            }
            LoadResult loaded = BuildCommand.load(st, b, ConsoleProgress.of(err, quiet));
            stdout.printf(Locale.ROOT, "%s; the store holds %d documents (%,d triples in %s)%n", done,
                    changed.documents().size(), loaded.triples() + loaded.quads(), loaded.location());
        }
        stdout.println(b.stats().report());
        stdout.printf(Locale.ROOT, "wrote %s and %s%n", files.asserted(), files.dataset());
        stdout.flush();
        return BuildCommand.reportFailures(b, err);
    }

    /** The first "user: password" of a Jetty realm file (as Fuseki's --passwd reads it). */
    static String[] credentials(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw BiokgException.badInput("cannot read password file " + file + ": " + e.getMessage());
        }
        for (String line : lines) {
            String l = line.strip();
            int colon = l.indexOf(':');
            if (l.isEmpty() || l.startsWith("#") || colon <= 0) {
                continue;
            }
            String password = l.substring(colon + 1).strip();
            int comma = password.indexOf(',');
            if (comma >= 0) {
                password = password.substring(0, comma).strip();
            }
            return new String[]{l.substring(0, colon).strip(), password};
        }
        throw BiokgException.badInput("password file " + file + " has no 'user: password' line");
    }
}
