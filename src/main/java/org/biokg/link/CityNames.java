package org.biokg.link;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.ExtractionResult;
import org.biokg.text.Labels;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * "X City" and "X" in one document are one place when the tagger calls X a city and never a country or a state:
 * "Quebec City" and "Quebec" (a province), "Mexico City" and "Mexico" (a country) stay apart. The fuller name is
 * kept, the other becomes its alias.
 */
final class CityNames {
    private static final Set<String> WIDER = Set.of("COUNTRY", "STATE_OR_PROVINCE");

    private CityNames() {
    }

    static ExtractionResult consolidate(ExtractionResult r) {
        Map<String, Entity> byKey = new HashMap<>();
        for (Entity e : r.allEntities()) {
            if (e.type() == EntityType.PLACE) {
                byKey.putIfAbsent(Labels.key(e.label()), e);
            }
        }
        MergeMap merges = new MergeMap();
        for (Entity named : r.allEntities()) {
            if (named.type() != EntityType.PLACE || !named.nerTags().contains("CITY")
                    || named.nerTags().stream().anyMatch(WIDER::contains)) {
                continue;
            }
            Entity city = byKey.get(Labels.key(named.label()) + " city");
            if (city != null && !city.equals(named)) {
                merges.merge(named, city, String.format(java.util.Locale.ROOT,
                        "'%s', which the tagger calls a city and never a country or a state, is short for '%s'",
                        named.label(), city.label()));
            }
        }
        return merges.applyTo(r);
    }
}
