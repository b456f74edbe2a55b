package org.biokg.link;

import org.biokg.extract.pipeline.BiographyReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Link precision on every entity linked at or above the threshold in the seed and the 13 development documents
 * of the gold corpus, against the links judged by hand in src/test/resources/link/corpus-links.tsv (with
 * CoreNLP's real WikiDict). The same documents are also linked without the refusals of {@link LinkRefusals},
 * to tell what they cost: the right links they lose. Each run writes what it found, with the judged verdicts,
 * to target/corpus-links-found.tsv: a link the table lacks has verdict "?" there, to be judged and copied in.
 */
class LinkCorpusTest {
    private static final Path FOUND = Path.of("target/corpus-links-found.tsv");
    private static List<LinkCorpus.Link> after;
    private static List<LinkCorpus.Link> before;
    private static Map<String, LinkCorpus.Judged> judged;

    @BeforeAll
    static void linkTheCorpus() throws IOException {
        Map<String, BiographyReader.Reading> readings = LinkCorpus.read();
        after = LinkCorpus.links(EntityLinker.builder().build(), readings);
        before = LinkCorpus.links(EntityLinker.builder().refusals(false).build(), readings);
        judged = Files.exists(LinkCorpus.TABLE) ? LinkCorpus.table() : Map.of();
        Map<String, String> in = new LinkedHashMap<>();
        Map<String, LinkCorpus.Link> any = new LinkedHashMap<>();
        for (LinkCorpus.Link l : before) {
            in.put(l.key(), "before");
            any.put(l.key(), l);
        }
        for (LinkCorpus.Link l : after) {
            in.merge(l.key(), "after", (a, b) -> "both");
            any.putIfAbsent(l.key(), l);
        }
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, LinkCorpus.Link> e : any.entrySet()) {
            LinkCorpus.Judged j = judged.get(e.getKey());
            rows.add(LinkCorpus.row(e.getValue(), j == null ? "?" : j.verdict(), j == null ? "" : j.note()) + "\t" + in.get(e.getKey()));
        }
        Files.write(FOUND, rows, StandardCharsets.UTF_8);
    }

    /** Right, unsure and wrong counts of links, and the keys of those not judged yet. */
    private record Count(int links, int right, int unsure, List<String> wrong, List<String> unjudged) {
        double precision() {
            return links == 0 ? 0 : (double) right / links;
        }
    }

    private static Count count(List<LinkCorpus.Link> links, String document) {
        int n = 0;
        int right = 0;
        int unsure = 0;
        List<String> wrong = new ArrayList<>();
        List<String> unjudged = new ArrayList<>();
        for (LinkCorpus.Link l : links) {
            if (document != null && document.equals(LinkCorpus.SEED) != l.document().equals(LinkCorpus.SEED)) {
                continue;
            }
            n++;
            LinkCorpus.Judged j = judged.get(l.key());
            if (j == null) {
                unjudged.add(l.key().replace('\t', '|'));
            } else if (j.verdict().equals("right")) {
                right++;
            } else if (j.verdict().equals("unsure")) {
                unsure++;
            } else {
                wrong.add(l.key().replace('\t', '|'));
            }
        }
        return new Count(n, right, unsure, wrong, unjudged);
    }

    private static String summary(String what, Count c) {
        return String.format(Locale.ROOT, "%s: %d links, %d right, %d unsure, %d wrong: precision %.3f",
                what, c.links(), c.right(), c.unsure(), c.wrong().size(), c.precision());
    }

    private static void allJudged(Count c) {
        if (!c.unjudged().isEmpty()) {
            List<String> first = c.unjudged().subList(0, Math.min(20, c.unjudged().size()));
            fail(c.unjudged().size() + " linked entities are not in " + LinkCorpus.TABLE + ": judge them (right, wrong "
                    + "or unsure, from the sentence in " + FOUND + ") and add their rows; the first: " + first);
        }
    }

    @Test
    void everyLinkIsJudgedAndAtLeast94PercentAreRight() {
        Count all = count(after, null);
        allJudged(all);
        System.out.println(summary("seed", count(after, LinkCorpus.SEED)));
        System.out.println(summary("development", count(after, "development")));
        System.out.println(summary("all", all) + "; wrong: " + all.wrong());
        // An unsure link counts as not right. The target is 0.95 (README, Entity linking: the figure is reported
        // there); this floor catches a regression without failing on one new unsure link.
        assertTrue(all.precision() >= 0.94, summary("all", all) + "; wrong: " + all.wrong());
    }

    @Test
    void theRefusalsCostFewRightLinks() {
        Count was = count(before, null);
        allJudged(was);
        System.out.println(summary("without refusals, seed", count(before, LinkCorpus.SEED)));
        System.out.println(summary("without refusals, development", count(before, "development")));
        System.out.println(summary("without refusals, all", was));
        java.util.Set<String> kept = new java.util.HashSet<>();
        after.forEach(l -> kept.add(l.key()));
        List<String> lost = new ArrayList<>();
        for (LinkCorpus.Link l : before) {
            LinkCorpus.Judged j = judged.get(l.key());
            if (j != null && j.verdict().equals("right") && !kept.contains(l.key())) {
                lost.add(l.key().replace('\t', '|'));
            }
        }
        System.out.println("right links lost to the refusals: " + lost.size() + " " + lost);
        assertTrue(lost.size() <= 0.05 * was.right(), "right links lost: " + lost);
    }
}
