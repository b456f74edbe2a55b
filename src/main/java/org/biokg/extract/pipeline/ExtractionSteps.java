package org.biokg.extract.pipeline;

import org.biokg.extract.EachSentence;
import org.biokg.extract.ExtractionStep;
import org.biokg.extract.Lexicon;
import org.biokg.extract.consolidate.CoarserDates;
import org.biokg.extract.consolidate.PlaceNesting;
import org.biokg.extract.consolidate.PlaceTags;
import org.biokg.extract.consolidate.ResultCollector;
import org.biokg.extract.consolidate.SeatsAsMemberships;
import org.biokg.extract.consolidate.SelfFacts;
import org.biokg.extract.consolidate.SiblingsOfOneAnother;
import org.biokg.extract.facts.AppositiveRoleFacts;
import org.biokg.extract.facts.InfoboxFacts;
import org.biokg.extract.facts.LifeDateFacts;
import org.biokg.extract.facts.MemberListFacts;
import org.biokg.extract.facts.NarrativeDateStep;
import org.biokg.extract.facts.RelationRuleFacts;
import org.biokg.extract.facts.TokenRelationFacts;
import org.biokg.extract.mention.CoinedNames;
import org.biokg.extract.mention.MentionFinder;
import org.biokg.extract.mention.MentionRetyper;
import org.biokg.extract.mention.NamesInWorkTitles;
import org.biokg.extract.mention.PublicationNames;
import org.biokg.extract.mention.SentenceDates;
import org.biokg.extract.resolve.KinDescriptions;
import org.biokg.extract.resolve.MentionResolver;
import org.biokg.extract.resolve.PluralAntecedents;
import org.biokg.extract.resolve.SubjectFinder;
import org.biokg.extract.rules.ClauseFilter;
import org.biokg.extract.rules.LifeDatesFinder;
import org.biokg.extract.rules.ParseRepairStep;
import org.biokg.extract.rules.RelationFinder;
import org.biokg.extract.rules.RuleSet;
import org.biokg.extract.rules.TokenRelations;

import java.util.List;

/** The extract stage's steps in the order they run (the README's design section has a line on each). */
public final class ExtractionSteps {
    private ExtractionSteps() {
    }

    /** The steps with the rule files and word lists shipped in {@code org/biokg/extract/}. */
    public static List<ExtractionStep> defaults() {
        Lexicon lexicon = Lexicon.defaults();
        RelationFinder relationFinder = new RelationFinder(RuleSet.load(), ClauseFilter.defaults(), lexicon);
        return List.of(
                // mentions and dates, sentence by sentence; then the mentions NER missed or mistyped
                new MentionFinder(lexicon),
                new SentenceDates(lexicon),
                CoinedNames.defaults(lexicon),
                new MentionRetyper(),
                new PublicationNames(lexicon),
                new NamesInWorkTitles(),
                // who the biography is about, then every mention's entity
                new SubjectFinder(lexicon),
                // the parse mended before pronouns are resolved, so that resolution and the rules read the same parse
                new ParseRepairStep(),
                new MentionResolver(),
                new PluralAntecedents(),
                new KinDescriptions(),
                // the NER classes of each place's words, for the rules that need a country ("deported from")
                new PlaceTags(),
                // facts: the infobox's, then each sentence's (the narrative's date first, for the rules to fall back on)
                InfoboxFacts.defaults(),
                new EachSentence("sentence-facts", List.of(
                        new NarrativeDateStep(),
                        new RelationRuleFacts(relationFinder, lexicon),
                        new AppositiveRoleFacts(lexicon),
                        new MemberListFacts(),
                        // the token-level rules run under the same clause filter as the Semgrex rules
                        new TokenRelationFacts(TokenRelations.defaults(relationFinder.filter())),
                        new LifeDateFacts(LifeDatesFinder.defaults()))),
                // what the facts tell together
                new SelfFacts(),
                new SeatsAsMemberships(),
                new SiblingsOfOneAnother(),
                new PlaceNesting(),
                new CoarserDates(),
                new ResultCollector());
    }
}
