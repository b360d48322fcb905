package io.customer360.spark.cli;

import io.customer360.error.ExitStatus;

/**
 * The Spark command line's exit status codes, the same as the local command line's: the type
 * of the failure decides.
 */
enum ExitCode {
    SUCCESS(ExitStatus.SUCCESS, "success"),
    FAILURE(ExitStatus.FAILURE,
            "any other failure: an interruption, a failed Spark job or an internal error"),
    USAGE(ExitStatus.USAGE,
            "usage error: wrong number of arguments, an unknown option or a refused setting"),
    INPUT(ExitStatus.INPUT, "an input is missing, empty, unreadable or lacks a required column"),
    OUTPUT(ExitStatus.OUTPUT, "the output folder cannot be written, or another run holds it"),
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

    /** What the status means, as the module's README says it. */
    String meaning() {
        return meaning;
    }

    /** The status for a failure, as {@link ExitStatus#of} decides it by the failure's type. */
    static ExitCode of(Throwable failure) {
        return valueOf(ExitStatus.of(failure).name());
    }
}
