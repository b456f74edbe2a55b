package org.biokg.extract.mention;

import org.biokg.extract.ExtractionState;
import org.biokg.extract.Holding;
import org.biokg.extract.ExtractionStep;
import java.util.Set;

import org.biokg.extract.EntityType;
import org.biokg.extract.Lexicon;
import org.biokg.extract.Mention;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.text.ResourceLines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names a text coins in lower case for a body ("a political alliance known as the triad"): from the sentence that
 * coins it on, the word names that body wherever it stands ("the triad nominated Ann", "Bob supported triad"),
 * though NER, which looks for capitals, does not see it. The patterns are in {@code rules/coined-names.tokensregex}.
 */
public final class CoinedNames implements ExtractionStep {
    private final List<TokenSequencePattern> patterns = new ArrayList<>();
    private final Lexicon lexicon;

    CoinedNames(String resource, Lexicon lexicon) {
        this.lexicon = lexicon;
        for (String line : ResourceLines.read(resource)) {
            patterns.add(TokenSequencePattern.compile(line.substring(line.indexOf('\t') + 1).strip()));
        }
    }

    @Override
    public String id() {
        return "coined-names";
    }

    @Override
    public Set<Holding> needs() {
        return Set.of(Holding.MENTIONS);
    }

    @Override
    public Set<Holding> provides() {
        return Set.of(Holding.MENTIONS);
    }

    @Override
    public void apply(ExtractionState state) {
        addMentions(state.doc(), state.mentions());
    }

    public static CoinedNames defaults(Lexicon lexicon) {
        return new CoinedNames("org/biokg/extract/rules/coined-names.tokensregex", lexicon);
    }

    /** Adds a name mention for every use of a coined name, from the sentence that coins it on. */
    void addMentions(AnnotatedDocument doc, List<List<Mention>> mentions) {
        Map<String, Integer> coinedAt = new HashMap<>();
        for (int s = 0; s < mentions.size(); s++) {
            List<CoreLabel> toks = doc.tokens(s);
            for (TokenSequencePattern p : patterns) {
                TokenSequenceMatcher m = p.getMatcher(toks);
                while (m.find()) {
                    CoreLabel body = toks.get(m.start("$body"));
                    String name = toks.get(m.start("$name")).word();
                    if (lexicon.isOrgHead(body.word()) && !lexicon.isOrgHead(name)) {
                        coinedAt.putIfAbsent(name.toLowerCase(Locale.ROOT), s);
                    }
                }
            }
        }
        if (coinedAt.isEmpty()) {
            return;
        }
        for (int s = 0; s < mentions.size(); s++) {
            List<CoreLabel> toks = doc.tokens(s);
            List<Mention> sentence = mentions.get(s);
            boolean added = false;
            for (int k = 0; k < toks.size(); k++) {
                CoreLabel t = toks.get(k);
                Integer from = coinedAt.get(t.word());
                int token = k;
                if (from == null || from > s || !t.tag().startsWith("NN") || sentence.stream().anyMatch(x -> x.covers(token))) {
                    continue;
                }
                sentence.add(new Mention(s, k, k + 1, k, EntityType.ORGANIZATION, Mention.Kind.NAME, t.word()));
                added = true;
            }
            if (added) {
                sentence.sort(Mention.IN_TEXT_ORDER);
            }
        }
    }
}
