package org.biokg.cli;

import org.biokg.BiokgException;
import org.biokg.store.BiokgStore;
import org.biokg.store.KeptDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code biokg remove DOC…}: takes documents out of the store, with every fact only they gave. */
@Command(name = "remove",
        header = "Take documents out of the store (their facts and evidence go; facts others also give stay).",
        mixinStandardHelpOptions = true,
        description = {"Rebuilds the graph from the facts the store keeps of its other documents, without them, and "
                + "puts it in place at once (a new database of the store, or one write through a running server with "
                + "--server). DOC is a document id as 'biokg remove --list' shows it (the file name without extension, "
                + "or a corpus line's id)."},
        footer = {"",
                "Examples:",
                "  biokg remove --list",
                "  biokg remove ada-roe",
                "  biokg remove ada-roe --server http://127.0.0.1:3030 --password-file pw.txt",
                "",
                "Exit codes: 0 ok, 1 usage error, 2 bad input (no store, unknown document), 3 runtime failure."})
public final class RemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreUpdate update;

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    @Option(names = "--list", description = "List the store's documents and exit.")
    boolean list;

    @Parameters(arity = "0..*", paramLabel = "DOC", description = "Ids of the documents to take out.")
    List<String> ids = new ArrayList<>();

    @Override
    public Integer call() {
        if (!list && ids.isEmpty()) {
            throw new BiokgException(BiokgException.USAGE, "name the documents to remove (biokg remove --list shows them)");
        }
        BiokgStore st = update.store();
        KeptDocuments kept = update.kept(st);
        if (list) {
            kept.documents().keySet().forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            return 0;
        }
        List<String> unknown = ids.stream().filter(id -> !kept.documents().containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            List<String> some = kept.documents().keySet().stream().limit(10).toList();
            throw BiokgException.badInput("no document " + String.join(", ", unknown) + " in the store at " + st.root()
                    + "; it holds " + kept.documents().size() + ": " + String.join(", ", some)
                    + (kept.documents().size() > some.size() ? ", … (biokg remove --list)" : ""));
        }
        String done = "removed " + String.join(", ", ids);
        return update.apply(st, kept, k -> k.without(ids), List.of(), done, quiet, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
