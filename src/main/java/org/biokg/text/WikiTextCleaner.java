package org.biokg.text;

import org.biokg.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text stage: turns a flattened Wikipedia biography into a {@link CleanDocument} — infobox fields,
 * sections, clean sentences and tokens — keeping for each its offsets in the original file.
 *
 * <p>Order of work: (1) the infobox at the start, the category/interlanguage tail and the persondata block
 * at the end are cut off (fields are kept); (2) markup residue is removed and entities decoded
 * ({@link MarkupRemover}); (3) glued headings and sentence boundaries are found ({@link StructureDetector});
 * (4) blocks between hard boundaries are split into sentences ({@link SentenceSplitter}) and citation notes
 * and caption tails are set aside ({@link ResidueClassifier}).
 */
public final class WikiTextCleaner {
    private static final Pattern CATEGORY = Pattern.compile("(?<=^|\\s)Category:");
    private static final Pattern INTERLANGUAGE = Pattern.compile("(?<=^|\\s)[a-z]{2,3}(?:-[a-z-]+)?:\\S");
    private static final int MAX_CATEGORY_LENGTH = 150;

    private final TemplateFieldParser fields = new TemplateFieldParser();
    private final MarkupRemover markup = new MarkupRemover();
    private final StructureDetector structure;
    private final ResidueClassifier residueClassifier = new ResidueClassifier();
    private final SentenceSplitter splitter;

    public WikiTextCleaner() {
        this(StructureDetector.withDefaultLists(), new SentenceSplitter());
    }

    public WikiTextCleaner(StructureDetector structure, SentenceSplitter splitter) {
        this.structure = structure;
        this.splitter = splitter;
    }

    public CleanDocument clean(Source source) {
        String t = source.text();
        List<Residue> residue = new ArrayList<>();
        List<InfoboxField> infobox = new ArrayList<>();

        TemplateFieldParser.Block lead = fields.leading(t);
        infobox.addAll(lead.fields());
        if (lead.span().length() > 0) {
            residue.add(new Residue(Residue.Kind.INFOBOX, lead.span(), t.substring(lead.span().start(), lead.span().end())));
        }
        int proseStart = lead.span().end();
        int tail = categoryTail(t, proseStart);
        if (tail < t.length()) {
            residue.add(new Residue(Residue.Kind.CATEGORIES, new Span(tail, t.length()), t.substring(tail)));
        }
        TemplateFieldParser.Block persondata = fields.trailing(t, proseStart, tail);
        int proseEnd = tail;
        if (!persondata.fields().isEmpty()) {
            infobox.addAll(persondata.fields());
            proseEnd = persondata.span().start();
            residue.add(new Residue(Residue.Kind.INFOBOX, persondata.span(), t.substring(proseEnd, tail)));
        }
        proseEnd = Math.max(proseStart, proseEnd);

        OffsetText prose = OffsetText.of(t).slice(proseStart, proseEnd);
        // The markup of an HTML page first (HtmlText), then wiki markup residue.
        List<Edit> markupEdits = new ArrayList<>(HtmlText.hiddenRuns(prose.text()));
        markupEdits.addAll(markup.edits(prose, residue));
        OffsetText unmarked = prose.apply(markupEdits);
        OffsetText pass1 = unmarked.apply(WrappedLines.edits(unmarked.text())).collapseWhitespace();
        pass1 = pass1.apply(CapitalisedLead.edits(pass1.text()));

        StructureDetector.Structure st = structure.detect(pass1.text());
        List<Edit> edits = new ArrayList<>();
        List<StructureDetector.Heading> headings = new ArrayList<>();
        int limit = st.backMatterStart() >= 0 ? st.backMatterStart() : pass1.length();
        for (StructureDetector.Heading h : st.headings()) {
            if (h.start() >= limit) {
                break;
            }
            headings.add(h);
            edits.add(new Edit(h.start(), h.end(), "\n", Residue.Kind.HEADING.name()));
            residue.add(new Residue(Residue.Kind.HEADING, pass1.originalSpan(h.start(), h.end()),
                    pass1.text().substring(h.start(), h.end())));
        }
        if (limit < pass1.length()) {
            edits.add(Edit.delete(limit, pass1.length(), Residue.Kind.BACK_MATTER.name()));
            residue.add(new Residue(Residue.Kind.BACK_MATTER, pass1.originalSpan(limit, pass1.length()),
                    pass1.text().substring(limit)));
        }
        for (int at : st.hardBreaks()) {
            edits.add(Edit.insert(at, "\n", "break"));
        }
        for (int at : st.softBreaks()) {
            edits.add(Edit.insert(at, " ", "glued sentence"));
        }
        OffsetText pass2 = pass1.apply(edits);

        List<Sentence> sentences = new ArrayList<>();
        List<Section> sections = sections(headings, pass1);
        String s2 = pass2.text();
        int blockStart = 0;
        while (blockStart < s2.length()) {
            int nl = s2.indexOf('\n', blockStart);
            int blockEnd = nl < 0 ? s2.length() : nl;
            addSentences(pass2.slice(blockStart, blockEnd), sentences, sections, residue);
            blockStart = blockEnd + 1;
        }
        residue.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        List<Section> withFirst = new ArrayList<>();
        for (Section sec : sections) {
            int first = sentences.size();
            for (Sentence s : sentences) {
                if (s.span().start() >= sec.heading().end()) {
                    first = s.index();
                    break;
                }
            }
            withFirst.add(new Section(sec.title(), sec.startYear(), sec.endYear(), sec.heading(), first));
        }
        return new CleanDocument(source, List.copyOf(infobox), List.copyOf(withFirst), List.copyOf(sentences),
                List.copyOf(residue));
    }

    private static List<Section> sections(List<StructureDetector.Heading> headings, OffsetText pass1) {
        List<Section> out = new ArrayList<>();
        for (StructureDetector.Heading h : headings) {
            out.add(new Section(h.title(), h.startYear(), h.endYear(), pass1.originalSpan(h.start(), h.end()), -1));
        }
        return out;
    }

    private void addSentences(OffsetText block, List<Sentence> sentences, List<Section> sections, List<Residue> residue) {
        String text = block.text();
        if (text.isBlank()) {
            return;
        }
        for (SentenceSplitter.Split sp : splitter.split(text)) {
            String sentenceText = text.substring(sp.start(), sp.end());
            Span span = block.originalSpan(sp.start(), sp.end());
            Residue.Kind kind = residueClassifier.classify(sentenceText);
            if (kind != null) {
                residue.add(new Residue(kind, span, sentenceText));
                continue;
            }
            OffsetText mapping = block.slice(sp.start(), sp.end());
            List<Token> tokens = new ArrayList<>(sp.tokens().size());
            for (int k = 0; k < sp.tokens().size(); k++) {
                int[] r = sp.tokens().get(k);
                tokens.add(new Token(sp.words().get(k), block.originalSpan(r[0], r[1])));
            }
            int section = -1;
            for (int k = 0; k < sections.size(); k++) {
                if (sections.get(k).heading().end() <= span.start()) {
                    section = k;
                }
            }
            sentences.add(new Sentence(sentences.size(), sentenceText, span, section, List.copyOf(tokens), mapping));
        }
    }

    /**
     * Start of the category and interlanguage-link tail: the first {@code Category:} after which only short
     * category names and language links follow; the text length when there is none.
     */
    static int categoryTail(String t, int from) {
        Matcher m = CATEGORY.matcher(t);
        m.region(from, t.length());
        while (m.find()) {
            if (onlyCategoriesFollow(t, m.start())) {
                return m.start();
            }
        }
        return t.length();
    }

    private static boolean onlyCategoriesFollow(String t, int start) {
        Matcher m = CATEGORY.matcher(t);
        m.region(start + 1, t.length());
        int prev = start;
        while (m.find()) {
            if (m.start() - prev > MAX_CATEGORY_LENGTH) {
                return false;
            }
            prev = m.start();
        }
        String last = t.substring(prev);
        if (last.length() <= MAX_CATEGORY_LENGTH) {
            return true;
        }
        // after the last category come interlanguage links ("de:Name fr:Name ...")
        String rest = last.substring(Math.min(last.length(), MAX_CATEGORY_LENGTH));
        Matcher il = INTERLANGUAGE.matcher(rest);
        int links = 0;
        while (il.find()) {
            links++;
        }
        return links * 40 >= rest.length();
    }
}
