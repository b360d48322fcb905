package io.customer360.error;

import io.customer360.model.Source;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A run failed, or a pipeline was configured wrongly. Every failure of
 * {@link io.customer360.Customer360.Builder#build() building} and {@link io.customer360.Customer360#run() running} a pipeline is one
 * of these; the subtypes say which side was at fault: {@link ConfigurationException} the
 * configuration, {@link SchemaException} and {@link InputException} an input,
 * {@link OutputException} an output, {@link ExtensionException} a custom validator, aggregator,
 * identity resolver or run listener, {@link QualityGateException} a quality gate the run did not
 * pass. Reading a run's merge explanations back fails with an {@link InputException} or an
 * {@link UnknownIdentifierException}. A plain {@code Customer360Exception} is any other failure: a per-customer sum out of its
 * column's range, an interruption, or an internal error. Whatever the type, no new file is left
 * under a final output name, except that a failed quality gate commits the rejects and the
 * report (never the customer table).
 *
 * <p>The message is one line naming the path (where there is one) and the underlying reason,
 * such as {@code /data/out: No space left on device}; it never holds a record's contents.
 * {@link #path()}, {@link #source()} and {@link #line()} give what is known of where the
 * failure happened.
 */
public class Customer360Exception extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path path;
    /** Set by the constructor, or once by the run when the failure concerns one source. */
    private Source source;
    /** 1 or more; 0 when unknown. */
    private final long line;

    /**
     * A failure with a message naming the component, source and line at fault.
     *
     * @param message what went wrong, naming the component, source and line
     * @param cause   the underlying failure, or null
     */
    public Customer360Exception(String message, Throwable cause) {
        this(null, null, 0, message, cause);
    }

    /**
     * A failure of one file or folder.
     *
     * @param path    the file or folder at fault, or null when there is none
     * @param message what went wrong; the path is put in front of it
     * @param cause   the underlying failure, or null
     */
    public Customer360Exception(Path path, String message, Throwable cause) {
        this(null, path, 0, message, cause);
    }

    /**
     * A failure of one file or folder whose cause, if any, is set later with
     * {@link #initCause}.
     *
     * @param path    the file or folder at fault, or null when there is none
     * @param message what went wrong; the path is put in front of it
     */
    protected Customer360Exception(Path path, String message) {
        this(null, path, 0, message, null);
    }

    /**
     * A failure at a known place of an input.
     *
     * @param source  the source at fault, or null when there is none or it is unknown
     * @param path    the file or folder at fault, or null when there is none
     * @param line    the line at fault, 1 or more, or 0 when there is none or it is unknown
     * @param message what went wrong; the path is put in front of it
     * @param cause   the underlying failure, or null to leave it to {@link #initCause}
     */
    protected Customer360Exception(Source source, Path path, long line, String message,
            Throwable cause) {
        super(path == null ? message : path + ": " + message);
        this.path = path;
        this.source = source;
        this.line = Math.max(0, line);
        if (cause != null) {
            initCause(cause);
        }
    }

    /**
     * The file or folder at fault, when the failure concerns one.
     *
     * @return the path at fault, or empty
     */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /**
     * The source at fault, when the failure concerns one: the source of an input that cannot
     * be opened or read or whose header is wrong, or whose record a custom validator failed on.
     *
     * @return the source at fault, or empty
     */
    public Optional<Source> source() {
        return Optional.ofNullable(source);
    }

    /**
     * The line of the input at fault, when known: the header line of a wrong header, or the
     * line of the record a custom validator failed on.
     *
     * @return the line, 1 or more, or empty
     */
    public OptionalLong line() {
        return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
    }

    /**
     * Names the source this failure concerns unless it names one already, for a caller that
     * knows what its callee did not (such as the run, of a custom input's failure).
     *
     * @param at the source the failure concerns
     * @return this exception
     */
    public final Customer360Exception concerning(Source at) {
        if (source == null) {
            source = at;
        }
        return this;
    }

    /**
     * The one-line reason customer360 gives for a failure in its messages: the system's reason
     * for the deepest I/O failure in the chain of causes, such as {@code No space left on device}
     * or {@code Permission denied}; for other failures their message, or their type where they
     * have none. For adapters that report failures the way the library does.
     *
     * @param failure a failure
     * @return its reason, on one line
     */
    public static String reasonOf(Throwable failure) {
        return Failures.reason(failure);
    }
}
