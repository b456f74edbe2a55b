package org.biokg.link;

import org.biokg.link.LinkRefusals.Refusal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The refusals of a person's page by its name: a person known by one word linked to a bearer whose other names
 * the document never uses, a full name linked to a page of one word, a middle name the page does not share. Part
 * of {@link LinkRefusals}.
 */
final class PersonRefusals {
    /** The score a one-word page needs for a person known by that one word: the word alone nearly always means it. */
    static final double MONONYM = 0.9;
    private static final Pattern INITIAL = Pattern.compile("(?<![\\p{L}])\\p{Lu}\\.");

    private PersonRefusals() {
    }

    /** Why a person may not link to a page of this base title: a lone name, a one-word page, another middle name. */
    static Optional<Refusal> person(Collection<String> names, String name, String base, String comma, double score,
                                            LinkContext doc) {
        List<String> t = NameMatch.words(comma == null ? base : base.substring(0, base.indexOf(", ")));
        List<String> n = NameMatch.words(name);
        boolean lone = true;
        for (String x : names) {
            // "T. Rell" is not a lone name: its initial tells which bearer.
            lone &= NameMatch.words(x).size() <= 1 && !INITIAL.matcher(x).find();
        }
        if (lone) {
            if (t.size() == 1 && comma == null) {
                return score >= MONONYM ? Optional.empty() : Optional.of(Refusal.LONE_NAME);
            }
            List<String> own = new ArrayList<>();
            names.forEach(x -> own.addAll(NameMatch.words(x)));
            List<String> all = NameMatch.words(base);
            for (String w : all) {
                if (own.stream().noneMatch(o -> NameMatch.similar(o, w)) && !doc.usesWord(w)) {
                    return Optional.of(Refusal.LONE_NAME);
                }
            }
            return Optional.empty();
        }
        // Lone names aside, the entity has a full name: a page of one word is not a person of that name.
        if (t.size() == 1 && !INITIAL.matcher(base).find()) {
            return Optional.of(Refusal.ONE_WORD_PAGE);
        }
        // Any full name of the entity that names another middle name than the page's disagrees with it.
        for (String full : names) {
            List<String> f = NameMatch.words(full);
            if (f.size() >= 3 && t.size() >= 3 && NameMatch.similar(f.get(0), t.get(0))
                    && NameMatch.similar(f.get(f.size() - 1), t.get(t.size() - 1))) {
                boolean nameHasOther = f.subList(1, f.size() - 1).stream().anyMatch(x -> t.stream().noneMatch(y -> NameMatch.similar(x, y)));
                boolean titleHasOther = t.subList(1, t.size() - 1).stream().anyMatch(y -> f.stream().noneMatch(x -> NameMatch.similar(x, y)));
                if (nameHasOther && titleHasOther) {
                    return Optional.of(Refusal.OTHER_MIDDLE_NAME);
                }
            }
        }
        return Optional.empty();
    }
}
