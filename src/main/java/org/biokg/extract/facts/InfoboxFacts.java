package org.biokg.extract.facts;

import org.biokg.extract.ExtractionState;
import org.biokg.extract.Holding;
import org.biokg.extract.ExtractionStep;
import java.util.Set;

import org.biokg.extract.DateSource;
import org.biokg.extract.Entity;
import org.biokg.extract.EntityRegistry;
import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.Fact;
import org.biokg.extract.FactBook;
import org.biokg.extract.Relation;
import org.biokg.extract.TimeValue;

import org.biokg.text.InfoboxField;
import org.biokg.text.ResourceLines;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns infobox fields into facts about the biography's subject, as {@code infobox-fields.tsv} says, with
 * evidence pointing at the field in the original file.
 */
public final class InfoboxFacts implements ExtractionStep {
    private static final double CONFIDENCE = 0.9;
    private static final Pattern NUMBER_SUFFIX = Pattern.compile("^(.*?)(\\d*)$");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([A-Z][a-z]+)\\.? (\\d{1,2}),? (\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2}) ([A-Z][a-z]+)\\.? (\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Z][a-z]+)\\.? (\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private record Mapping(Pattern key, Relation relation, String reading) {
    }

    private final List<Mapping> mappings = new ArrayList<>();

    public InfoboxFacts(String resource) {
        for (String line : ResourceLines.read(resource)) {
            String[] cols = line.split("\t");
            mappings.add(new Mapping(Pattern.compile(cols[0].strip()), Relation.byId(cols[1].strip()).orElseThrow(
                    () -> new IllegalStateException(resource + ": unknown relation " + cols[1])), cols[2].strip()));
        }
    }

    @Override
    public String id() {
        return "infobox-facts";
    }

    @Override
    public Set<Holding> needs() {
        return Set.of(Holding.SUBJECT);
    }

    @Override
    public Set<Holding> provides() {
        return Set.of(Holding.FACTS);
    }

    @Override
    public void apply(ExtractionState state) {
        read(state.doc().clean().infobox(), state.subject(), state.registry(), state.book(), state.documentId());
    }

    public static InfoboxFacts defaults() {
        return new InfoboxFacts("org/biokg/extract/infobox-fields.tsv");
    }

    /** Adds the facts the fields state about {@code subject}. */
    public void read(List<InfoboxField> fields, Entity subject, EntityRegistry registry, FactBook book, String documentId) {
        for (InfoboxField f : fields) {
            if (f.value().isBlank()) {
                continue;
            }
            String key = f.normalizedKey();
            for (Mapping m : mappings) {
                if (!m.key.matcher(key).matches()) {
                    continue;
                }
                Evidence ev = new Evidence(documentId, -1, f.span(), f.asEvidenceText(), null,
                        f.valueSpan(), "infobox/" + key.replaceAll("\\d+$", ""), CONFIDENCE);
                switch (m.reading) {
                    case "date" -> parseDate(f.value()).ifPresent(d -> book.addDated(m.relation, subject, d, ev));
                    case "place" -> {
                        Entity narrower = null;
                        for (String place : places(f.value())) {
                            Entity p = registry.resolve(place, EntityType.PLACE);
                            book.add(m.relation, subject, p, ev);
                            if (narrower != null && !narrower.equals(p)) {
                                // "Town, Region, Country": the town lies in the country
                                book.add(Relation.LOCATED_IN, narrower, p, ev);
                            }
                            narrower = p;
                        }
                    }
                    case "list" -> {
                        for (String name : list(f.value())) {
                            book.add(m.relation, subject, registry.resolve(name, objectType(m.relation)), ev);
                        }
                    }
                    case "office" -> {
                        Fact fact = book.add(m.relation, subject, registry.resolve(f.value(), EntityType.OFFICE), ev);
                        String n = numberOf(key);
                        InfoboxField start = field(fields, "term_start" + n);
                        InfoboxField end = field(fields, "term_end" + n);
                        FactBook.date(fact, termDate(start), termDate(end), source(documentId, start), source(documentId, end));
                    }
                    default -> throw new IllegalStateException("unknown reading " + m.reading);
                }
                break;
            }
        }
    }

    private static EntityType objectType(Relation r) {
        return switch (r) {
            case MEMBER_OF, EXPELLED_FROM, FOUNDED -> EntityType.ORGANIZATION;
            case BORN_IN, DIED_IN, EXILED_TO, RESIDED_IN -> EntityType.PLACE;
            case HELD_OFFICE -> EntityType.OFFICE;
            default -> EntityType.PERSON;
        };
    }

    private static String numberOf(String key) {
        Matcher m = NUMBER_SUFFIX.matcher(key);
        return m.matches() ? m.group(2) : "";
    }

    private static InfoboxField field(List<InfoboxField> fields, String key) {
        for (InfoboxField f : fields) {
            if (f.normalizedKey().equals(key)) {
                return f;
            }
        }
        return null;
    }

    private static TimeValue termDate(InfoboxField f) {
        return f == null ? null : parseDate(f.value()).orElse(null);
    }

    private static DateSource source(String documentId, InfoboxField f) {
        return f == null ? null : new DateSource(documentId, DateSource.Kind.INFOBOX, -1, f.span(), f.asEvidenceText());
    }

    /**
     * "Town, Region, Country": the most specific place and the country (the middle is often a fragment), narrowest
     * first (the town lies in the country); an aside ("Russia (now in Ukraine)") is not part of a name.
     */
    static List<String> places(String value) {
        List<String> parts = new ArrayList<>();
        for (String p : value.replaceAll("\\(.*?\\)", "").split(",")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        if (parts.size() <= 1) {
            return parts;
        }
        List<String> out = new ArrayList<>();
        out.add(parts.get(0));
        if (!parts.get(parts.size() - 1).equals(parts.get(0))) {
            out.add(parts.get(parts.size() - 1));
        }
        return out;
    }

    static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        for (String p : value.split(",|;|\\band\\b|<br\\s*/?>")) {
            String t = p.replaceAll("\\(.*?\\)", "").strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Dates as infoboxes write them: "October 8, 1917", "8 October 1917", "October 1917", "1917-10-08", "1917". */
    static Optional<TimeValue> parseDate(String value) {
        String v = value.strip();
        Matcher m = MONTH_DAY_YEAR.matcher(v);
        if (m.find() && month(m.group(1)) > 0) {
            return Optional.of(day(m.group(3), month(m.group(1)), m.group(2)));
        }
        m = DAY_MONTH_YEAR.matcher(v);
        if (m.find() && month(m.group(2)) > 0) {
            return Optional.of(day(m.group(3), month(m.group(2)), m.group(1)));
        }
        m = MONTH_YEAR.matcher(v);
        if (m.find() && month(m.group(1)) > 0) {
            return Optional.of(new TimeValue(String.format(Locale.ROOT, "%s-%02d", m.group(2), month(m.group(1)))));
        }
        m = ISO.matcher(v);
        if (m.find()) {
            return Optional.of(new TimeValue(m.group()));
        }
        return Optional.empty();
    }

    private static TimeValue day(String year, int month, String day) {
        return new TimeValue(String.format(Locale.ROOT, "%s-%02d-%02d", year, month, Integer.parseInt(day)));
    }

    private static int month(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().equals(n) || n.length() >= 3 && m.name().startsWith(n)) {
                return m.getValue();
            }
        }
        return 0;
    }
}
