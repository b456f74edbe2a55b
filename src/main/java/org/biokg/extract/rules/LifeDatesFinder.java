package org.biokg.extract.rules;

import org.biokg.extract.mention.DateValues;
import org.biokg.extract.EntityType;
import org.biokg.extract.Mention;
import org.biokg.extract.Relation;
import org.biokg.extract.TimeValue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.text.ResourceLines;
import org.biokg.text.WordList;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads life dates written in parentheses after a name ("(1847–1922)", "(b. 1906)"), and the places that go with
 * them ("(18 May 1931 in Brno – 10 June 1991, Prague)"), with the TokensRegex patterns of
 * {@code rules/life-dates.tokensregex}.
 */
public final class LifeDatesFinder {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** How many tokens after the opening parenthesis a pattern may read. */
    private static final int WINDOW = 30;

    /**
     * A life date (or, with {@code place} set and no date, a birth or death place) read after a person mention;
     * {@code placeBegin}/{@code placeEnd} are the place's tokens.
     */
    public record LifeDate(String rule, Mention person, Relation relation, TimeValue date, int begin, int end,
                           String place, int placeBegin, int placeEnd) {
        LifeDate(String rule, Mention person, Relation relation, TimeValue date, int begin, int end) {
            this(rule, person, relation, date, begin, end, null, -1, -1);
        }
    }

    private record NamedPattern(String name, TokenSequencePattern pattern) {
    }

    private final List<NamedPattern> patterns = new ArrayList<>();
    private final WordList titles;

    /**
     * @param resource the TokensRegex patterns
     * @param titles   the titles written "TITLE of PLACE" after a name ("count of Lund"), whose life dates are the
     *                 name's
     */
    public LifeDatesFinder(String resource, WordList titles) {
        this.titles = titles;
        for (String line : ResourceLines.read(resource)) {
            int tab = line.indexOf('\t');
            patterns.add(new NamedPattern(line.substring(0, tab).strip(), TokenSequencePattern.compile(line.substring(tab + 1).strip())));
        }
    }

    public static LifeDatesFinder defaults() {
        return new LifeDatesFinder("org/biokg/extract/rules/life-dates.tokensregex",
                WordList.fromResource("org/biokg/extract/noble-titles.txt"));
    }

    /**
     * Life dates in the lead sentence, which gives them in parentheses after the subject's names and
     * spellings ("Ada Roe (born Ada Smith; 1815 – 1852) was ..."): every parenthesis before the first verb
     * belongs to {@code subject}.
     */
    public List<LifeDate> findInLead(AnnotatedDocument doc, Mention subject) {
        List<CoreLabel> toks = doc.tokens(0);
        List<LifeDate> out = new ArrayList<>();
        int depth = 0;
        for (int k = subject.end(); k < toks.size(); k++) {
            String w = toks.get(k).word();
            boolean open = w.equals("(") || w.equals("-LRB-");
            if (!open) {
                if ((w.equals(")") || w.equals("-RRB-")) && depth > 0) {
                    depth--;
                } else if (depth == 0 && toks.get(k).tag().matches("VBD|VBZ|VBP|MD")) {
                    break;
                }
                continue;
            }
            depth++;
            out.addAll(read(toks, k, subject));
        }
        return out;
    }

    /** The life dates and places of the first pattern that matches at token {@code at}, for {@code person}. */
    private List<LifeDate> read(List<CoreLabel> toks, int at, Mention person) {
        List<CoreLabel> after = toks.subList(at, Math.min(toks.size(), at + WINDOW));
        List<LifeDate> out = new ArrayList<>();
        for (NamedPattern p : patterns) {
            TokenSequenceMatcher tm = p.pattern.getMatcher(after);
            if (!tm.find() || tm.start() != 0) {
                continue;
            }
            String marker = tm.group("$marker");
            boolean died = marker != null && marker.startsWith("d");
            TimeValue from = date(tm, "$from");
            TimeValue to = abbreviatedYear(tm.group("$to"), from);
            if (to == null) {
                to = date(tm, "$to");
            }
            int b = at + tm.start();
            int e = at + tm.end();
            if (from != null) {
                out.add(new LifeDate(p.name, person, died ? Relation.DEATH_DATE : Relation.BIRTH_DATE, from, b, e));
            }
            if (to != null) {
                out.add(new LifeDate(p.name, person, Relation.DEATH_DATE, to, b, e));
            }
            addPlaces(out, p.name, person, tm, at, died);
            break;
        }
        return out;
    }

    /** The places of groups {@code $fromPlace} (born, or died with a "d." marker) and {@code $toPlace} (died). */
    private static void addPlaces(List<LifeDate> out, String rule, Mention person, TokenSequenceMatcher tm, int offset,
                                  boolean died) {
        for (String group : new String[]{"$fromPlace", "$toPlace"}) {
            if (tm.group(group) == null) {
                continue;
            }
            Relation r = group.equals("$toPlace") || died ? Relation.DIED_IN : Relation.BORN_IN;
            out.add(new LifeDate(rule, person, r, null, offset + tm.start(), offset + tm.end(), tm.group(group),
                    offset + tm.start(group), offset + tm.end(group)));
        }
    }

    /** "(1822–95)": a second year written with its last two digits is in the first year's century, or the next. */
    private static TimeValue abbreviatedYear(String text, TimeValue from) {
        if (text == null || from == null || !text.strip().matches("\\d{2}")) {
            return null;
        }
        int century = from.year() / 100 * 100;
        int year = century + Integer.parseInt(text.strip());
        return new TimeValue(String.valueOf(year < from.year() ? year + 100 : year));
    }

    /** The group's date: SUTime's normalised value when it is a full date, else its year. */
    private static TimeValue date(TokenSequenceMatcher tm, String group) {
        if (tm.group(group) == null) {
            return null;
        }
        for (var t : tm.groupNodes(group)) {
            if (t instanceof CoreLabel cl) {
                String v = cl.get(edu.stanford.nlp.ling.CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                var parsed = DateValues.parse(v);
                if (parsed.isPresent() && parsed.get().start() != null) {
                    return parsed.get().start();
                }
            }
        }
        return year(tm.group(group));
    }

    public List<LifeDate> find(AnnotatedDocument doc, int s, List<Mention> mentions) {
        List<CoreLabel> toks = doc.tokens(s);
        List<LifeDate> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.kind() != Mention.Kind.NAME || m.end() >= toks.size()) {
                continue;
            }
            // "Paul Roe, count of Lund (1801–1870)": the dates are the titled person's, whatever NER made of Lund
            Mention bearer = titleBearer(toks, m, mentions);
            if (bearer != null) {
                out.addAll(read(toks, m.end(), bearer));
            } else if (m.type() == EntityType.PERSON) {
                out.addAll(read(toks, m.end(), m));
            }
        }
        return out;
    }

    /** The person named before ", TITLE of" when {@code m} is the title's place ("Paul Roe, count of Lund"), or null. */
    private Mention titleBearer(List<CoreLabel> toks, Mention m, List<Mention> mentions) {
        int of = m.begin() - 1;
        if (of < 3 || !toks.get(of).word().equalsIgnoreCase("of") || !titles.contains(toks.get(of - 1).word().toLowerCase(java.util.Locale.ROOT))
                || !toks.get(of - 2).word().equals(",")) {
            return null;
        }
        for (Mention p : mentions) {
            if (p.type() == EntityType.PERSON && p.kind() == Mention.Kind.NAME && p.end() == of - 2) {
                return p;
            }
        }
        return null;
    }

    private static TimeValue year(String text) {
        if (text == null) {
            return null;
        }
        Matcher y = YEAR.matcher(text);
        return y.find() ? new TimeValue(y.group()) : null;
    }
}
