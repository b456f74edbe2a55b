package org.biokg.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An HTML page given as a biography (a saved Wikipedia article, say): the text of its content, at the same
 * offsets as in the page. The page is parsed with jsoup, which records where each node came from; the
 * characters of the content's text nodes are kept in place; everything else (tags, comments, scripts,
 * navigation, tables, reference marks) becomes {@link #HIDDEN}, which the text stage deletes, with a line
 * break where a block element (paragraph, heading, list item) starts or ends. The result has the page's
 * length, so every offset the later stages report is an offset in the page itself. Entities are left as
 * written: the text stage decodes them.
 */
public final class HtmlText {
    /** Stands for a character of markup: a private-use character, which no text carries. */
    public static final char HIDDEN = '\uE000';
    /** What is never prose: page furniture, code, tables and the notes machinery of Wikipedia. */
    private static final String DROPPED = String.join(", ",
            "head", "script", "style", "noscript", "template", "iframe", "object", "svg", "math", "canvas",
            "nav", "header", "footer", "aside", "form", "button", "select", "textarea", "input",
            "table", "figure", "img", "sup.reference", "sup.noprint", ".mw-editsection", ".reflist",
            ".references", ".navbox", ".toc", "#toc", ".mw-jump-link", ".catlinks", ".printfooter",
            ".noprint", ".hatnote", ".mw-empty-elt");
    /** The article itself when the page marks it (Wikipedia, most blogs and news sites). */
    private static final String CONTENT = "#mw-content-text, main, article, [role=main]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "h1", "h2", "h3", "h4", "h5",
            "h6", "li", "ul", "ol", "dl", "dt", "dd", "br", "hr", "blockquote", "pre", "tr", "body", "center");
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_INSIDE = Pattern.compile("<(?:html|body)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF = 4096;

    private HtmlText() {
    }

    /** True when the text is an HTML page (it starts like one, or has an html or body tag near its start). */
    public static boolean looksLikeHtml(String text) {
        String head = text.length() > SNIFF ? text.substring(0, SNIFF) : text;
        return HTML_START.matcher(head).find() || HTML_INSIDE.matcher(head).find();
    }

    /** The page's content text at its own offsets, markup turned into blanks (see the class comment). */
    public static String contentText(String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Element root = doc.selectFirst(CONTENT);
        if (root == null) {
            root = doc.body();
        }
        root.select(DROPPED).remove();
        char[] out = new char[html.length()];
        Arrays.fill(out, HIDDEN);
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    copy(html, t.sourceRange(), out);
                } else if (node instanceof Element e && isBlock(e)) {
                    breakAt(e.sourceRange(), out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && isBlock(e)) {
                    breakAt(e.endSourceRange(), out);
                }
            }
        });
        return new String(out);
    }

    /** Deletions of the runs of {@link #HIDDEN} in a text (none unless it came from an HTML page). */
    public static List<Edit> hiddenRuns(String text) {
        List<Edit> out = new ArrayList<>();
        int i = text.indexOf(HIDDEN);
        while (i >= 0) {
            int j = i;
            while (j < text.length() && text.charAt(j) == HIDDEN) {
                j++;
            }
            out.add(Edit.delete(i, j, "HTML markup"));
            i = text.indexOf(HIDDEN, j);
        }
        return out;
    }

    /** True when the content text holds no word: only markup and blanks. */
    public static boolean isBlank(String contentText) {
        return contentText.replace(HIDDEN, ' ').isBlank();
    }

    private static boolean isBlock(Element e) {
        return BLOCKS.contains(e.normalName().toLowerCase(Locale.ROOT));
    }

    /** The text node's characters as written; line breaks inside a paragraph become spaces. */
    private static void copy(String html, Range r, char[] out) {
        if (!r.isTracked() || r.isImplicit()) {
            return;
        }
        int end = Math.min(r.endPos(), out.length);
        for (int i = Math.max(0, r.startPos()); i < end; i++) {
            char c = html.charAt(i);
            out[i] = c == '\n' || c == '\r' ? ' ' : c;
        }
    }

    private static void breakAt(Range r, char[] out) {
        if (r.isTracked() && !r.isImplicit() && r.startPos() >= 0 && r.startPos() < out.length) {
            out[r.startPos()] = '\n';
        }
    }
}
