package io.customer360.error;

/**
 * The exit status a command line gives a run's outcome, decided by the failure's type, and the
 * one line it prints for a failure. The library's command lines use it; so can yours.
 */
public enum ExitStatus {
    /** The run completed. */
    SUCCESS(0),
    /** Any other failure, including an unexpected {@link Error} or {@link RuntimeException}. */
    FAILURE(1),
    /**
     * A refused setting or invocation ({@link ConfigurationException}), or an identifier the
     * merge explanations do not hold ({@link UnknownIdentifierException}).
     */
    USAGE(2),
    /** An input is missing, unreadable or lacks a column ({@link InputException}, {@link SchemaException}). */
    INPUT(3),
    /** An output or work folder cannot be written ({@link OutputException}). */
    OUTPUT(4),
    /** A custom validator, aggregator, identity resolver or listener failed ({@link ExtensionException}). */
    EXTENSION(5),
    /** A quality gate failed ({@link QualityGateException}). */
    QUALITY_GATE(6);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    /**
     * The process exit status.
     *
     * @return the status, 0 to 6
     */
    public int code() {
        return code;
    }

    /**
     * The status for a failure, by its type.
     *
     * @param failure what ended the run
     * @return its status; never {@link #SUCCESS}
     */
    public static ExitStatus of(Throwable failure) {
        if (failure instanceof ConfigurationException
                || failure instanceof UnknownIdentifierException) {
            return USAGE;
        }
        if (failure instanceof SchemaException || failure instanceof InputException) {
            return INPUT;
        }
        if (failure instanceof OutputException) {
            return OUTPUT;
        }
        if (failure instanceof ExtensionException) {
            return EXTENSION;
        }
        if (failure instanceof QualityGateException) {
            return QUALITY_GATE;
        }
        return FAILURE;
    }

    /**
     * The failure as one line: a library failure's own message (which names the path and the
     * reason, never a record), anything else as an internal error with its type.
     *
     * @param failure what ended the run
     * @return one line of text, without line breaks
     */
    public static String message(Throwable failure) {
        if (!(failure instanceof Customer360Exception)) {
            return "internal error: " + oneLine(failure.toString());
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getName()
                : oneLine(message);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
