package org.biokg.spark;

import java.io.Serializable;

/** One line of a JSON-lines corpus file, with its place: file (as the user named it) and line number from 1. */
public final class CorpusLine implements Serializable {
    private int fileIndex;
    private String file;
    private long line;
    private String text;

    public CorpusLine() {
    }

    public CorpusLine(int fileIndex, String file, long line, String text) {
        this.fileIndex = fileIndex;
        this.file = file;
        this.line = line;
        this.text = text;
    }

    /** Where the line is, for messages and document names: {@code file:line}. */
    public String where() {
        return file + ":" + line;
    }

    public int getFileIndex() {
        return fileIndex;
    }

    public void setFileIndex(int fileIndex) {
        this.fileIndex = fileIndex;
    }

    public String getFile() {
        return file;
    }

    public void setFile(String file) {
        this.file = file;
    }

    public long getLine() {
        return line;
    }

    public void setLine(long line) {
        this.line = line;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
