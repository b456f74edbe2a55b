package org.biokg.link;

import org.biokg.link.LinkRefusals.Refusal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The refusals of an office's page: titled by another role word, naming another body than the office's own name
 * gives or than its names and the document name, a page for a role the text writes in lower case, or an office
 * the text always names longer. Part of {@link LinkRefusals}.
 */
final class OfficeRefusals {
    private OfficeRefusals() {
    }

    /**
     * An office's page is titled by its role word ("President of …" for "Mexican President"), names the body
     * the office's own name gives ("… of the Central Committee"), and otherwise names a body or country the
     * office's names or the document name.
     */
    static Optional<Refusal> office(Collection<String> names, String name, String base, boolean qualified,
                                            List<String> sentences, LinkContext doc) {
        String role = role(name);
        String titleRole = role(base);
        if (role != null && titleRole != null && !sameRole(role, titleRole)) {
            return Optional.of(Refusal.OFFICE_ROLE);
        }
        if (role != null && names.stream().allMatch(x -> {
            String r = role(x);
            return r == null || Character.isLowerCase(r.codePointAt(0));
        }) && !qualified && ofPart(base) == null && !base.toLowerCase(Locale.ROOT).contains(" in ")) {
            return Optional.of(Refusal.GENERIC_OFFICE);
        }
        if (longerInText(names, sentences)) {
            return Optional.of(Refusal.LONGER_OFFICE);
        }
        String own = ofPart(name);
        String titled = ofPart(base);
        if (own != null && !isAcronym(own)) {
            // The body the office's name gives must be the page's: shared by its "of" part, or in its title.
            List<String> theirs = NameMatch.words(titled != null ? titled : base);
            boolean shared = false;
            boolean all = true;
            for (String w : NameMatch.words(own)) {
                if (!LinkRefusals.STOP.contains(w)) {
                    boolean in = theirs.stream().anyMatch(y -> NameMatch.similar(w, y));
                    shared |= in;
                    all &= in;
                }
            }
            if (titled != null ? !shared : !all) {
                return Optional.of(Refusal.OFFICE_BODY);
            }
        }
        if (titled != null) {
            // The body or country the page names must be named, at least by one word, by the office's names or
            // the document ("United" Kingdom: the document's sentences may call it British).
            List<String> mine = new ArrayList<>();
            names.forEach(x -> mine.addAll(LinkContext.words(x)));
            String initials = LinkContext.initials(titled).toLowerCase(Locale.ROOT);
            boolean byInitials = initials.length() >= 2
                    && names.stream().anyMatch(x -> LinkContext.words(x.replace(".", "")).contains(initials));
            boolean named = byInitials;
            boolean any = false;
            for (String w : LinkContext.words(titled)) {
                if (w.length() >= 3 && !LinkRefusals.STOP.contains(w)) {
                    any = true;
                    named |= mine.stream().anyMatch(m -> LinkContext.sameStem(m, w)) || doc.usesWord(w);
                }
            }
            if (any && !named) {
                return Optional.of(Refusal.OFFICE_BODY);
            }
        }
        return NameRefusals.oneWordChanged(name, base);
    }

    /**
     * Whether every mention of the office in its own sentences follows a capitalised word that is none of its
     * names' words: the text names a longer office ("First Deputy Premier of …" for "Premier of …"), not the
     * same one in other words ("the Central Committee General Secretary").
     */
    static boolean longerInText(Collection<String> names, List<String> own) {
        java.util.Set<String> nameWords = new java.util.HashSet<>();
        names.forEach(x -> nameWords.addAll(LinkContext.words(x)));
        int found = 0;
        for (String s : own) {
            for (String n : names) {
                int from = 0;
                for (int i = s.indexOf(n); i >= 0; i = s.indexOf(n, from)) {
                    from = i + n.length();
                    if (i > 0 && !Character.isLetterOrDigit(s.charAt(i - 1)) && (i + n.length() == s.length()
                            || !Character.isLetterOrDigit(s.charAt(i + n.length())))) {
                        found++;
                        String before = s.substring(0, i).strip();
                        int sp = before.lastIndexOf(' ');
                        String prev = before.substring(sp + 1);
                        boolean sentenceStart = sp < 0 || before.substring(0, sp).strip().endsWith(".");
                        if (prev.isEmpty() || !Character.isUpperCase(prev.codePointAt(0)) || sentenceStart
                                || prev.endsWith(",") || prev.endsWith(".") || nameWords.containsAll(LinkContext.words(prev))) {
                            return false;
                        }
                    }
                }
            }
        }
        return found > 0;
    }

    /** The role word of an office name or title: the last word before its first "of" ("Secretary"), or its last word. */
    static String role(String s) {
        String t = s.strip();
        int of = t.toLowerCase(Locale.ROOT).indexOf(" of ");
        String head = of > 0 ? t.substring(0, of) : t;
        String[] w = head.split("\\s+");
        String last = w[w.length - 1];
        return last.isEmpty() ? null : last;
    }

    private static boolean sameRole(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.equals(y) || x.equals(y + "s") || y.equals(x + "s");
    }

    /** What follows the first "of" of a name or title, without a leading article ("the Central Committee" -> "Central Committee"). */
    static String ofPart(String s) {
        int of = s.toLowerCase(Locale.ROOT).indexOf(" of ");
        if (of < 0) {
            return null;
        }
        String rest = s.substring(of + 4).strip();
        return rest.toLowerCase(Locale.ROOT).startsWith("the ") ? rest.substring(4).strip() : rest;
    }

    static boolean isAcronym(String s) {
        String t = s.replace(".", "").strip();
        return t.length() >= 2 && t.equals(t.toUpperCase(Locale.ROOT)) && !t.contains(" ");
    }
}
