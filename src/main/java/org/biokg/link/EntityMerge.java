package org.biokg.link;

import org.biokg.extract.EntityType;

import java.io.Serializable;

/**
 * A decision of the cross-document step: the entity {@code entityId} of document {@code documentId}, named
 * {@code fromLabel} there, is the entity another document ({@code intoDocumentId}) names {@code intoLabel}; the
 * reason says why, in words a user can check ("'Roe' is the surname of one person only: Ada Roe").
 */
public record EntityMerge(String documentId, String entityId, String fromLabel, EntityType type,
                          String intoLabel, String intoDocumentId, String reason) implements Serializable {
}
