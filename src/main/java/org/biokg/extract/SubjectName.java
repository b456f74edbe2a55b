package org.biokg.extract;

import java.util.List;

/**
 * Who a biography is about, as the text names her: the label, the aliases the lead gives ("born Ada Berg"), and
 * the gender ('m', 'f' or '?') the pronouns tell.
 */
public record SubjectName(String label, List<String> aliases, char gender) {
}
