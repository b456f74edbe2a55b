package org.biokg.link;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.ExtractionResult;
import org.biokg.link.EntityNames.Name;
import org.biokg.text.Labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Names qualified by another entity of the same text, and the more specific pages they reach: "the Central
 * Committee" of a text that names a party may have a page as that party's committee, and "Mayfair" a page as the
 * place its sentences name it with.
 */
final class QualifiedNames {
    private QualifiedNames() {
    }

    /**
     * An organisation's name qualified by another organisation or place of the same text ("X of the Y"), or a
     * place's by a place its sentences name with it ("X, Y").
     */
    record Expansion(String name, Entity parent) {
    }

    /**
     * Organisations are often named by their kind alone once the text has said whose they are ("the Central
     * Committee", "the Senate"); the dictionary links such a name to the page about the kind. Qualified by an
     * organisation or place of the same text, the name may have a page of its own. A place shares its name with
     * places elsewhere ("Mayfair, a suburb of Johannesburg"); qualified by a place its sentences name with it,
     * the name may reach the page of the right one ("Mayfair, Johannesburg").
     */
    static List<Expansion> expansions(Entity e, ExtractionResult r, Map<Entity, List<Name>> names,
                                      LinkContext context) {
        List<Expansion> out = new ArrayList<>();
        String own = Labels.stripArticle(e.label());
        if (e.type() == EntityType.PLACE && context != null) {
            for (Entity p : r.subjectAndEntities()) {
                if (p != e && p.type() == EntityType.PLACE && context.namedWith(e, EntityNames.namesOf(p))) {
                    for (Name n : names.getOrDefault(p, List.of())) {
                        out.add(new Expansion(own + ", " + n.text(), p));
                    }
                }
            }
            return out;
        }
        if (e.type() != EntityType.ORGANIZATION) {
            return out;
        }
        for (Entity p : r.subjectAndEntities()) {
            if (p.equals(e) || (p.type() != EntityType.ORGANIZATION && p.type() != EntityType.PLACE)) {
                continue;
            }
            for (Name n : names.getOrDefault(p, List.of())) {
                out.add(new Expansion(own + " of the " + n.text(), p));
                out.add(new Expansion(own + " of " + n.text(), p));
            }
        }
        return out;
    }

    /**
     * Replaces the entity's link by the page of a qualified name when that page is about the entity's own
     * name ({@code Executive_Committee_of_...} for "Executive Committee", {@code Passy,_Haute-Savoie} for the
     * place "Passy"), its qualifier is linked, and the qualified name is surer than the entity's own link.
     */
    static void specialise(Entity e, List<Expansion> expansions, Map<String, List<DictEntry>> entries, LinkContext context,
                           double threshold) {
        String own = SurfaceKey.of(Labels.stripArticle(e.label()));
        String best = null;
        double bestScore = e.linkConfidence();
        for (Expansion x : expansions) {
            Entity p = x.parent();
            if (p.wikipediaTitle() == null || p.linkConfidence() < threshold) {
                continue;
            }
            if (p.type() == EntityType.PLACE && context != null && !context.namedWith(e, EntityNames.namesOf(p))) {
                // A place qualifies an organisation only where the text puts them together: "the Provisional
                // Government" of a text that also mentions France is not France's.
                continue;
            }
            DictEntry entry = TitleChoice.entryFor(x.name(), entries.getOrDefault(x.name(), List.of()));
            if (entry == null || !TitleChoice.acceptable(e, x.name(), entry.title(), entry.score(), context)) {
                continue;
            }
            String title = WikiTitle.normalise(entry.title());
            String page = SurfaceKey.of(WikiTitle.base(title));
            boolean ownPage = e.type() == EntityType.PLACE
                    // a place's page of the same name, told apart by its wider place: "Mayfair_(Johannesburg)"
                    ? !title.equals(e.wikipediaTitle()) && (page.equals(own) && !WikiTitle.base(title).equals(WikiTitle.text(title))
                    || page.startsWith(own + ", "))
                    : page.startsWith(own + " ");
            if (!ownPage || title.equals(p.wikipediaTitle())) {
                continue;
            }
            double score = entry.score() * (entry.surface().equals(x.name()) ? 1.0 : TitleChoice.OTHER_CASE) * p.linkConfidence();
            if (score > bestScore) {
                best = title;
                bestScore = score;
            }
        }
        if (best != null) {
            e.setLink(best, Math.round(bestScore * 10_000) / 10_000.0);
        }
    }
}
