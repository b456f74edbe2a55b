package org.biokg.link;

import org.biokg.extract.ExtractionResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The consolidation of one document's facts after extraction, before linking and the cross-document step: what
 * the sentences read one at a time cannot see, the document as a whole settles, with the same merge mechanism as
 * the other steps ({@link MergeMap}: names become aliases, facts are repointed, one fact where two become one).
 * <ol>
 * <li>{@link LifePlaces}: a person's birth (death) places are one place with its wider places, and two spellings of
 * it one place;</li>
 * <li>{@link PostVariants}: one post under two names, held by the same person at the same time, is one post;</li>
 * <li>{@link CityNames}: "X City" and "X", where the tagger calls X a city, are one place;</li>
 * <li>{@link Departures}: leaving a place ends the stay in the place within it, rather than telling another stay;</li>
 * <li>{@link OppositionInKillings}: a killing is not also read as an opposition from the same sentence;</li>
 * <li>{@link LifeDatePrecision}: a birth (death) year is not a second birth date beside the day that refines it;</li>
 * <li>{@link MarriageEnds}: a marriage the text gives no end ends when the first of the two dies;</li>
 * <li>{@link UntilDeath}: what a sentence says lasted "until her death" ends on her death date.</li>
 * </ol>
 * The result given is not changed (the steps work on a copy).
 */
public final class DocumentConsolidation {
    private DocumentConsolidation() {
    }

    public static ExtractionResult apply(ExtractionResult r) {
        ExtractionResult c = Rebuild.copy(r);
        c = LifePlaces.consolidate(c);
        c = PostVariants.consolidate(c);
        c = CityNames.consolidate(c);
        c = Departures.consolidate(c);
        c = OppositionInKillings.consolidate(c);
        c = LifeDatePrecision.consolidate(c);
        c = MarriageEnds.consolidate(c);
        c = UntilDeath.consolidate(c);
        return c;
    }

    public static List<ExtractionResult> apply(List<ExtractionResult> results) {
        List<ExtractionResult> out = new ArrayList<>(results.size());
        for (ExtractionResult r : results) {
            out.add(apply(r));
        }
        return out;
    }
}
