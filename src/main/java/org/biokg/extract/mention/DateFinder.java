package org.biokg.extract.mention;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import org.biokg.extract.DateMention;
import org.biokg.nlp.AnnotatedDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.biokg.extract.mention.NamePhrases.lower;

/** The dates of a sentence as SUTime normalised them, a range ("from May 1917 to June 1918") as one. */
final class DateFinder {
    private static final Set<String> RANGE_OPENERS = Set.of("from", "between");
    private static final Set<String> RANGE_JOINERS = Set.of("to", "until", "till", "through", "and", "-", "\u2013");

    /** Dates of sentence {@code s}: SUTime's DATE values, year possibly missing (XXXX) until completed. */
    List<DateMention> dates(AnnotatedDocument doc, int s) {
        List<CoreLabel> toks = doc.tokens(s);
        List<DateMention> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            CoreLabel t = toks.get(i);
            String value = t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            if (!"DATE".equals(t.ner()) || value == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && "DATE".equals(toks.get(j).ner())
                    && value.equals(toks.get(j).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))) {
                j++;
            }
            DateValues.Parsed p = DateValues.parse(value).orElse(null);
            if (p != null) {
                out.add(new DateMention(s, i, j, p.start(), value, p.end()));
            } else if (value.startsWith("OFFSET")) {
                out.add(new DateMention(s, i, j, null, value, null)); // "ten years later": no value of its own
            }
            i = j;
        }
        return ranges(toks, out);
    }

    /** "from May 3, 1917 to June 1, 1918" (two dates for SUTime): one date with a range end. */
    private static List<DateMention> ranges(List<CoreLabel> toks, List<DateMention> dates) {
        List<DateMention> out = new ArrayList<>();
        for (int k = 0; k < dates.size(); k++) {
            DateMention a = dates.get(k);
            if (k + 1 < dates.size() && a.value() != null && a.rangeEnd() == null && a.begin() > 0
                    && RANGE_OPENERS.contains(lower(toks.get(a.begin() - 1)))) {
                DateMention b = dates.get(k + 1);
                if (b.begin() == a.end() + 1 && b.value() != null && RANGE_JOINERS.contains(lower(toks.get(a.end())))
                        && !(lower(toks.get(a.end())).equals("and") && !lower(toks.get(a.begin() - 1)).equals("between"))) {
                    out.add(new DateMention(a.sentence(), a.begin(), b.end(), a.value(), a.timex(), b.value()));
                    k++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }
}
