package org.biokg.spark;

import java.io.Serializable;

/**
 * What reading one corpus line gave: the document's extraction result (as a {@link org.biokg.extract.ResultJson}
 * line) and the SHA-256 of its text, or why it failed. The place in the corpus (file index, line) orders the
 * documents as the corpus does, so the graph is assembled in the order a single machine would read them.
 */
public final class DocumentOutcome implements Serializable {
    private int fileIndex;
    private long line;
    private String where;
    private String documentId;
    private String sha256;
    private String subject;
    private String result;
    private String error;

    public DocumentOutcome() {
    }

    static DocumentOutcome read(CorpusLine l, String where, String documentId, String sha256, String subject, String result) {
        DocumentOutcome o = at(l, where);
        o.documentId = documentId;
        o.sha256 = sha256;
        o.subject = subject;
        o.result = result;
        return o;
    }

    static DocumentOutcome failed(CorpusLine l, String where, String error) {
        DocumentOutcome o = at(l, where);
        o.error = error;
        return o;
    }

    /** {@code where} as the corpus names the entry: {@code file:line}, with the record's title once it is parsed. */
    private static DocumentOutcome at(CorpusLine l, String where) {
        DocumentOutcome o = new DocumentOutcome();
        o.fileIndex = l.getFileIndex();
        o.line = l.getLine();
        o.where = where;
        return o;
    }

    /** The same document with another result (after the cross-document merges). */
    DocumentOutcome withResult(String newResult) {
        DocumentOutcome o = new DocumentOutcome();
        o.fileIndex = fileIndex;
        o.line = line;
        o.where = where;
        o.documentId = documentId;
        o.sha256 = sha256;
        o.subject = subject;
        o.result = newResult;
        return o;
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

    public String getWhere() {
        return where;
    }

    public void setWhere(String where) {
        this.where = where;
    }

    public String getDocumentId() {
        return documentId;
    }

    public void setDocumentId(String documentId) {
        this.documentId = documentId;
    }

    public String getSha256() {
        return sha256;
    }

    public void setSha256(String sha256) {
        this.sha256 = sha256;
    }

    /** The label of the document's subject, as read (before any merge). */
    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }
}
