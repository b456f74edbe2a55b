package org.biokg.link;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.link.EntityLinker.Choice;
import org.biokg.link.EntityNames.Name;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses an entity's title from what the dictionary gives its names: each acceptable title gathers the support
 * of the names that propose it, the best supported wins, and disagreement among the full names lowers the
 * confidence. A title is acceptable when it can be the entity's page and, with a document's context, none of
 * {@link LinkRefusals}' refusals applies.
 */
final class TitleChoice {
    /** The weight of a dictionary entry found under another case than the name's (e.g. "united kingdom"). */
    static final double OTHER_CASE = 0.8;

    private TitleChoice() {
    }

    /** The best title for the entity, or null when no name gives an acceptable one. */
    static Choice choose(Entity e, List<Name> names, Map<String, List<DictEntry>> entries, LinkContext context) {
        Map<String, Double> disbelief = new LinkedHashMap<>();
        Map<String, Double> fullDisbelief = new HashMap<>();
        Map<String, String> bestName = new HashMap<>();
        Map<String, Double> bestNameScore = new HashMap<>();
        for (Name n : names) {
            DictEntry entry = entryFor(n.text(), entries.getOrDefault(n.text(), List.of()));
            if (entry == null || !acceptable(e, n.text(), entry.title(), entry.score(), context)) {
                continue;
            }
            double score = n.weight() * entry.score() * (entry.surface().equals(n.text()) ? 1.0 : OTHER_CASE);
            String title = WikiTitle.normalise(entry.title());
            disbelief.merge(title, 1.0 - score, (a, b) -> a * b);
            if (n.weight() >= 1.0) {
                fullDisbelief.merge(title, 1.0 - score, (a, b) -> a * b);
            }
            if (score > bestNameScore.getOrDefault(title, -1.0)) {
                bestNameScore.put(title, score);
                bestName.put(title, n.text());
            }
        }
        String winner = null;
        double first = 0;
        for (Map.Entry<String, Double> t : disbelief.entrySet()) {
            if (1.0 - t.getValue() > first) {
                first = 1.0 - t.getValue();
                winner = t.getKey();
            }
        }
        if (winner == null || first <= 0) {
            return null;
        }
        // Disagreement among the full names lowers the confidence; a short alias that disagrees does not.
        double second = 0;
        for (Map.Entry<String, Double> t : fullDisbelief.entrySet()) {
            if (!t.getKey().equals(winner)) {
                second = Math.max(second, 1.0 - t.getValue());
            }
        }
        double confidence = Math.round(first * (1.0 - 0.5 * second) * 10_000) / 10_000.0;
        return new Choice(winner, confidence, bestName.get(winner));
    }

    /**
     * The entry of the name as written, else the best one written with more capitals (but not all of them):
     * "Defense minister" may find "Defense Minister", but "Nora" must not find "nora" or the acronym "NORA".
     */
    static DictEntry entryFor(String name, List<DictEntry> found) {
        DictEntry other = null;
        for (DictEntry d : found) {
            if (d.surface().equals(name)) {
                return d;
            }
            if (keepsCapitals(name, d.surface()) && (other == null || d.score() > other.score())) {
                other = d;
            }
        }
        return other;
    }

    private static boolean keepsCapitals(String name, String variant) {
        if (variant.length() != name.length()) {
            return false;
        }
        boolean allCaps = true;
        for (int i = 0; i < name.length(); i++) {
            char a = name.charAt(i);
            char b = variant.charAt(i);
            if (Character.isUpperCase(a) && !Character.isUpperCase(b)) {
                return false;
            }
            if (Character.isLowerCase(b)) {
                allCaps = false;
            }
        }
        return !allCaps || name.equals(name.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the title can be the entity's page: not a list or a common noun, a person's page bearing the name,
     * an office's titled by its role; then, with a document's context, none of {@link LinkRefusals}' refusals.
     */
    static boolean acceptable(Entity e, String name, String rawTitle, double score, LinkContext context) {
        if (WikiTitle.notAnEntityPage(rawTitle)) {
            return false;
        }
        // Events keep sentence-case titles for proper names ("Storming of the Bastille"); the others do not.
        if (e.type() != EntityType.EVENT && e.type() != EntityType.PUBLICATION && WikiTitle.commonNoun(rawTitle)) {
            return false;
        }
        boolean named = switch (e.type()) {
            case PERSON -> NameMatch.sharesAWord(name, rawTitle);
            case OFFICE -> NameMatch.titledByAWordOf(name, rawTitle);
            default -> true;
        };
        if (!named || context == null) {
            return named;
        }
        return LinkRefusals.refusal(e.type(), EntityNames.namesOf(e), name, rawTitle, score, context.years(e), context.sentences(e),
                context).isEmpty();
    }
}
