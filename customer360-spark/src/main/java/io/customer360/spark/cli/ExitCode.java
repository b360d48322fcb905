package io.customer360.spark.cli;

import io.customer360.error.ConfigurationException;
import io.customer360.error.ExtensionException;
import io.customer360.error.InputException;
import io.customer360.error.OutputException;
import io.customer360.error.QualityGateException;
import io.customer360.error.SchemaException;

/**
 * The Spark command line's exit status codes, the same as the local command line's: the type
 * of the failure decides.
 */
enum ExitCode {
    SUCCESS(0, "success"),
    FAILURE(1, "any other failure: an interruption, a failed Spark job or an internal error"),
    USAGE(2, "usage error: wrong number of arguments, an unknown option or a refused setting"),
    INPUT(3, "an input is missing, empty, unreadable or lacks a required column"),
    OUTPUT(4, "the output folder cannot be written, or another run holds it"),
    EXTENSION(5, "a custom validator, aggregator or identity resolver failed"),
    QUALITY_GATE(6, "a quality gate failed: the rejects and the run report were written, the"
            + " customer table was left as it was");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The process exit status. */
    int code() {
        return code;
    }

    /** What the status means, as the module's README says it. */
    String meaning() {
        return meaning;
    }

    /**
     * The status for a failure, by its type: a refused setting is a usage error, the input and
     * output sides and custom extensions each have their own, as has a failed quality gate, anything else is
     * {@link #FAILURE}.
     */
    static ExitCode of(Throwable failure) {
        if (failure instanceof ConfigurationException) {
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
}
