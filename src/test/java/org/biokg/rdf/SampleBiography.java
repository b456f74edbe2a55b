package org.biokg.rdf;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;
import org.biokg.text.Span;
import org.biokg.extract.TimeValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A made-up biography and what a perfect extractor would read in it: allies, an opponent, an expulsion, an
 * office with dates and a body, a birth date and place, an infobox spouse and one low-confidence fact.
 * Offsets are computed from the text, as the extractor would report them.
 */
public final class SampleBiography {
    public static final String DOCUMENT_ID = "mara-velinska";
    public static final String SOURCE_NAME = "mara-velinska.txt";
    public static final Instant STARTED = Instant.parse("2024-05-01T12:00:00Z");

    public static final String TEXT = String.join("\n",
            "{{Infobox person | spouse = Pavel Oren }}",
            "Mara Velinska (born 12 March 1881 in Drovnik) was a labour organiser.",
            "In 1904 she sided with Tomás Rell against the harbour owners.",
            "She opposed Ilse Kordt throughout the 1910s.",
            "From April 1919 to 1922 she served as Chair of the Coastal Council.",
            "She was expelled from the Harbour Workers' League in 1927.",
            "She may have lived in Port Halden for a while.",
            "");

    private SampleBiography() {
    }

    public static ExtractionResult result() {
        Entity mara = new Entity("e1", "Mara Velinska", EntityType.PERSON);
        mara.addAlias("Velinska");
        Entity drovnik = new Entity("e2", "Drovnik", EntityType.PLACE);
        Entity rell = new Entity("e3", "Tomás Rell", EntityType.PERSON);
        rell.addAlias("Rell");
        Entity kordt = new Entity("e4", "Ilse Kordt", EntityType.PERSON);
        Entity chair = new Entity("e5", "Chair of the Coastal Council", EntityType.OFFICE);
        Entity council = new Entity("e6", "Coastal Council", EntityType.ORGANIZATION);
        Entity league = new Entity("e7", "Harbour Workers' League", EntityType.ORGANIZATION);
        league.addAlias("the League");
        Entity halden = new Entity("e8", "Port Halden", EntityType.PLACE);
        Entity oren = new Entity("e9", "Pavel Oren", EntityType.PERSON);

        List<Fact> facts = new ArrayList<>();
        Fact spouse = Fact.between(Relation.SPOUSE, mara, oren);
        spouse.addEvidence(infobox("spouse = Pavel Oren", null, "Pavel Oren", "spouse/infobox", 0.95));
        facts.add(spouse);

        Fact birthDate = Fact.dated(Relation.BIRTH_DATE, mara, new TimeValue("1881-03-12"));
        birthDate.addEvidence(evidence(1, "Mara Velinska", "12 March 1881", "birthDate/born-paren", 0.9));
        facts.add(birthDate);

        Fact bornIn = Fact.between(Relation.BORN_IN, mara, drovnik);
        bornIn.addEvidence(evidence(1, "Mara Velinska", "Drovnik", "bornIn/born-paren", 0.85));
        facts.add(bornIn);

        Fact allied = Fact.between(Relation.ALLIED_WITH, mara, rell);
        allied.setStart(new TimeValue("1904"));
        allied.addEvidence(evidence(2, "she", "Tomás Rell", "alliedWith/sided-with", 0.8));
        facts.add(allied);

        Fact opposed = Fact.between(Relation.OPPOSED, mara, kordt);
        opposed.addEvidence(evidence(3, "She", "Ilse Kordt", "opposed/opposed", 0.7));
        facts.add(opposed);

        Fact office = Fact.between(Relation.HELD_OFFICE, mara, chair);
        office.setStart(new TimeValue("1919-04"));
        office.setEnd(new TimeValue("1922"));
        office.setBody(council);
        office.addEvidence(evidence(4, "she", "Chair of the Coastal Council", "heldOffice/served-as", 0.9));
        facts.add(office);

        Fact expelled = Fact.between(Relation.EXPELLED_FROM, mara, league);
        expelled.setStart(new TimeValue("1927"));
        expelled.addEvidence(evidence(5, "She", "Harbour Workers' League", "expelledFrom/expelled-from", 0.9));
        facts.add(expelled);

        Fact member = Fact.between(Relation.MEMBER_OF, mara, league);
        member.addEvidence(evidence(5, "She", "Harbour Workers' League", "memberOf/expelled-implies", 0.6));
        facts.add(member);

        Fact resided = Fact.between(Relation.RESIDED_IN, mara, halden);
        resided.addEvidence(evidence(6, "She", "Port Halden", "residedIn/lived-in", 0.3));
        facts.add(resided);

        return new ExtractionResult(DOCUMENT_ID, SOURCE_NAME, mara,
                List.of(mara, drovnik, rell, kordt, chair, council, league, halden, oren), facts);
    }

    /** The graph builder the tests use: default threshold, fixed start time, the text's digest. */
    public static GraphBuilder builder() {
        return GraphBuilder.create()
                .startedAt(STARTED)
                .sourceDigest(DOCUMENT_ID, Digests.sha256Hex(TEXT))
                .build();
    }

    /** Line {@code line} of the text (0-based) as sentence {@code line - 1}; line 0 is the infobox. */
    private static Evidence evidence(int line, String subject, String object, String rule, double confidence) {
        Span sentence = lineSpan(line);
        String text = TEXT.substring(sentence.start(), sentence.end());
        return new Evidence(DOCUMENT_ID, line - 1, sentence, text, mention(sentence, subject),
                mention(sentence, object), rule, confidence);
    }

    private static Evidence infobox(String field, String subject, String object, String rule, double confidence) {
        int start = TEXT.indexOf(field);
        Span span = new Span(start, start + field.length());
        return new Evidence(DOCUMENT_ID, -1, span, field, subject == null ? null : mention(span, subject),
                mention(span, object), rule, confidence);
    }

    private static Span lineSpan(int line) {
        int start = 0;
        for (int i = 0; i < line; i++) {
            start = TEXT.indexOf('\n', start) + 1;
        }
        return new Span(start, TEXT.indexOf('\n', start));
    }

    private static Span mention(Span within, String surface) {
        int at = TEXT.indexOf(surface, within.start());
        if (at < 0 || at + surface.length() > within.end()) {
            throw new IllegalArgumentException("'" + surface + "' not in " + within);
        }
        return new Span(at, at + surface.length());
    }
}
