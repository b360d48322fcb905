package io.customer360.examples;

import io.customer360.error.ExitStatus;

/**
 * The command line's exit statuses, numbered and chosen by core's {@link ExitStatus}, with
 * their meanings: the README's table lists each code with its {@link #meaning()} word for word
 * (a test compares them).
 */
enum ExitCode {
    SUCCESS(ExitStatus.SUCCESS, "success"),
    FAILURE(ExitStatus.FAILURE,
            "any other failure: a per-customer sum out of its column's range, an interruption"
            + " or an internal error"),
    USAGE(ExitStatus.USAGE,
            "usage error: wrong number of arguments, an unknown option, a refused setting or"
            + " an identifier `explain` does not find"),
    INPUT(ExitStatus.INPUT, "an input is missing, empty, unreadable or lacks a required column"),
    OUTPUT(ExitStatus.OUTPUT,
            "the output or work folder cannot be written, or another run holds it"),
    EXTENSION(ExitStatus.EXTENSION, "a custom validator, aggregator or identity resolver failed"),
    QUALITY_GATE(ExitStatus.QUALITY_GATE,
            "a quality gate failed: the rejects and the run report were written, the customer"
            + " table was left as it was");

    private final ExitStatus status;
    private final String meaning;

    ExitCode(ExitStatus status, String meaning) {
        this.status = status;
        this.meaning = meaning;
    }

    /** The process exit status. */
    int code() {
        return status.code();
    }

    /** What the status means, as the README's table says it. */
    String meaning() {
        return meaning;
    }

    /** The status for a failure, as {@link ExitStatus#of} decides it by the failure's type. */
    static ExitCode of(Throwable failure) {
        return valueOf(ExitStatus.of(failure).name());
    }
}
