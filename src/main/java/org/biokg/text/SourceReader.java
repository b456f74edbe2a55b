package org.biokg.text;

import org.biokg.BiokgException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Reads a biography file and refuses, with a one-line message, what is not a UTF-8 text: a missing file, a
 * directory, a device, FIFO or socket, an empty file, a binary file, invalid UTF-8, a file over the size limit
 * (never reading more than the limit). An HTML page is reduced to its content text at the same offsets
 * ({@link HtmlText}).
 */
public final class SourceReader {
    /** Default limit: far above any biography (the seed is 95 kB), far below what would exhaust memory. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    /** The largest --max-bytes: what one Java array holds. */
    public static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final long maxBytes;

    public SourceReader(long maxBytes) {
        if (maxBytes < 1 || maxBytes > MAX_ARRAY) {
            throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public SourceReader() {
        this(DEFAULT_MAX_BYTES);
    }

    private BiokgException tooLarge(String name, long size) {
        return BiokgException.badInput(String.format(Locale.ROOT,
                "%s: file is %,d bytes, over the limit of %,d bytes (raise it with --max-bytes)", name, size, maxBytes));
    }

    public Source read(Path file) {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw BiokgException.badInput(name + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw BiokgException.badInput(name + ": is a directory, not a text file");
        }
        // A device (/dev/zero), FIFO or socket: refused from its type, without opening it (a FIFO with no
        // writer would block the open, a device would never end).
        if (!Files.isRegularFile(file)) {
            throw BiokgException.badInput(name + ": not a regular file (a device, FIFO or socket); save the text to a file first");
        }
        if (!Files.isReadable(file)) {
            throw BiokgException.badInput(name + ": permission denied");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(name, size);
            }
            // Bounded even if the file grows while it is read.
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(maxBytes + 1, MAX_ARRAY));
            }
            if (bytes.length > maxBytes) {
                throw tooLarge(name, bytes.length);
            }
        } catch (IOException e) {
            throw BiokgException.badInput(name + ": cannot read: " + e.getMessage());
        }
        return read(name, bytes);
    }

    /** Checks and decodes bytes that came from {@code name}; the id is the name's base name. */
    public Source read(String name, byte[] bytes) {
        return read(idOf(name), name, bytes);
    }

    /**
     * Checks and decodes bytes of the document {@code id} that came from {@code name}, e.g. one record of a
     * JSON-lines corpus: {@code read("Ada_Roe", "shelf.jsonl.gz:12", bytes)}.
     */
    public Source read(String id, String name, byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw BiokgException.badInput(String.format(Locale.ROOT,
                    "%s: input is %,d bytes, over the limit of %,d bytes", name, bytes.length, maxBytes));
        }
        if (bytes.length == 0) {
            throw BiokgException.badInput(name + ": file is empty");
        }
        int start = hasBom(bytes) ? 3 : 0;
        if (looksBinary(bytes, start)) {
            throw BiokgException.badInput(name + ": looks like a binary file, not text");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw BiokgException.badInput(name + ": not valid UTF-8 (byte offset " + firstInvalidUtf8(bytes, start)
                    + "); convert it first, e.g. iconv -f LATIN1 -t UTF-8");
        }
        if (text.isBlank()) {
            throw BiokgException.badInput(name + ": file holds only whitespace");
        }
        if (HtmlText.looksLikeHtml(text)) {
            // Same length as the page: offsets stay those of the file.
            text = HtmlText.contentText(text);
            if (HtmlText.isBlank(text)) {
                throw BiokgException.badInput(name + ": an HTML page without text content");
            }
        }
        return new Source(id, name, text, sha256(bytes));
    }

    /** A document id from a file name: the base name without extension, e.g. {@code ada-lovelace}. */
    public static String idOf(String name) {
        String base = Path.of(name).getFileName().toString();
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        return safeId(stem);
    }

    /** An id as given (a corpus record's), made safe for IRIs and file names: {@code "Ada Roe (poet)"} → {@code Ada-Roe-poet-}. */
    public static String safeId(String given) {
        String id = given.replaceAll("[^A-Za-z0-9._-]+", "-");
        return id.isEmpty() ? "document" : id;
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    /** NUL bytes, or many control characters, mean binary data (images, archives, UTF-16). */
    private static boolean looksBinary(byte[] b, int start) {
        int n = Math.min(b.length, start + 8192);
        int control = 0;
        for (int i = start; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > (n - start) / 20;
    }

    /** Byte offset of the first byte that does not start a well-formed UTF-8 sequence. */
    private static int firstInvalidUtf8(byte[] b, int i) {
        while (i < b.length) {
            int c = b[i] & 0xff;
            int more;
            if (c < 0x80) {
                more = 0;
            } else if (c >= 0xC2 && c <= 0xDF) {
                more = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                more = 2;
            } else if (c >= 0xF0 && c <= 0xF4) {
                more = 3;
            } else {
                return i;
            }
            if (i + more >= b.length) {
                return i;
            }
            for (int k = 1; k <= more; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += more + 1;
        }
        return b.length;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
