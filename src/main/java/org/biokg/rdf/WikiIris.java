package org.biokg.rdf;

import java.nio.charset.StandardCharsets;

/**
 * IRIs of a Wikipedia title: the DBpedia resource ({@code http://dbpedia.org/resource/Ada_Lovelace}) and the
 * English Wikipedia article ({@code https://en.wikipedia.org/wiki/Ada_Lovelace}). Letters outside ASCII stay
 * as they are (DBpedia's IRIs are IRIs, {@code dbr:Lázaro_Cárdenas}); characters an IRI cannot hold, and
 * {@code ? # %}, are percent-encoded.
 */
public final class WikiIris {
    public static final String DBPEDIA_RESOURCE = "http://dbpedia.org/resource/";
    public static final String WIKIPEDIA_ARTICLE = "https://en.wikipedia.org/wiki/";

    private WikiIris() {
    }

    public static String dbpedia(String title) {
        return DBPEDIA_RESOURCE + encode(title);
    }

    public static String wikipedia(String title) {
        return WIKIPEDIA_ARTICLE + encode(title);
    }

    /** The title's path segment: spaces as underscores, then percent-encoding where an IRI needs it. */
    static String encode(String title) {
        String t = title.strip().replace(' ', '_');
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (cp > 0x7f ? allowedNonAscii(cp) : allowedAscii(cp)) {
                sb.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
                }
            }
        }
        return sb.toString();
    }

    /** What RFC 3987 allows outside ASCII, roughly: anything but spaces, controls and unassigned or private code points. */
    private static boolean allowedNonAscii(int cp) {
        int type = Character.getType(cp);
        return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && type != Character.CONTROL
                && type != Character.FORMAT && type != Character.PRIVATE_USE && type != Character.SURROGATE
                && type != Character.UNASSIGNED;
    }

    /** Unreserved characters, sub-delimiters, ':', '@' and '/' (DBpedia keeps "AC/DC" as it is). */
    private static boolean allowedAscii(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
    }
}
