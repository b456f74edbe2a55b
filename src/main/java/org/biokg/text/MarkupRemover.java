package org.biokg.text;

import org.apache.commons.text.StringEscapeUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First cleaning pass: removes wiki and HTML residue that is never prose (image links with their captions, image
 * file names, external links, bare URLs, bold/italic quote marks, empty parentheses left by removed templates) and
 * decodes HTML character entities. Every change is an {@link Edit}, so offsets stay traceable.
 */
public final class MarkupRemover {
    private static final Pattern IMAGE_OPEN = Pattern.compile("\\[\\[(?:Image|File):", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXTERNAL_LINK = Pattern.compile("\\[(?:https?|ftp)://[^\\s\\]]*(?:\\s[^\\]\\[]*)?\\]");
    private static final Pattern BARE_URL = Pattern.compile("(?:https?|ftp)://[^\\s\\]\\[<>\"]+");
    /** An image's file name the conversion left before a paragraph: "Ada_Roe_in_1920.jpg Roe began her career". */
    private static final Pattern IMAGE_FILE = Pattern.compile("(?<!\\S)[^\\s|\\[\\]]+\\.(?:jpe?g|png|svg|gif|tiff?|webp)(?!\\S)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTE_OPENER = Pattern.compile("(?<![\\p{Lu}])(?:See|Quoted in|Cf\\.)\\s");
    private static final int MAX_NOTE_BEFORE_LINK = 160;
    private static final Pattern WIKI_QUOTES = Pattern.compile("'{2,}");
    private static final Pattern EMPTY_PARENS = Pattern.compile("\\(\\s*[,;]?\\s*\\)");
    /** A citation marker the conversion kept: "[1]", "[a]", "[citation needed]". */
    private static final Pattern CITATION_MARKER = Pattern.compile("\\[(?:\\d{1,3}|[a-z]|citation needed)\\]");
    /** A template or link closer whose opener the conversion dropped: the end of an image caption. */
    private static final Pattern CLOSER = Pattern.compile("\\]\\]|\\}\\}");
    private static final int MAX_ORPHAN_FRAGMENT = 300;
    private static final Pattern LIST_MARKER = Pattern.compile("[-*\u2022]\\s");
    private static final Pattern INFOBOX_FIELD = Pattern.compile("\\|\\s*[\\w ]+?\\s*=");
    /** Two runs of three or more spaces between cells: "1994   Stargate   Dr. Daniel Jackson". */
    private static final Pattern CELL_GAPS = Pattern.compile("\\S {3,}\\S.*? {3,}\\S");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    /** The edits for {@code text}; residue found is added to {@code residue}. */
    public List<Edit> edits(OffsetText text, List<Residue> residue) {
        String s = text.text();
        List<Edit> edits = new ArrayList<>();
        Matcher m = IMAGE_OPEN.matcher(s);
        int from = 0;
        while (m.find(from)) {
            int end = matchingClose(s, m.start());
            add(edits, m.start(), end, Residue.Kind.IMAGE);
            from = end;
        }
        m = EXTERNAL_LINK.matcher(s);
        while (m.find()) {
            int note = citationNoteStart(s, m.start());
            if (note >= 0) {
                // "See Chapter VII of [http://... Title]": the whole note goes, the prose around it joins up
                edits.add(new Edit(note, m.end(), " ", Residue.Kind.CITATION.name()));
            } else {
                add(edits, m.start(), m.end(), Residue.Kind.LINK);
            }
        }
        m = BARE_URL.matcher(s);
        while (m.find()) {
            add(edits, m.start(), m.end(), Residue.Kind.LINK);
        }
        m = IMAGE_FILE.matcher(s);
        while (m.find()) {
            add(edits, m.start(), m.end(), Residue.Kind.IMAGE);
        }
        m = WIKI_QUOTES.matcher(s);
        while (m.find()) {
            add(edits, m.start(), m.end(), Residue.Kind.MARKUP);
        }
        m = EMPTY_PARENS.matcher(s);
        while (m.find()) {
            add(edits, m.start(), m.end(), Residue.Kind.MARKUP);
        }
        m = CITATION_MARKER.matcher(s);
        while (m.find()) {
            add(edits, m.start(), m.end(), Residue.Kind.CITATION);
        }
        orphanFragments(s, edits);
        tableRows(s, edits);
        m = ENTITY.matcher(s);
        while (m.find()) {
            String decoded = decode(m.group(1));
            if (decoded != null) {
                edits.add(new Edit(m.start(), m.end(), decoded, "entity"));
            }
        }
        List<Edit> kept = dropOverlaps(edits);
        for (Edit e : kept) {
            if (!e.reason().equals("entity")) {
                residue.add(new Residue(Residue.Kind.valueOf(e.reason()), text.originalSpan(e.start(), e.end()),
                        s.substring(e.start(), e.end())));
            }
        }
        return kept;
    }

    /**
     * Start of an inlined citation note that ends with the link at {@code linkStart} ("See chapter 7 of
     * [link]", "Quoted in [link]"), or -1: the opener must lie shortly before the link, with no sentence end
     * in between.
     */
    static int citationNoteStart(String s, int linkStart) {
        int from = Math.max(0, linkStart - MAX_NOTE_BEFORE_LINK);
        Matcher m = NOTE_OPENER.matcher(s);
        m.region(from, linkStart);
        int start = -1;
        while (m.find()) {
            start = m.start();
        }
        if (start < 0) {
            return -1;
        }
        String between = s.substring(start, linkStart);
        return between.matches(".*[.!?]\\s+\\p{Lu}.*") ? -1 : start;
    }

    /**
     * A line that runs into a closer with no opener before it on that line is what is left of a caption
     * or template whose start the conversion dropped ("Ada at her desk, 1840.]] ADA ROE (1815 – 1852) was"):
     * it goes up to the closer; the prose after it stays.
     */
    private static void orphanFragments(String s, List<Edit> edits) {
        Matcher m = CLOSER.matcher(s);
        while (m.find()) {
            int lineStart = s.lastIndexOf('\n', m.start()) + 1;
            String opener = m.group().equals("]]") ? "[[" : "{{";
            String before = s.substring(lineStart, m.start());
            if (!before.contains(opener) && before.length() <= MAX_ORPHAN_FRAGMENT) {
                add(edits, lineStart, m.end(), Residue.Kind.CAPTION);
            }
        }
    }

    /**
     * The rows of a table the conversion flattened are never prose: a filmography row ("_Gigi_   1958   Police
     * Inspector   Film") would give a film a role as its holder's office. A row is a line of cells between pipes ("|
     * 1994 | Stargate | Dr. Daniel Jackson |", "|- |- |-"), or of cells set apart by two or more runs of spaces; not a
     * list item ("-   Roe, Ann. ...") nor an infobox field ("|birth_place = Lund |").
     */
    private static void tableRows(String s, List<Edit> edits) {
        int lineStart = 0;
        while (lineStart < s.length()) {
            int lineEnd = s.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = s.length();
            }
            String line = s.substring(lineStart, lineEnd);
            if (isTableRow(line)) {
                add(edits, lineStart, lineEnd, Residue.Kind.TABLE);
            }
            lineStart = lineEnd + 1;
        }
    }

    private static boolean isTableRow(String line) {
        String t = line.strip();
        if (t.isEmpty() || LIST_MARKER.matcher(t).lookingAt() || INFOBOX_FIELD.matcher(t).find()) {
            return false;
        }
        if (t.startsWith("|")) {
            return t.chars().filter(c -> c == '|').count() >= 3;
        }
        return CELL_GAPS.matcher(t).find();
    }

    /** Decodes an entity body ({@code quot}, {@code #8211}, {@code #x2013}); null when unknown. */
    static String decode(String body) {
        String entity = "&" + body + ";";
        // HTML 4 names and numeric references (commons-text), then the XML ones HTML 4 lacks (&apos;)
        String decoded = StringEscapeUtils.unescapeHtml4(entity);
        if (decoded.equals(entity)) {
            decoded = StringEscapeUtils.unescapeXml(entity);
        }
        if (decoded.equals(entity) || decoded.isEmpty()) {
            return null;
        }
        // A non-breaking space is a space to the tokenizer, as the text stage has always read it.
        return decoded.replace('\u00a0', ' ');
    }

    /** End of the {@code [[...]]} opened at {@code start}, counting nested brackets; text end if unclosed. */
    private static int matchingClose(String s, int start) {
        int depth = 0;
        for (int i = start; i < s.length() - 1; i++) {
            if (s.charAt(i) == '[' && s.charAt(i + 1) == '[') {
                depth++;
                i++;
            } else if (s.charAt(i) == ']' && s.charAt(i + 1) == ']') {
                depth--;
                i++;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        return s.length();
    }

    private static void add(List<Edit> edits, int start, int end, Residue.Kind kind) {
        edits.add(Edit.delete(start, end, kind.name()));
    }

    /** Keeps the earliest (then longest) of overlapping edits: a URL inside an image link goes with it. */
    private static List<Edit> dropOverlaps(List<Edit> edits) {
        edits.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Edit> kept = new ArrayList<>();
        int end = -1;
        for (Edit e : edits) {
            if (e.start() >= end) {
                kept.add(e);
                end = e.end();
            }
        }
        return kept;
    }
}
