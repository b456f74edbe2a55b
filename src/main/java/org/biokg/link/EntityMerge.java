package org.biokg.link;

import org.biokg.extract.EntityType;

import java.io.Serializable;

/**
 * A decision of the cross-document step: the entity {@code entityId} of document {@code documentId}, named
 * {@code fromLabel} there, is the entity another document ({@code intoDocumentId}) names {@code intoLabel}; the
 * reason says why, in words a user can check ("'Roe' is the surname of one person only: Ada Roe").
 * <p>
 * {@code intoScope} is null when {@code intoLabel} is one resource wherever it is written ("Ada Roe"), else the
 * document whose resource the entity joins: a label naming a kind ("Tsar") is a resource of its document, and two
 * documents' "Tsar" held by the same "Ivan Roe" become the resource of one of them.
 */
public record EntityMerge(String documentId, String entityId, String fromLabel, EntityType type,
                          String intoLabel, String intoDocumentId, String reason, String intoScope) implements Serializable {
    /** A merge into a label that is one resource wherever it is written. */
    public EntityMerge(String documentId, String entityId, String fromLabel, EntityType type, String intoLabel,
                       String intoDocumentId, String reason) {
        this(documentId, entityId, fromLabel, type, intoLabel, intoDocumentId, reason, null);
    }

    /** This merge with its target moved on to where a chain of merges ends. */
    EntityMerge movedTo(String label, String scope) {
        return new EntityMerge(documentId, entityId, fromLabel, type, label, intoDocumentId, reason, scope);
    }
}
