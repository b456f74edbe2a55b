package org.biokg.extract;

/**
 * A date in a sentence, as SUTime normalised it.
 *
 * @param sentence sentence index
 * @param begin    first token
 * @param end      token after the last
 * @param value    the date at the precision the text gives; the year may have been completed from context
 * @param timex    SUTime's value (e.g. {@code XXXX-10-08} before completion)
 * @param rangeEnd for a range ("from 1903 until 1917", "1847–1922"), its end, else null
 */
public record DateMention(int sentence, int begin, int end, TimeValue value, String timex, TimeValue rangeEnd) {
}
