package org.biokg.link;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The key under which the dictionary is searched: the name in NFC, trimmed, runs of white space as one
 * space, and ASCII letters in lower case. Only ASCII is case-folded so that a dictionary line can be matched
 * on its raw UTF-8 bytes, without decoding the 20 million lines that do not match.
 */
final class SurfaceKey {
    private SurfaceKey() {
    }

    static String of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return sb.toString();
    }

    static byte[] bytes(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    /** FNV-1a over the bytes with ASCII upper case folded, as {@link #of} folds it. */
    static long hash(byte[] b, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xff;
            if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
            h ^= c;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
