package org.biokg.eval.redocred;

import java.util.List;

/**
 * A Re-DocRED document: title, tokenised sentences, entities (each a list of mentions) and labelled
 * relations, with its text rebuilt from the tokens.
 */
public final class RedocredDocument {
    private final String title;
    private final List<List<String>> sentences;
    private final List<List<Mention>> entities;
    private final List<Label> labels;
    private final DocumentText text;

    public RedocredDocument(String title, List<List<String>> sentences, List<List<Mention>> entities,
                            List<Label> labels) {
        this.title = title;
        this.sentences = sentences.stream().map(List::copyOf).toList();
        this.entities = entities.stream().map(List::copyOf).toList();
        this.labels = List.copyOf(labels);
        this.text = new DocumentText(this.sentences);
    }

    public String title() {
        return title;
    }

    public List<List<String>> sentences() {
        return sentences;
    }

    /** The vertex set: entity i is the list of its mentions. */
    public List<List<Mention>> entities() {
        return entities;
    }

    public List<Label> labels() {
        return labels;
    }

    /** The text rebuilt from the tokens, with token offsets. */
    public DocumentText documentText() {
        return text;
    }

    public String text() {
        return text.text();
    }

    /** The entity's first mention name: how it reads first. */
    public String name(int entity) {
        return entities.get(entity).get(0).name();
    }

    /** Whether every mention of the entity is a date or time. */
    public boolean isTime(int entity) {
        return entities.get(entity).stream().allMatch(m -> "TIME".equals(m.type()));
    }

    @Override
    public String toString() {
        return title;
    }
}
