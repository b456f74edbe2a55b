package org.biokg.extract.rules;

import org.biokg.extract.EntityType;
import org.biokg.extract.Mention;

import edu.stanford.nlp.ling.CoreLabel;
import org.biokg.nlp.AnnotatedDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "the rest of the Council (Ann Roe, Bob Lee, Cy Dorn)": people listed in parentheses right after a body's name
 * are its members. Read from the tokens: the parser hangs such lists anywhere. A list after "the secretaries of the
 * Council (…)" belongs to the plural noun, not the body (see org.biokg.extract.repair.ReattachMemberLists), and is left out here.
 */
public final class MemberLists {
    private static final Set<String> SEPARATORS = Set.of(",", "and");

    /** A body and the people listed after it. */
    public record Listing(Mention body, List<Mention> members) {
    }

    public List<Listing> find(AnnotatedDocument doc, int s, List<Mention> mentions) {
        List<CoreLabel> toks = doc.tokens(s);
        List<Listing> out = new ArrayList<>();
        for (Mention body : mentions) {
            int open = body.end();
            if (body.kind() != Mention.Kind.NAME || body.type() != EntityType.ORGANIZATION || open >= toks.size()
                    || !isOpening(toks.get(open)) || listsForAPluralNoun(toks, body)) {
                continue;
            }
            List<Mention> members = new ArrayList<>();
            int k = open + 1;
            boolean closed = false;
            while (k < toks.size()) {
                if (isClosing(toks.get(k))) {
                    closed = true;
                    break;
                }
                if (SEPARATORS.contains(toks.get(k).word())) {
                    k++;
                    continue;
                }
                Mention person = personAt(mentions, k);
                if (person == null) {
                    break;
                }
                members.add(person);
                k = person.end();
            }
            if (closed && members.size() >= 2) {
                out.add(new Listing(body, members));
            }
        }
        return out;
    }

    /** "the three secretaries of the Council (…)": the list names the secretaries. */
    private static boolean listsForAPluralNoun(List<CoreLabel> toks, Mention body) {
        int k = body.begin() - 1;
        while (k >= 0 && (toks.get(k).tag().matches("DT|JJ|VBN|RB|CD"))) {
            k--;
        }
        return k >= 1 && toks.get(k).word().equals("of") && toks.get(k - 1).tag().matches("NNP?S");
    }

    private static Mention personAt(List<Mention> mentions, int token) {
        for (Mention m : mentions) {
            if (m.begin() == token && m.kind() == Mention.Kind.NAME && m.type() == EntityType.PERSON) {
                return m;
            }
        }
        return null;
    }

    private static boolean isOpening(CoreLabel t) {
        return t.word().equals("(") || t.word().equals("-LRB-");
    }

    private static boolean isClosing(CoreLabel t) {
        return t.word().equals(")") || t.word().equals("-RRB-");
    }
}
