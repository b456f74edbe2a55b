package org.biokg.text;

/**
 * An input document as read from disk: its id (file name without extension), the name the user gave, the
 * decoded text and the SHA-256 of its bytes (evidence and caches refer to it).
 */
public record Source(String id, String name, String text, String sha256) {
}
