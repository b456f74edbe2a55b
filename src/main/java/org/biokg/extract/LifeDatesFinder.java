package org.biokg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.text.ResourceLines;

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

    public LifeDatesFinder(String resource) {
        for (String line : ResourceLines.read(resource)) {
            int tab = line.indexOf('\t');
            patterns.add(new NamedPattern(line.substring(0, tab).strip(), TokenSequencePattern.compile(line.substring(tab + 1).strip())));
        }
    }

    public static LifeDatesFinder defaults() {
        return new LifeDatesFinder("org/biokg/extract/rules/life-dates.tokensregex");
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
            TimeValue to = date(tm, "$to");
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
            if (m.type() != EntityType.PERSON || m.kind() != Mention.Kind.NAME || m.end() >= toks.size()) {
                continue;
            }
            out.addAll(read(toks, m.end(), m));
        }
        return out;
    }

    private static TimeValue year(String text) {
        if (text == null) {
            return null;
        }
        Matcher y = YEAR.matcher(text);
        return y.find() ? new TimeValue(y.group()) : null;
    }
}
