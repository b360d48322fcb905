package io.customer360.engine;

import io.customer360.error.Customer360Exception;
import io.customer360.error.InputException;
import io.customer360.model.Source;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** The underlying reason of a failure, as one short line for an error message. */
final class Failures {
    private Failures() {
    }

    /** The reason of a failure, as {@link Customer360Exception#reasonOf} gives it. */
    static String reason(Throwable failure) {
        return Customer360Exception.reasonOf(failure);
    }

    /**
     * An input failure of {@code source} naming the input's location (as a path where it is
     * one) and the underlying reason.
     */
    static InputException inputFailure(Source source, String location, String what,
            IOException failure) {
        Path path;
        try {
            path = Path.of(location);
        } catch (InvalidPathException notAPath) {
            return InputException.of(source, null, location + ": " + what, failure);
        }
        return InputException.of(source, path, what, failure);
    }

    /** The text with line breaks turned into spaces, so that a message stays one line. */
    static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
