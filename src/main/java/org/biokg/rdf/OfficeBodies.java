package org.biokg.rdf;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Lexicon;
import org.biokg.extract.Relation;
import org.biokg.text.Labels;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body an office belongs to ({@code biokg:ofBody}), for the held-office facts the extractor gave none:
 * <ol>
 *   <li>the office's label names it: "Chairman of the Eston Town Council", "Editor of The Lantern", "Secretary of
 *   the Green Labour Party" — the words after "of" or "for" are an organisation of the text (by label or alias,
 *   "the" aside), or, after "the", a name whose head word is an organisation head ("Council", "Committee",
 *   "board"; "Council" in "Supreme Defence Council of the Republic"), of more than one word. A
 *   portfolio ("Minister of War", "for Foreign Affairs") names no body;</li>
 *   <li>else the sentence names it: the holder joined (is a member of) exactly one organisation in a sentence
 *   that is evidence of the office ("joined the Council … and was elected vice-chairman").</li>
 * </ol>
 * A body the text names only inside an office title becomes an organisation of its own. Runs in the RDF stage,
 * on the extraction results as they are (the facts are not changed).
 */
final class OfficeBodies {
    /** "Chairman of the X", "Correspondent for the X", "Editor of X": the first "of"/"for"/"to" and what follows. */
    private static final Pattern TAIL = Pattern.compile("^.+? (?:of|for) (the )?(.+)$");

    private final Lexicon lexicon;
    private final Map<String, Entity> organizations = new HashMap<>();
    private final Map<String, Entity> minted = new HashMap<>();

    private OfficeBodies(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The bodies found, by fact (identity); facts that have a body already or get none are absent. */
    static Map<Fact, Entity> find(List<ExtractionResult> results, Lexicon lexicon) {
        OfficeBodies bodies = new OfficeBodies(lexicon);
        for (ExtractionResult r : results) {
            for (Entity e : r.subjectAndEntities()) {
                bodies.noteOrganization(e);
            }
        }
        Map<Fact, Entity> found = new IdentityHashMap<>();
        for (ExtractionResult r : results) {
            for (Fact f : r.facts()) {
                if (f.relation() == Relation.HELD_OFFICE && f.body() == null && f.object() != null) {
                    Entity body = bodies.fromLabel(f.object().label());
                    if (body == null) {
                        body = bodies.fromSentence(f, r.facts());
                    }
                    if (body != null) {
                        found.put(f, body);
                    }
                }
            }
        }
        return found;
    }

    private void noteOrganization(Entity e) {
        if (e.type() != EntityType.ORGANIZATION) {
            return;
        }
        organizations.putIfAbsent(normal(e.label()), e);
        for (String alias : e.aliases()) {
            organizations.putIfAbsent(normal(alias), e);
        }
    }

    /** The body the office's label names, or null. */
    Entity fromLabel(String officeLabel) {
        Matcher m = TAIL.matcher(officeLabel.strip());
        if (!m.matches()) {
            return null;
        }
        String name = m.group(2).strip();
        Entity known = organizations.get(normal(name));
        if (known != null) {
            return known;
        }
        boolean withArticle = m.group(1) != null;
        String head = Labels.beforeQualifier(name);
        String[] words = head.split("\\s+");
        if (!withArticle || words.length < 2 || !lexicon.isOrgHead(words[words.length - 1])) {
            return null;
        }
        return minted.computeIfAbsent(normal(name),
                k -> new Entity("body:" + name, name, EntityType.ORGANIZATION));
    }

    /** The one organisation the holder joined in a sentence that gives the office, or null. */
    private static Entity fromSentence(Fact office, List<Fact> facts) {
        Set<String> sentences = new LinkedHashSet<>();
        for (Evidence ev : office.evidence()) {
            if (ev.sentenceIndex() >= 0) {
                sentences.add(ev.documentId() + "#" + ev.sentenceIndex());
            }
        }
        Set<Entity> joined = new LinkedHashSet<>();
        for (Fact f : facts) {
            if (f.relation() == Relation.MEMBER_OF && f.subject().equals(office.subject())
                    && f.object() != null && f.object().type() == EntityType.ORGANIZATION
                    && f.evidence().stream().anyMatch(ev -> sentences.contains(ev.documentId() + "#" + ev.sentenceIndex()))) {
                joined.add(f.object());
            }
        }
        return joined.size() == 1 ? joined.iterator().next() : null;
    }

    /** Case, a leading "the" and spacing do not tell two names of a body apart. */
    private static String normal(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
    }
}
