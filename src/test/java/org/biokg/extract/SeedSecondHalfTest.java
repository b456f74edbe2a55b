package org.biokg.extract;

import org.biokg.TestPipelines;
import org.biokg.eval.EvalReport;
import org.biokg.eval.EvalResult;
import org.biokg.eval.GoldScorer;
import org.biokg.eval.GoldSet;
import org.biokg.eval.Predictions;
import org.biokg.eval.Score;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The half of the seed the dev gold does not cover (offsets 49059 to the end), which was read by hand against
 * biokg's facts (README, "Quality"): a few of the facts checked there, each stated in the text as asserted, so
 * that a change which loses them, or brings back an error fixed there, fails the build. The rules that read them
 * are general and tested on made-up sentences in {@link HardConstructionsTest}. And the whole half scored against
 * the second annotation in {@code src/test/resources/second-half} (see its README: not the official gold), with
 * floors a little under what this version reaches.
 */
class SeedSecondHalfTest {
    private static final int SCOPE_END = 49059;
    private static ExtractionResult seed;

    @BeforeAll
    static void read() {
        seed = TestPipelines.seed().result();
    }

    @Test
    void theSecondAnnotationHoldsItsFloors() {
        var reading = TestPipelines.seed();
        EvalResult r = new GoldScorer(GoldSet.fromClasspath("second-half")).score(Predictions.of(reading.result()),
                reading.source().text());
        Score all = r.overall();
        // measured: precision 0.96, recall 0.53 (0.92 and 0.46 after the fifth session, 0.79 and 0.31 before it)
        assertTrue(all.precision() >= 0.90, "precision " + all.precision() + "\n" + EvalReport.table(r));
        assertTrue(all.recall() >= 0.48, "recall " + all.recall() + "\n" + EvalReport.table(r));
    }

    /** The fact, with evidence in the second half. */
    private static Fact fact(String relation, String subject, String object) {
        return FactLookup.find(seed, relation, subject, object,
                f -> f.evidence().stream().anyMatch(e -> e.sentence().start() >= SCOPE_END));
    }

    private static Fact assertFact(String relation, String subject, String object) {
        Fact f = fact(relation, subject, object);
        assertNotNull(f, relation + "(" + subject + ", " + object + ") with evidence after " + SCOPE_END);
        return f;
    }

    @Test
    void datesFollowTheSectionAfterAHeadingGluedToAnImage() {
        // "Last exile (1929–1940)[[Image:…]]" … "In 1933 Trotsky was offered asylum in France … He stayed first at Royan"
        assertEquals("1933", assertFact("residedIn", "Leon Trotsky", "Royan").start().iso());
        assertEquals("1928-01-31", assertFact("exiledTo", "Leon Trotsky", "Alma Ata").start().iso());
    }

    @Test
    void theManTheMainVerbActsOnIsTheAmbassador() {
        // "neutralize Trotsky's friend and supporter Christian Rakovsky by removing him … and sending him to London
        // as Soviet ambassador"
        assertFact("heldOffice", "Christian Rakovsky", "Soviet ambassador");
        assertTrue(fact("heldOffice", "Leon Trotsky", "Soviet ambassador") == null, "not the biography's subject");
    }

    @Test
    void aSentenceAboutSomeoneElseKeepsItsPronouns() {
        // "Yakov Sverdlov was … senior secretary … from 1917 and until his death in March 1919. He was replaced by
        // Elena Stasova"
        Fact sverdlov = assertFact("heldOffice", "Yakov Sverdlov", "Senior secretary of the Central Committee");
        assertEquals("1919-03", sverdlov.end().iso(), sverdlov.toString());
        assertFact("heldOffice", "Elena Stasova", "Senior secretary of the Central Committee");
        // a rank makes its own post: the senior secretary is not one of the secretaries
        assertTrue(fact("heldOffice", "Yakov Sverdlov", "Secretary of the Central Committee") == null, "senior, not plain");
    }

    @Test
    void deathsToldInPassingAgentsAndPresentPosts() {
        // "until his death in March 1919", "he learned about Lenin's death on January 21, 1924"
        assertFact("deathDate", "Yakov Sverdlov", "1919-03");
        assertFact("deathDate", "Vladimir Lenin", "1924-01-21");
        // "led by GPU agent Iosif Grigulevich", "attacked in his home by a NKVD agent, Ramón Mercader, who …"
        assertFact("memberOf", "Iosif Grigulevich", "GPU");
        assertFact("memberOf", "Ramón Mercader", "NKVD");
        // "is currently head of the U.S. National Institute on Drug Abuse": the whole name, and no narrative date
        Fact head = assertFact("heldOffice", "Nora Volkow", "Head of the U.S. National Institute on Drug Abuse");
        assertTrue(head.start() == null, head.toString());
    }

    @Test
    void appositionsAndMisreadVerbs() {
        assertFact("killedBy", "Leon Trotsky", "Ramón Mercader");
        assertFact("alliedWith", "Lev Kamenev", "Joseph Stalin");
        assertFact("alliedWith", "Leon Trotsky", "Lev Kamenev");
        assertFact("siblingOf", "Nora Volkow", "Verónica Volkow");
        assertFact("parentOf", "Leon Trotsky", "Lev Sedov");
        assertTrue(fact("parentOf", "Natalia Sedova", "Lev Sedov") == null, "\"his son\" after \"his wife Natalia Sedova\"");
        assertFact("heldOffice", "Nikolai Bukharin", "Editor of Pravda");
    }
}
