package org.biokg.link;

import org.biokg.extract.Entity;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * "She was elected to the Committee in 1930, on which she served until her death": the text ends the membership
 * with a death it dates elsewhere ("(1867 – 4 July 1934)"). A fact without an end whose sentence says it lasted
 * until the holder's death ends on the holder's death date, dated by the sentence that gives that date.
 */
final class UntilDeath {
    private static final Pattern UNTIL_DEATH = Pattern.compile("\\buntil (?:his|her|their) death\\b",
            Pattern.CASE_INSENSITIVE);

    private UntilDeath() {
    }

    static ExtractionResult consolidate(ExtractionResult r) {
        Map<Entity, Fact> deaths = DeathDates.of(r);
        for (Fact f : r.facts()) {
            Fact death = deaths.get(f.subject());
            if (death == null || f.object() == null || f.end() != null
                    || (f.start() != null && f.start().compareTo(death.date()) > 0)
                    || f.evidence().stream().noneMatch(e -> UNTIL_DEATH.matcher(e.sentenceText()).find())) {
                continue;
            }
            DeathDates.end(f, death);
        }
        return r;
    }
}
