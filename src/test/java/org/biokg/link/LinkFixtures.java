package org.biokg.link;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;
import org.biokg.text.Span;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A made-up WikiDict for the made-up biography of {@link org.biokg.rdf.SampleBiography} (Mara Velinska), with
 * the traps the real one holds: common-noun pages, lists, lower-case links, a relative's name linking to
 * the famous person, a title that only a qualified name reaches.
 */
public final class LinkFixtures {
    public static final String DICTIONARY = String.join("\n",
            "Mara Velinska\tMara_Velinska\t0.97",
            "Velinska\tMara_Velinska\t0.9",
            "Tomás Rell\tTomás_Rell\t1.0",
            "T. Rell\tTomás_Rell\t0.9",
            "Rell\tRell_(band)\t0.6",
            "Ilse Kordt\tIon_Brandt\t1.0",
            "Harbour Workers' League\tHarbour_Workers'_League\t0.95",
            "the League\tLeague_of_Nations\t0.4",
            "Coastal Council\tCoastal_council\t0.7",
            "Coastal Council of the Harbour Workers' League\tCoastal_Council_of_the_Harbour_Workers'_League\t1.0",
            "Drovnik\tDrovnik\t0.45",
            "Port Halden\tList_of_ports_in_Estavia\t0.8",
            "Pavel Oren\tpavel_oren\t0.9",
            "Chair\tChair\t0.9",
            "Harbour Rising\tHarbour_rising\t0.9",
            "no tab on this line",
            "Bad Score\tBad_Score\tabc",
            "\tEmpty_Surface\t1.0",
            "Windows Line\tWindows_Line\t0.5\r",
            "OREN\tOren_Network\t1.0",
            "Last Line\tLast_Line\t0.75");

    private LinkFixtures() {
    }

    /** Writes the dictionary as {@code wikidict.tab} (and gzipped, when asked) and returns its path. */
    public static Path dictionary(Path dir, boolean gzip) {
        try {
            if (!gzip) {
                return Files.writeString(dir.resolve("wikidict.tab"), DICTIONARY, StandardCharsets.UTF_8);
            }
            Path p = dir.resolve("wikidict.tab.gz");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
                out.write(DICTIONARY.getBytes(StandardCharsets.UTF_8));
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Evidence evidence(String rule, int sentence) {
        return new Evidence("doc", sentence, new Span(sentence * 100, sentence * 100 + 50), "Sentence " + sentence + ".",
                null, null, rule, 0.8);
    }

    static Fact fact(Relation r, Entity s, Entity o, int sentence) {
        Fact f = Fact.between(r, s, o);
        f.addEvidence(evidence(r.id() + "/test", sentence));
        return f;
    }

    /**
     * Mara Velinska's allies read twice under two names (Tomás Rell, T. Rell), a place that the dictionary
     * wrongly gives Mara's own page, and a relation between the two names of the same ally.
     */
    static ExtractionResult twoNamesForOneAlly(String documentId) {
        Entity mara = new Entity("e0", "Mara Velinska", EntityType.PERSON);
        Entity rell = new Entity("e1", "Tomás Rell", EntityType.PERSON);
        Entity shortRell = new Entity("e2", "T. Rell", EntityType.PERSON);
        shortRell.addAlias("Rell");
        Entity hill = new Entity("e3", "Velinska", EntityType.PLACE);
        Entity league = new Entity("e4", "Harbour Workers' League", EntityType.ORGANIZATION);
        List<Fact> facts = List.of(
                fact(Relation.ALLIED_WITH, mara, rell, 1),
                fact(Relation.ALLIED_WITH, mara, shortRell, 2),
                fact(Relation.OPPOSED, rell, shortRell, 3),
                fact(Relation.MEMBER_OF, shortRell, league, 4),
                fact(Relation.RESIDED_IN, mara, hill, 5));
        return new ExtractionResult(documentId, documentId + ".txt", mara, List.of(mara, rell, shortRell, hill, league), facts);
    }
}
