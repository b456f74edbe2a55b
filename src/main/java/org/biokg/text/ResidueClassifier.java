package org.biokg.text;

import java.util.regex.Pattern;

/**
 * Tells citation notes and caption tails from prose at sentence level. Flattening inlines footnotes into
 * the running text ("See Chapter XVII of My Life", "Jane Doe, "A Title", 1999, ISBN ..."); those are not
 * statements about the subject and must never become evidence.
 */
public final class ResidueClassifier {
    private static final Pattern CITATION_OPENER = Pattern.compile(
            "^(?:See |See also |Cf\\.|Quoted (?:in|from) |Retrieved |Ibid|Op\\. cit|Excerpts? from |An excerpt from )");
    private static final Pattern ISBN = Pattern.compile("\\bISBN(?:-1[03])?:?\\s*[0-9][0-9Xx -]{8,}");
    private static final Pattern RETRIEVED = Pattern.compile("\\b(?:Retrieved|[Aa]ccessed)(?: on)? (?:\\d|[A-Z][a-z]+ \\d)");
    private static final Pattern PUBLISHER_YEAR = Pattern.compile("\\b(?:University Press|Press|Publishers|Publishing)\\b[^.]{0,40}\\b1[5-9]\\d\\d|\\b(?:1[5-9]|20)\\d\\d\\)?[,.]?\\s+[^.]{0,60}\\b(?:University Press|Publishers)");
    /** Author, "Title", ... — the shape of a reference. */
    private static final Pattern AUTHOR_TITLE = Pattern.compile("^[\\p{Lu}][\\p{L}.'-]+(?: [\\p{Lu}][\\p{L}.'-]+){0,3},? [\"\u201c][^\"\u201d]{3,120}[\"\u201d],? ");
    private static final Pattern PAGE_REF = Pattern.compile("\\bpp?\\. ?\\d+(?:[\u2013-]\\d+)?\\.?$");

    public Residue.Kind classify(String sentence) {
        String s = sentence.strip();
        if (s.contains("]]") || s.contains("[[")) {
            return Residue.Kind.CAPTION;
        }
        if (s.codePoints().noneMatch(Character::isLetter)) {
            return Residue.Kind.MARKUP;
        }
        if (CITATION_OPENER.matcher(s).find() || ISBN.matcher(s).find() || RETRIEVED.matcher(s).find()
                || PUBLISHER_YEAR.matcher(s).find() || AUTHOR_TITLE.matcher(s).find() || PAGE_REF.matcher(s).find()) {
            return Residue.Kind.CITATION;
        }
        return null;
    }
}
