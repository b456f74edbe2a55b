package org.biokg.extract.resolve;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.Mention;

import java.util.List;
import java.util.Map;

/**
 * The place an adverb "there" stands for: "She moved to Lund in 1920 and died there in 1950", "He settled in Lund.
 * He lived there until 1960". The place named last before it (the town of "Lund, Sweden"), in its sentence or in the
 * two before; none when a body
 * was named after that place in the sentence ("joined the Institute and taught there": the Institute is meant).
 */
final class PlaceAdverbs {
    /** How many sentences back the place may have been named. */
    private static final int WINDOW = 2;
    private Entity lastPlace;
    private int lastPlaceSentence = -WINDOW - 1;

    /** Notes an entity resolved in sentence {@code s}: the last place named, for a "there" in a later sentence. */
    void note(Entity e, int s) {
        if (e.type() == EntityType.PLACE) {
            lastPlace = e;
            lastPlaceSentence = s;
        }
    }

    /**
     * The entity of {@code there}, a place adverb: the place of the last mention before it in its sentence, else the
     * place named last in the sentences before, else null.
     */
    Entity place(Mention there, List<Mention> sentenceMentions, Map<Mention, Entity> resolved) {
        Entity before = there.sentence() - lastPlaceSentence <= WINDOW ? lastPlace : null;
        Entity place = before;
        Mention last = null;
        for (Mention m : sentenceMentions) {
            Entity e = resolved.get(m);
            if (m.end() > there.begin() || e == null) {
                continue;
            }
            if (e.type() == EntityType.PLACE) {
                // "to Lund, Ruritania, and lived there": the town, not the wider place written after its comma
                if (last == null || m.begin() != last.end() + 1) {
                    place = e;
                }
                last = m;
            } else if (e.type() == EntityType.ORGANIZATION && m.kind() == Mention.Kind.NAME) {
                place = null;
            }
        }
        return place;
    }
}
