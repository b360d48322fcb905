package io.customer360.io.write;

/**
 * Quotes fields of a {@code |}-delimited line: a field holding {@code |}, {@code "}, CR or LF is
 * wrapped in double quotes with inner quotes doubled; any other field is written as it is.
 *
 * <p>Commons CSV's {@code QuoteMode.MINIMAL} is not used because it also quotes an empty first
 * field, a field starting with a character up to {@code #} (space, {@code !}, {@code #}) and
 * a field ending in a control character; the log's contract quotes only on the four
 * characters above.
 */
final class PipeFields {
    /** The field delimiter. */
    static final char DELIMITER = '|';

    private PipeFields() {
    }

    /** Appends the fields joined by {@code |}, each quoted when it must be, and an LF. */
    static void appendLine(StringBuilder line, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(DELIMITER);
            }
            appendField(line, fields[i]);
        }
        line.append('\n');
    }

    private static void appendField(StringBuilder line, String field) {
        if (!needsQuotes(field)) {
            line.append(field);
            return;
        }
        line.append('"');
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    private static boolean needsQuotes(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == DELIMITER || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
