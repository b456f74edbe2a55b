package org.biokg.spark;

import java.io.Serializable;

/** A mention's merge (serialized {@code EntityMerge}) with the mention's place in the in-memory step's order. */
public final class DecidedMerge implements Serializable {
    private int fileIndex;
    private long line;
    private int index;
    private byte[] merge;

    public DecidedMerge() {
    }

    DecidedMerge(int fileIndex, long line, int index, byte[] merge) {
        this.fileIndex = fileIndex;
        this.line = line;
        this.index = index;
        this.merge = merge;
    }

    public int getFileIndex() {
        return fileIndex;
    }

    public void setFileIndex(int fileIndex) {
        this.fileIndex = fileIndex;
    }

    public long getLine() {
        return line;
    }

    public void setLine(long line) {
        this.line = line;
    }

    public int getIndex() {
        return index;
    }

    public void setIndex(int index) {
        this.index = index;
    }

    public byte[] getMerge() {
        return merge;
    }

    public void setMerge(byte[] merge) {
        this.merge = merge;
    }
}
