package org.biokg.extract;

import org.biokg.text.Span;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.IsoMatcher;
import org.biokg.TestPipelines;
import org.biokg.nlp.PipelineSettings;
import org.biokg.rdf.GraphBuilder;
import org.biokg.text.Source;
import org.biokg.text.SourceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractionCacheTest {
    @TempDir
    Path dir;

    /** A made-up result that uses every field: aliases, a link, both kinds of fact, a body, dates, spans and none, a parse repair. */
    static ExtractionResult madeUp() {
        Entity ada = new Entity("e1", "Mira Kessel", EntityType.PERSON);
        ada.addAlias("Kessel");
        ada.setLink("Mira_Kessel", 0.8);
        Entity guild = new Entity("e2", "Glassmakers' Guild", EntityType.ORGANIZATION);
        Entity office = new Entity("e3", "Warden", EntityType.OFFICE);
        Entity town = new Entity("e4", "Lowmarsh", EntityType.PLACE);
        town.addAlias("Low Marsh");
        town.recordMerge("Low Marsh", "'Low Marsh' and 'Lowmarsh' spell one name, both given as the birth place of Mira Kessel");
        Fact member = Fact.between(Relation.MEMBER_OF, ada, guild);
        member.setStart(new TimeValue("1871"));
        member.addEvidence(new Evidence("mira-kessel", 3, new Span(100, 160), "Kessel joined the Glassmakers' Guild in 1871.",
                new Span(100, 106), new Span(118, 138), "memberOf/joined", 0.9, List.of("restore-glued-subjects")));
        Fact warden = Fact.between(Relation.HELD_OFFICE, ada, office);
        warden.setBody(guild);
        warden.setStart(new TimeValue("1880-03"));
        warden.setEnd(new TimeValue("1884-11-02"));
        warden.addEvidence(new Evidence("mira-kessel", 5, new Span(200, 260), "She was Warden of the Guild.", null, null,
                "heldOffice/was-title", 0.7));
        warden.addEvidence(new Evidence("mira-kessel", -1, new Span(10, 30), "office = Warden", null, new Span(19, 25),
                "infobox/office", 1.0));
        Fact born = Fact.dated(Relation.BIRTH_DATE, ada, new TimeValue("1850-06-01"));
        born.addEvidence(new Evidence("mira-kessel", 0, new Span(0, 50), "Mira Kessel (1 June 1850) was a glassmaker.",
                new Span(0, 11), new Span(13, 24), "birthDate/parenthesis", 0.95));
        Fact bornIn = Fact.between(Relation.BORN_IN, ada, town);
        bornIn.addEvidence(new Evidence("mira-kessel", 1, new Span(51, 90), "She was born in Lowmarsh.", null, new Span(67, 75),
                "bornIn/born-in", 0.9));
        return new ExtractionResult("mira-kessel", "data/mira-kessel.txt", ada, List.of(ada, guild, office, town),
                List.of(member, warden, born, bornIn));
    }

    private static Dataset graph(ExtractionResult r) {
        return GraphBuilder.create().startedAt(Instant.parse("2020-01-01T00:00:00Z")).build().toDataset(r);
    }

    private static void assertSameGraph(ExtractionResult expected, ExtractionResult actual) {
        assertTrue(IsoMatcher.isomorphic(graph(expected).asDatasetGraph(), graph(actual).asDatasetGraph()),
                "the decoded result must give the same graph");
        assertEquals(expected.facts().toString(), actual.facts().toString());
        assertEquals(expected.entities().stream().map(e -> e.aliases() + "|" + e.wikipediaTitle() + "|" + e.linkConfidence() + "|" + e.mergedNames()).toList(),
                actual.entities().stream().map(e -> e.aliases() + "|" + e.wikipediaTitle() + "|" + e.linkConfidence() + "|" + e.mergedNames()).toList());
    }

    @Test
    void aDecodedResultGivesTheSameGraph() {
        ExtractionResult r = madeUp();
        assertSameGraph(r, ResultJson.fromLine(ResultJson.toLine(r)));
    }

    @Test
    void theSeedSurvivesTheRoundTrip() {
        ExtractionResult seed = TestPipelines.seed().result();
        assertSameGraph(seed, ResultJson.fromLine(ResultJson.toLine(seed)));
    }

    private static Source source(String name, String text) {
        return new SourceReader().read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void storedResultsAreFoundByTheirSourceAndSettingsOnly() {
        ExtractionCache cache = new ExtractionCache(dir);
        PipelineSettings settings = PipelineSettings.defaults();
        Source s = source("mira-kessel.txt", "Mira Kessel was a glassmaker.");
        assertTrue(cache.get(s, settings).isEmpty());
        cache.put(s, settings, madeUp());
        assertSameGraph(madeUp(), cache.get(s, settings).orElseThrow());
        assertTrue(cache.get(source("mira-kessel.txt", "Mira Kessel was a potter."), settings).isEmpty(), "other text");
        assertTrue(cache.get(source("other.txt", "Mira Kessel was a glassmaker."), settings).isEmpty(), "other document id");
        PipelineSettings coref = PipelineSettings.builder().coref(PipelineSettings.Coref.STATISTICAL).build();
        assertTrue(cache.get(s, coref).isEmpty(), "other annotators");
        assertEquals(ExtractionCache.key(s, settings),
                ExtractionCache.key(s, PipelineSettings.builder().threads(1).build()), "threads do not change results");
    }

    @Test
    void aDamagedEntryIsAMissNotAnError() throws IOException {
        ExtractionCache cache = new ExtractionCache(dir);
        Source s = source("mira-kessel.txt", "Mira Kessel was a glassmaker.");
        cache.put(s, PipelineSettings.defaults(), madeUp());
        try (Stream<Path> files = Files.list(dir)) {
            Path entry = files.filter(p -> p.getFileName().toString().startsWith("facts-")).findFirst().orElseThrow();
            Files.writeString(entry, "not gzip");
        }
        assertTrue(cache.get(s, PipelineSettings.defaults()).isEmpty());
    }

    @Test
    void theFingerprintCoversTheCode() {
        String f = ExtractionCache.codeFingerprint();
        assertEquals(64, f.length(), f);
        assertEquals(f, ExtractionCache.codeFingerprint());
        assertNotEquals(ExtractionCache.key(source("a.txt", "x"), PipelineSettings.defaults()),
                ExtractionCache.key(source("a.txt", "y"), PipelineSettings.defaults()));
    }

    private static Set<String> fields(Class<?> c) {
        if (c.isRecord())
            return Arrays.stream(c.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
        return Arrays.stream(c.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers())).map(Field::getName)
                .collect(Collectors.toSet());
    }

    /** The codec writes these fields; a new field must be added to it (and to this list), else warm builds lose it. */
    @Test
    void theCodecKnowsEveryFieldOfTheModel() {
        assertEquals(Set.of("id", "label", "type", "aliases", "wikipediaTitle", "linkConfidence", "scope", "nerTags",
                "mergedNames"),
                fields(Entity.class));
        assertEquals(Set.of("relation", "subject", "object", "date", "start", "end", "body", "evidence", "startSource",
                "endSource"), fields(Fact.class));
        assertEquals(Set.of("documentId", "kind", "sentenceIndex", "span", "text"), fields(DateSource.class));
        assertEquals(Set.of("documentId", "sentenceIndex", "sentence", "sentenceText", "subjectSpan", "objectSpan", "rule",
                "confidence", "repairs"), fields(Evidence.class));
        assertEquals(Set.of("documentId", "sourceName", "subject", "entities", "facts"), fields(ExtractionResult.class));
        assertEquals(Set.of("start", "end"), fields(Span.class));
        assertEquals(Set.of("iso"), fields(TimeValue.class));
    }
}
