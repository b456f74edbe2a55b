package org.biokg.extract;

import org.biokg.Progress;
import org.biokg.nlp.AnnotatedDocument;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the extract stage knows about one document while its steps run: the annotated document, then what each
 * step adds ({@link Holding}). One state per document; the steps keep nothing of a document themselves.
 */
public final class ExtractionState {
    private final AnnotatedDocument doc;
    private final Progress progress;
    private final FactBook book = new FactBook();
    private Map<Mention, Entity> entityOf;
    private Map<Mention, List<Mention>> standIns;
    private final Map<Object, Object> workOf = new HashMap<>();
    private List<List<Mention>> mentions;
    private List<List<DateMention>> dates;
    private List<List<DateMention>> relativeDates;
    private SubjectName subjectName;
    private Entity subject;
    private EntityRegistry registry;
    private DateMention narrativeDate;
    private ExtractionResult result;

    public ExtractionState(AnnotatedDocument doc, Progress progress) {
        this.doc = doc;
        this.progress = progress;
    }

    public AnnotatedDocument doc() {
        return doc;
    }

    public String documentId() {
        return doc.clean().source().id();
    }

    public int sentenceCount() {
        return doc.sentences().size();
    }

    public Progress progress() {
        return progress;
    }

    /** The mentions of each sentence, in sentence order (the steps after "find-mentions" may add and retype some). */
    public List<List<Mention>> mentions() {
        return mentions;
    }

    public void setMentions(List<List<Mention>> mentions) {
        this.mentions = mentions;
    }

    /** The dates of each sentence with a value, years completed. */
    public List<List<DateMention>> dates() {
        return dates;
    }

    /** The dates of each sentence told relative to another ("ten years later"), with no value of their own. */
    public List<List<DateMention>> relativeDates() {
        return relativeDates;
    }

    public void setDates(List<List<DateMention>> dates, List<List<DateMention>> relativeDates) {
        this.dates = dates;
        this.relativeDates = relativeDates;
    }

    public SubjectName subjectName() {
        return subjectName;
    }

    /** The biography's subject, registered first in {@code registry}. */
    public Entity subject() {
        return subject;
    }

    public EntityRegistry registry() {
        return registry;
    }

    public void setSubject(SubjectName name, EntityRegistry registry, Entity subject) {
        this.subjectName = name;
        this.registry = registry;
        this.subject = subject;
    }

    /** The entity of each mention that names one (and of each stand-in of a plural pronoun). */
    public Map<Mention, Entity> entityOf() {
        return entityOf;
    }

    public void setEntityOf(Map<Mention, Entity> entityOf) {
        this.entityOf = entityOf;
    }

    /**
     * For a plural pronoun that stands for several entities, a name mention over the pronoun's tokens for each of
     * them (each in {@link #entityOf}): a candidate with that pronoun is read once per entity.
     */
    public Map<Mention, List<Mention>> standIns() {
        return standIns;
    }

    public void setStandIns(Map<Mention, List<Mention>> standIns) {
        this.standIns = standIns;
    }

    public FactBook book() {
        return book;
    }

    /** The time the narrative is at in the sentence being read; null when the text does not say. */
    public DateMention narrativeDate() {
        return narrativeDate;
    }

    public void setNarrativeDate(DateMention d) {
        this.narrativeDate = d;
    }

    public ExtractionResult result() {
        return result;
    }

    public void setResult(ExtractionResult result) {
        this.result = result;
    }

    /**
     * What a step keeps from one sentence to the next of this document (the narrative's dates, say), made on first
     * use: the step itself is shared by every document.
     */
    @SuppressWarnings("unchecked")
    public <T> T work(Object step, Supplier<T> make) {
        return (T) workOf.computeIfAbsent(step, k -> make.get());
    }
}
