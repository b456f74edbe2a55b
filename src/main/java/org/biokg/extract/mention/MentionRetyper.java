package org.biokg.extract.mention;

import org.biokg.extract.ExtractionState;
import org.biokg.extract.Holding;
import org.biokg.extract.ExtractionStep;

import org.biokg.extract.EntityType;
import org.biokg.extract.Mention;

import edu.stanford.nlp.ling.CoreLabel;
import org.biokg.nlp.AnnotatedDocument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Document-level repair of NER: a surname that the text elsewhere gives as part of a person's full name is
 * a person wherever it occurs alone, whether NER called it a place, an organization or nothing
 * ("Roe" tagged LOCATION, "Vey" untagged).
 */
public final class MentionRetyper implements ExtractionStep {
    @Override
    public String id() {
        return "retype-mentions";
    }

    @Override
    public Set<Holding> needs() {
        return Set.of(Holding.MENTIONS);
    }

    @Override
    public Set<Holding> provides() {
        return Set.of(Holding.MENTIONS);
    }

    @Override
    public void apply(ExtractionState state) {
        repair(state.doc(), state.mentions());
    }

    /**
     * A group's member word used of a person: before a noun ("a Labour politician") or after an article or adjective
     * ("a Democrat", "a leading Green"); not as a thing's name ("she supported Brexit").
     */
    private static boolean namesAMember(List<CoreLabel> toks, int k) {
        // "an American politician", "Bob Lee, an Afghan, spoke": a nationality names no group one joins, even where the
        // text also speaks of "the Americans"
        if ("NATIONALITY".equals(toks.get(k).ner())) {
            return false;
        }
        boolean beforeNoun = k + 1 < toks.size() && toks.get(k + 1).tag().startsWith("NN");
        boolean afterModifier = k > 0 && toks.get(k - 1).tag().matches("DT|JJ.?|PRP\\$|CD|VBG|VBN");
        return beforeNoun || afterModifier;
    }

    public void repair(AnnotatedDocument doc, List<List<Mention>> mentions) {
        Set<String> surnames = new HashSet<>();
        java.util.Map<String, Integer> singles = new java.util.HashMap<>();
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) {
                if (m.type() == EntityType.PERSON && m.kind() == Mention.Kind.NAME && m.length() > 1) {
                    String[] parts = m.text().split("\\s+");
                    surnames.add(parts[parts.length - 1]);
                } else if (m.type() == EntityType.PERSON && m.kind() == Mention.Kind.NAME) {
                    singles.merge(m.text(), 1, Integer::sum);
                }
            }
        }
        // a one-word name NER calls a person at least twice is a person's name too
        singles.forEach((name, count) -> {
            if (count >= 2) {
                surnames.add(name);
            }
        });
        // plural group names ("the Greens"): a singular member noun ("a leading Green") names the group
        java.util.Map<String, String> groups = new java.util.HashMap<>();
        for (int s = 0; s < mentions.size(); s++) {
            for (Mention m : mentions.get(s)) {
                if (m.type() == EntityType.ORGANIZATION && m.kind() == Mention.Kind.NAME && m.length() == 1
                        && doc.tokens(s).get(m.head()).tag().equals("NNPS") && m.text().endsWith("s")) {
                    groups.put(m.text().substring(0, m.text().length() - 1), m.text());
                }
            }
        }
        groups.putAll(PartyAdjectives.of(mentions, groups));
        for (int s = 0; s < mentions.size(); s++) {
            List<Mention> ms = mentions.get(s);
            List<Mention> fixed = new ArrayList<>(ms.size());
            boolean[] covered = new boolean[doc.tokens(s).size()];
            boolean[] inTitle = new boolean[covered.length];
            for (Mention m : ms) {
                if (m.kind() == Mention.Kind.NAME && m.length() == 1 && m.type() != EntityType.PERSON
                        && m.type() != EntityType.OFFICE && surnames.contains(m.text())) {
                    m = new Mention(m.sentence(), m.begin(), m.end(), m.head(), EntityType.PERSON, Mention.Kind.NAME, m.text());
                } else if (m.kind() == Mention.Kind.NAME && m.length() == 1 && m.type() == EntityType.ORGANIZATION
                        && groups.containsKey(m.text()) && namesAMember(doc.tokens(s), m.begin())) {
                    // "a Labour politician" with "Labour" tagged an organization: a member word all the same (before
                    // a noun: "she supported Brexit" names no member of the Brexit Party)
                    m = new Mention(m.sentence(), m.begin(), m.end(), m.head(), EntityType.ORGANIZATION, Mention.Kind.MEMBER, groups.get(m.text()));
                }
                fixed.add(m);
                for (int k = m.begin(); k < m.end(); k++) {
                    covered[k] = true;
                    inTitle[k] |= m.type() == EntityType.OFFICE && k != m.head();
                }
            }
            List<CoreLabel> toks = doc.tokens(s);
            for (int k = 0; k < toks.size(); k++) {
                CoreLabel t = toks.get(k);
                if (!covered[k] && t.tag().startsWith("NNP") && surnames.contains(t.word())) {
                    fixed.add(new Mention(s, k, k + 1, k, EntityType.PERSON, Mention.Kind.NAME, t.word()));
                } else if ((!covered[k] || inTitle[k]) && (t.tag().equals("NNP") || t.tag().equals("JJ")) && groups.containsKey(t.word())
                        && Character.isUpperCase(t.word().charAt(0)) && namesAMember(toks, k)) {
                    // also inside a title: "a Green leader" is a leader of the Greens, and one of them
                    fixed.add(new Mention(s, k, k + 1, k, EntityType.ORGANIZATION, Mention.Kind.MEMBER, groups.get(t.word())));
                }
            }
            fixed.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(b.length(), a.length()));
            mentions.set(s, fixed);
        }
    }
}
