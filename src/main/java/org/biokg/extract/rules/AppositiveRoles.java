package org.biokg.extract.rules;

import org.biokg.extract.EntityType;
import org.biokg.extract.Mention;

import edu.stanford.nlp.ling.CoreLabel;
import org.biokg.nlp.AnnotatedDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Ann Roe, the secretary of the Labour Party, …": a role set off by commas right after a person's name is that
 * person's post. Read from the tokens, not the parse, because in long sentences the parser often hangs the
 * apposition elsewhere (the Semgrex rules read it when the parse is right; the same fact is then one fact).
 */
public final class AppositiveRoles {
    /** What may close the apposition after the role. */
    private static final Set<String> CLOSERS = Set.of(",", "(", ")", ".", ";", ":", "-RRB-", "-LRB-");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

    /** A person and the role in apposition to the name. */
    public record Pair(Mention person, Mention role) {
    }

    public List<Pair> find(AnnotatedDocument doc, int s, List<Mention> mentions) {
        List<CoreLabel> toks = doc.tokens(s);
        List<Pair> out = new ArrayList<>();
        for (Mention role : mentions) {
            if (role.kind() != Mention.Kind.ROLE || toks.get(role.head()).tag().endsWith("S")) {
                continue;
            }
            int k = role.begin() - 1;
            if (k >= 0 && DETERMINERS.contains(toks.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
                k--;
            }
            if (k < 1 || !toks.get(k).word().equals(",")) {
                continue;
            }
            boolean closed = role.end() >= toks.size() || CLOSERS.contains(toks.get(role.end()).word());
            if (!closed) {
                continue;
            }
            int comma = k;
            for (Mention p : mentions) {
                if (p.end() == comma && p.kind() == Mention.Kind.NAME && p.type() == EntityType.PERSON) {
                    out.add(new Pair(p, role));
                }
            }
        }
        return out;
    }
}
