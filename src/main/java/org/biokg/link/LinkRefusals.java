package org.biokg.link;

import org.biokg.extract.EntityType;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The refusals that compare a title with the entity and its document: a link whose kind, place, period or
 * name disagrees with what the text says is refused, whatever the dictionary's score. Each is general (no name,
 * title or office of any biography is written here) and named, so that a test and a reader can tell which one
 * refused a link. A refused title is not offered as a candidate either: a candidate is a link the linker is
 * unsure of, a refused one is a link it knows to be wrong. The refusals are grouped by what they read:
 * {@link TitleQualifiers}, {@link PersonRefusals}, {@link OfficeRefusals}, {@link NameRefusals}.
 */
final class LinkRefusals {
    /** Why a title is refused. */
    enum Refusal {
        /** Every name of the entity is written in lower case: the text uses a common noun ("the troika"). */
        LOWER_CASE_NAMES,
        /** The title's qualifier names another kind of thing: a person linked to "(band)", "(film)", "(ship)". */
        OTHER_KIND,
        /** A page about an aspect of a thing ("History of …", "Politics of …"), not the thing. */
        ASPECT_PAGE,
        /** The title's years, or the period its qualifier names, fall outside the years of the entity's sentences. */
        OTHER_ERA,
        /** The title's qualifier names a place, period or occupation the document never names ("(Ghana)"). */
        UNNAMED_QUALIFIER,
        /** A person known by one word linked to a bearer whose other names the document never uses. */
        LONE_NAME,
        /** A person with a full name linked to a page of one word (a place, a family, a thing of that name). */
        ONE_WORD_PAGE,
        /** A full name and a title with the same first and last names but different middle names. */
        OTHER_MIDDLE_NAME,
        /** An office linked to a page titled by another role word ("Ministry of …" for a minister) or its body. */
        OFFICE_ROLE,
        /** An office named with its body ("… of the Central Committee") linked to a page that names another. */
        OFFICE_BODY,
        /** An organisation linked to a page that bears neither a word nor the initials of any of its names. */
        ORGANISATION_NAME,
        /** A name and a title alike but for one proper word ("Soviet Ministry of X" / "Russian Ministry of X"). */
        ONE_WORD_CHANGED,
        /** A word the name writes in lower case is part of the title's proper name ("imperial" / "Imperial General Staff"). */
        PROPER_IN_TITLE_ONLY,
        /** An office whose role the text writes in lower case ("Soviet ambassador"), linked to a page naming no body. */
        GENERIC_OFFICE,
        /** An office the text always names with a further capitalised word before it ("First Deputy Premier of …"). */
        LONGER_OFFICE
    }

    static final Set<String> STOP = Set.of("the", "and", "for", "from", "with", "of", "in", "on", "at", "to");

    /** Title prefixes of pages about an aspect of a thing rather than the thing. */
    private static final List<String> ASPECTS = List.of("history of ", "timeline of ", "outline of ", "politics of ",
            "economy of ", "geography of ", "demographics of ", "culture of ", "foreign relations of ",
            "military history of ", "flag of ", "coat of arms of ", "index of ", "glossary of ");

    private LinkRefusals() {
    }

    /**
     * Why the entity may not link to the title, or empty when nothing here refuses it.
     *
     * @param type     the entity's type
     * @param names    all the entity's names (label and aliases)
     * @param name     the name that proposes the title
     * @param rawTitle the dictionary's title
     * @param score    the dictionary's score for that name and title
     * @param years    the years of the entity's own sentences, else of the document; null when unknown
     * @param own      the entity's own sentences: those that state its facts
     * @param doc      the document's words, phrases and years
     */
    static Optional<Refusal> refusal(EntityType type, Collection<String> names, String name, String rawTitle,
                                     double score, int[] years, List<String> own, LinkContext doc) {
        String title = WikiTitle.text(rawTitle).strip();
        String base = WikiTitle.base(rawTitle);
        String paren = TitleQualifiers.parenthetical(title);
        String comma = TitleQualifiers.comma(base);
        if (LinkContext.allLowerCase(names)) {
            return Optional.of(Refusal.LOWER_CASE_NAMES);
        }
        String lowerTitle = title.toLowerCase(Locale.ROOT);
        for (String a : ASPECTS) {
            if (lowerTitle.startsWith(a)) {
                return Optional.of(Refusal.ASPECT_PAGE);
            }
        }
        // A place's title names its wider place after a comma ("Los Angeles, California"), which the sentences
        // that state facts need not name; only its kind is checked.
        for (String q : new String[]{paren, comma}) {
            if (q == null) {
                continue;
            }
            String kind = TitleQualifiers.kindOf(q);
            Set<EntityType> fits = kind == null ? null : TitleQualifiers.KINDS.get(kind);
            if (fits != null && !fits.contains(type)) {
                return Optional.of(Refusal.OTHER_KIND);
            }
            if (q == comma && type == EntityType.PLACE) {
                continue;
            }
            Optional<Refusal> r = TitleQualifiers.qualifier(type, q, years, doc);
            if (r.isPresent()) {
                return r;
            }
        }
        if (type == EntityType.PERSON) {
            return PersonRefusals.person(names, name, base, comma, score, doc);
        }
        Optional<Refusal> proper = NameRefusals.properInTitleOnly(name, base);
        if (proper.isPresent()) {
            return proper;
        }
        return switch (type) {
            case OFFICE -> OfficeRefusals.office(names, name, base, paren != null, own, doc);
            case ORGANIZATION -> NameRefusals.organisation(names, base).or(() -> NameRefusals.ofQualifier(name, base, doc))
                    .or(() -> NameRefusals.oneWordChanged(name, base));
            default -> NameRefusals.oneWordChanged(name, base);
        };
    }
}
