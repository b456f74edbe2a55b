package org.biokg.text;

import org.biokg.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code |key = value} runs that flattening leaves from wiki templates: the infobox at the start
 * of the article and the persondata block before the categories at its end.
 *
 * <p>Field values run to the next {@code |key =}. The value of a block's LAST field has no closing mark; in
 * flattened text the template's line breaks survive as runs of two or more spaces, so the value ends at the
 * first such run (or at the end of the block's region).
 */
public final class TemplateFieldParser {
    private static final Pattern FIELD = Pattern.compile("\\|\\s*([A-Za-z][A-Za-z0-9_ \\-]{0,40}?)\\s*=");
    private static final Pattern WIDE_SPACE = Pattern.compile("\\s{2,}");
    /** Longest value we accept inside a trailing block; longer means we walked back into prose. */
    private static final int MAX_VALUE = 200;

    /** Fields found and the original range the block covers. */
    public record Block(List<InfoboxField> fields, Span span) {
        static Block empty(int at) {
            return new Block(List.of(), new Span(at, at));
        }
    }

    /** The infobox block at the very start of {@code text}, if the text opens with one. */
    public Block leading(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (text.startsWith("{{", i)) {
            // "{{Infobox person" opener: skip to the first field
            int bar = text.indexOf('|', i);
            if (bar < 0) {
                return Block.empty(0);
            }
            i = bar;
        }
        if (i >= text.length() || text.charAt(i) != '|') {
            return Block.empty(0);
        }
        Matcher m = FIELD.matcher(text);
        List<InfoboxField> fields = new ArrayList<>();
        int end = 0;
        int pos = i;
        while (m.find(pos) && m.start() == skipSpaces(text, pos)) {
            int[] f = {m.start(), m.end(), m.start(1), m.end(1)};
            int next = nextField(text, m.end());
            if (next < 0) {
                end = lastValueEnd(text, m.end(), text.length());
                fields.add(field(text, f, m.end(), end));
                break;
            }
            fields.add(field(text, f, m.end(), next));
            end = next;
            pos = next;
        }
        if (fields.isEmpty()) {
            return Block.empty(0);
        }
        if (text.startsWith("}}", skipSpaces(text, end))) {
            end = skipSpaces(text, end) + 2;
        }
        return new Block(fields, new Span(0, end));
    }

    /** A run of fields ending at {@code limit} (e.g. persondata before the categories), if there is one. */
    public Block trailing(String text, int from, int limit) {
        Matcher m = FIELD.matcher(text);
        List<int[]> all = new ArrayList<>();
        m.region(Math.max(from, limit - 4000), limit);
        while (m.find()) {
            all.add(new int[]{m.start(), m.end(), m.start(1), m.end(1)});
        }
        if (all.isEmpty()) {
            return Block.empty(limit);
        }
        // Walk back from the last field while the values stay short: that is the block.
        int first = all.size() - 1;
        if (limit - all.get(first)[1] > MAX_VALUE) {
            return Block.empty(limit);
        }
        while (first > 0 && all.get(first)[0] - all.get(first - 1)[1] <= MAX_VALUE
                && text.substring(all.get(first - 1)[1], all.get(first)[0]).indexOf('|') < 0) {
            first--;
        }
        List<InfoboxField> fields = new ArrayList<>();
        for (int k = first; k < all.size(); k++) {
            int[] f = all.get(k);
            int valueEnd = k + 1 < all.size() ? all.get(k + 1)[0] : limit;
            fields.add(field(text, f, f[1], valueEnd));
        }
        return new Block(fields, new Span(all.get(first)[0], limit));
    }

    private static InfoboxField field(String text, int[] f, int valueStart, int valueEnd) {
        int vs = valueStart;
        int ve = valueEnd;
        while (vs < ve && Character.isWhitespace(text.charAt(vs))) {
            vs++;
        }
        while (ve > vs && Character.isWhitespace(text.charAt(ve - 1))) {
            ve--;
        }
        return new InfoboxField(text.substring(f[2], f[3]), text.substring(vs, ve), new Span(f[0], valueEnd),
                new Span(vs, ve));
    }

    private static int lastValueEnd(String text, int valueStart, int limit) {
        Matcher w = WIDE_SPACE.matcher(text);
        w.region(valueStart, Math.min(limit, valueStart + MAX_VALUE + 2));
        if (w.find()) {
            // "key =  Prose starts here": an empty value followed by the template's line break
            return w.start() == valueStart || text.substring(valueStart, w.start()).isBlank() ? w.end() : w.start();
        }
        return valueStart;
    }

    private static int nextField(String text, int from) {
        Matcher m = FIELD.matcher(text);
        int bar = from;
        while ((bar = text.indexOf('|', bar)) >= 0 && bar - from <= MAX_VALUE) {
            if (m.find(bar) && m.start() == bar) {
                // a field must be preceded by whitespace or start a line, as template fields are
                if (bar == 0 || Character.isWhitespace(text.charAt(bar - 1))) {
                    return bar;
                }
            }
            bar++;
            if (bar - from > MAX_VALUE) {
                return -1;
            }
        }
        return -1;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
