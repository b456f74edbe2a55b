package org.biokg.extract.pipeline;

import org.biokg.extract.EachSentence;
import org.biokg.extract.ExtractionState;
import org.biokg.extract.ExtractionStep;
import org.biokg.extract.Holding;
import org.biokg.extract.SentenceStep;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extractor runs only a step list whose steps each find what they need in what the steps before provide. */
class ExtractorTest {
    private record Step(String id, Set<Holding> needs, Set<Holding> provides) implements ExtractionStep {
        @Override
        public void apply(ExtractionState state) {
        }
    }

    private record OnSentence(String id, Set<Holding> needs, Set<Holding> provides) implements SentenceStep {
        @Override
        public void apply(ExtractionState state, int s) {
        }
    }

    private static final Step MENTIONS = new Step("find-mentions", Set.of(), Set.of(Holding.MENTIONS));
    private static final Step SUBJECT = new Step("find-subject", Set.of(Holding.MENTIONS), Set.of(Holding.SUBJECT));
    private static final Step ENTITIES = new Step("resolve-mentions", Set.of(Holding.MENTIONS, Holding.SUBJECT),
            Set.of(Holding.ENTITIES));
    private static final Step RESULT = new Step("collect-result", Set.of(Holding.SUBJECT), Set.of(Holding.RESULT));

    @Test
    void refusesAStepThatNeedsWhatNoEarlierStepProvides() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new Extractor(List.of(MENTIONS, ENTITIES, SUBJECT, RESULT)));
        assertEquals("extraction step 'resolve-mentions' needs [SUBJECT], which no step before it provides", e.getMessage());
    }

    @Test
    void refusesASentenceStepBeforeTheSentenceStepItNeeds() {
        EachSentence facts = new EachSentence("sentence-facts", List.of(
                new OnSentence("relation-rules", Set.of(Holding.ENTITIES, Holding.NARRATIVE_DATE), Set.of(Holding.FACTS)),
                new OnSentence("narrative-date", Set.of(), Set.of(Holding.NARRATIVE_DATE))));
        var e = assertThrows(IllegalArgumentException.class,
                () -> new Extractor(List.of(MENTIONS, SUBJECT, ENTITIES, facts, RESULT)));
        assertEquals("extraction step 'relation-rules' needs [NARRATIVE_DATE], which no step before it provides",
                e.getMessage());
    }

    @Test
    void acceptsStepsInTheOrderOfWhatTheyNeed() {
        EachSentence facts = new EachSentence("sentence-facts", List.of(
                new OnSentence("narrative-date", Set.of(), Set.of(Holding.NARRATIVE_DATE)),
                new OnSentence("relation-rules", Set.of(Holding.ENTITIES, Holding.NARRATIVE_DATE), Set.of(Holding.FACTS))));
        Extractor x = new Extractor(List.of(MENTIONS, SUBJECT, ENTITIES, facts, RESULT));
        assertEquals(5, x.steps().size());
        assertEquals(Set.of(Holding.ENTITIES), facts.needs());
        assertEquals(Set.of(Holding.NARRATIVE_DATE, Holding.FACTS), facts.provides());
    }

    @Test
    void refusesAnIdListedTwiceAndAListWithoutAResult() {
        assertThrows(IllegalArgumentException.class, () -> new Extractor(List.of(MENTIONS, MENTIONS, SUBJECT, RESULT)));
        var e = assertThrows(IllegalArgumentException.class, () -> new Extractor(List.of(MENTIONS, SUBJECT, ENTITIES)));
        assertEquals("no extraction step provides RESULT", e.getMessage());
    }

    @Test
    void theDefaultStepsAreInOrderWithKebabCaseIds() {
        List<String> ids = new ArrayList<>();
        for (ExtractionStep step : ExtractionSteps.defaults()) {
            ids.add(step.id());
            if (step instanceof EachSentence each) {
                each.steps().forEach(s -> ids.add(s.id()));
            }
        }
        assertEquals(List.of("find-mentions", "find-dates", "coined-names", "retype-mentions", "publication-names", "names-in-work-titles",
                "find-subject", "repair-parses", "resolve-mentions", "plural-antecedents", "kin-descriptions", "place-tags", "infobox-facts", "sentence-facts",
                "narrative-date", "relation-rules", "appositive-roles", "member-lists", "token-relations", "life-dates",
                "drop-self-facts", "seats-as-memberships", "siblings-of-one-another", "place-nesting", "merge-coarser-dates",
                "collect-result"), ids);
        assertTrue(ids.stream().allMatch(id -> id.matches("[a-z]+(-[a-z]+)*")), ids.toString());
        assertEquals(ids.size(), new HashSet<>(ids).size());
        new Extractor(ExtractionSteps.defaults()); // and the checks pass
    }
}
