package org.biokg.spark;

import org.biokg.link.EntityProfile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * One entity profile under one of its blocking keys, as a row of the cross-document join: the key, the
 * document, an id of the profile, its place in the order {@code CrossDocumentEntities.find} visits profiles
 * (document in corpus order, then the profile's index in its document), and the profile itself (serialized: a
 * record is no Spark bean).
 */
public final class KeyedProfile implements Serializable {
    private String key;
    private String documentId;
    private String profileId;
    private int fileIndex;
    private long line;
    private int index;
    private byte[] profile;

    public KeyedProfile() {
    }

    KeyedProfile(String key, DocumentOutcome d, int index, EntityProfile p) {
        this.key = key;
        this.documentId = p.documentId();
        this.profileId = p.documentId() + "\u0000" + p.entityId();
        this.fileIndex = d.getFileIndex();
        this.line = d.getLine();
        this.index = index;
        this.profile = bytes(p);
    }

    static byte[] bytes(Serializable o) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    @SuppressWarnings("unchecked")
    static <T> T object(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (T) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getDocumentId() {
        return documentId;
    }

    public void setDocumentId(String documentId) {
        this.documentId = documentId;
    }

    public String getProfileId() {
        return profileId;
    }

    public void setProfileId(String profileId) {
        this.profileId = profileId;
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

    public byte[] getProfile() {
        return profile;
    }

    public void setProfile(byte[] profile) {
        this.profile = profile;
    }
}
