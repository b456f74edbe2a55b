package org.biokg.extract;

import org.biokg.Progress;
import org.biokg.nlp.AnnotatedDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The extraction state a step reads, filled by hand rather than by the steps before it: the mentions a test names,
 * each resolved to its entity, no dates unless given, and the subject if the test registers one. With a
 * {@code HandBuiltDocument}, a step runs without any CoreNLP model.
 */
public final class HandBuiltExtraction {
    private final AnnotatedDocument doc;
    private final ExtractionState state;
    private final EntityRegistry registry = new EntityRegistry();
    private final List<List<Mention>> mentions = new ArrayList<>();
    private final Map<Mention, Entity> entityOf = new HashMap<>();

    public HandBuiltExtraction(AnnotatedDocument doc) {
        this.doc = doc;
        this.state = new ExtractionState(doc, Progress.NONE);
        List<List<DateMention>> dates = new ArrayList<>();
        List<List<DateMention>> relativeDates = new ArrayList<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            mentions.add(new ArrayList<>());
            dates.add(new ArrayList<>());
            relativeDates.add(new ArrayList<>());
        }
        state.setMentions(mentions);
        state.setEntityOf(entityOf);
        state.setDates(dates, relativeDates);
        state.setSubject(null, registry, null);
    }

    public ExtractionState state() {
        return state;
    }

    /** Registers the biography's subject, as the subject step does before any mention is resolved. */
    public Entity subject(String label) {
        Entity subject = registry.subject(label, List.of());
        state.setSubject(new SubjectName(label, List.of(), '?'), registry, subject);
        return subject;
    }

    /** A name over tokens [from, to) of sentence {@code s}, headed by its last token, resolved to its entity. */
    public Mention name(int s, int from, int to, EntityType type) {
        Mention m = new Mention(s, from, to, to - 1, type, Mention.Kind.NAME, doc.text(s, from, to));
        return add(m, registry.resolve(m.text(), type, s));
    }

    /** A role phrase ("secretary of the Weavers League") over [from, to), naming the office {@code office}. */
    public Mention role(int s, int from, int to, int head, String office) {
        Mention m = new Mention(s, from, to, head, EntityType.OFFICE, Mention.Kind.ROLE, doc.text(s, from, to));
        return add(m, registry.resolve(office, EntityType.OFFICE, s));
    }

    public Entity entity(Mention m) {
        return entityOf.get(m);
    }

    /** Evidence that a rule read subject and object in the mentions' sentence, as a rule step would give it. */
    public Evidence evidence(Mention subject, Mention object, String rule, double confidence) {
        int s = subject.sentence();
        var sentence = doc.clean().sentences().get(s);
        return new Evidence(doc.clean().source().id(), s, sentence.span(), sentence.text(),
                doc.originalSpan(s, subject.begin(), subject.end()), doc.originalSpan(s, object.begin(), object.end()),
                rule, confidence);
    }

    private Mention add(Mention m, Entity e) {
        mentions.get(m.sentence()).add(m);
        mentions.get(m.sentence()).sort(Mention.IN_TEXT_ORDER);
        entityOf.put(m, e);
        return m;
    }

    /** The facts the book holds, each as "relation(subject, object) [rule of each evidence]". */
    public List<String> factsWithRules() {
        return state.book().facts().stream()
                .map(f -> f + " " + f.evidence().stream().map(Evidence::rule).toList()).toList();
    }
}
