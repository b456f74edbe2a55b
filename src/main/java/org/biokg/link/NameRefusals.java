package org.biokg.link;

import org.biokg.link.LinkRefusals.Refusal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The refusals that compare the words of a name with those of a title: a word proper in the title only, an
 * organisation's qualifier the document never names, an organisation's page that bears none of its names, a
 * title that changes one proper word of the name. Part of {@link LinkRefusals}.
 */
final class NameRefusals {
    private NameRefusals() {
    }

    /**
     * A word the name writes in lower case before capitalised ones, which the title capitalises: the text keeps
     * it out of the proper name, the page makes it part of one ("the imperial General Staff" of a tsar is not the
     * "Imperial General Staff" of the British army). A name in lower case throughout ("foreign minister") only
     * describes, and its page may well capitalise it.
     */
    static Optional<Refusal> properInTitleOnly(String name, String base) {
        String head = OfficeRefusals.role(name);
        String[] t = base.split("\\s+");
        String[] n = name.strip().split("\\s+");
        for (int k = 0; k < n.length; k++) {
            String w = n[k];
            if (w.isEmpty() || !Character.isLowerCase(w.codePointAt(0)) || w.equals(head) || LinkRefusals.STOP.contains(w) || w.length() < 3) {
                continue;
            }
            boolean properAfter = false;
            for (int j = k + 1; j < n.length; j++) {
                properAfter |= !n[j].isEmpty() && Character.isUpperCase(n[j].codePointAt(0));
            }
            if (!properAfter) {
                continue;
            }
            for (int i = 1; i < t.length; i++) {
                if (t[i].equalsIgnoreCase(w) && Character.isUpperCase(t[i].codePointAt(0))) {
                    return Optional.of(Refusal.PROPER_IN_TITLE_ONLY);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * An organisation's page titled by its name qualified by another ("House of Commons of the United Kingdom"
     * for "House of Commons"): what qualifies it must be named by the document.
     */
    static Optional<Refusal> ofQualifier(String name, String base, LinkContext doc) {
        String n = name.strip();
        String prefix = n + " of ";
        if (!base.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return Optional.empty();
        }
        for (String run : TitleQualifiers.properRuns(base.substring(prefix.length()))) {
            if (!doc.names(run)) {
                return Optional.of(Refusal.UNNAMED_QUALIFIER);
            }
        }
        return Optional.empty();
    }

    /** An organisation's page bears one of its names: a word of it, or its initials ("RSDLP"). */
    static Optional<Refusal> organisation(Collection<String> names, String base) {
        List<String> t = NameMatch.words(base);
        t.removeIf(LinkRefusals.STOP::contains);
        String titleInitials = LinkContext.initials(base);
        String titleAcronym = base.replace(".", "").strip();
        for (String n : names) {
            for (String w : NameMatch.words(n)) {
                if (!LinkRefusals.STOP.contains(w) && t.stream().anyMatch(y -> NameMatch.similar(w, y))) {
                    return Optional.empty();
                }
            }
            String acronym = n.replace(".", "").strip();
            if (OfficeRefusals.isAcronym(acronym) && acronym.equals(titleInitials)
                    || OfficeRefusals.isAcronym(titleAcronym) && LinkContext.initials(n).equals(titleAcronym)) {
                return Optional.empty();
            }
        }
        return Optional.of(Refusal.ORGANISATION_NAME);
    }

    /** Whether the title is the name with one proper word replaced by another ("Soviet X" / "Russian X"). */
    static Optional<Refusal> oneWordChanged(String name, String base) {
        String[] a = name.strip().split("\\s+");
        String[] b = base.strip().split("\\s+");
        if (a.length < 2 || a.length != b.length) {
            return Optional.empty();
        }
        int differ = -1;
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equalsIgnoreCase(b[i])) {
                if (differ >= 0) {
                    return Optional.empty();
                }
                differ = i;
            }
        }
        if (differ < 0) {
            return Optional.empty();
        }
        String x = a[differ];
        String y = b[differ];
        boolean proper = Character.isUpperCase(x.codePointAt(0)) && Character.isUpperCase(y.codePointAt(0));
        return proper && !NameMatch.similar(x.toLowerCase(Locale.ROOT), y.toLowerCase(Locale.ROOT))
                ? Optional.of(Refusal.ONE_WORD_CHANGED) : Optional.empty();
    }
}
