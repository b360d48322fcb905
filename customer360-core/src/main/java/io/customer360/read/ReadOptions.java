package io.customer360.read;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How text inputs are decoded and limited.
 *
 * @param charset the character set of text inputs (UTF-8 by default)
 * @param limits  the record limits
 * @serial exclude
 */
public record ReadOptions(Charset charset, ReadLimits limits) implements Serializable {

    /**
     * Checks that both parts are present.
     *
     * @param charset the character set of text inputs (UTF-8 by default)
     * @param limits  the record limits
     */
    public ReadOptions {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(limits, "limits");
    }

    /**
     * UTF-8 with the default limits.
     *
     * @return the default options
     */
    public static ReadOptions defaults() {
        return new ReadOptions(StandardCharsets.UTF_8, ReadLimits.defaults());
    }

    /**
     * Serialises the charset by name ({@code Charset} is not serialisable).
     *
     * @return the serial form
     */
    private Object writeReplace() {
        return new SerialForm(charset.name(), limits);
    }

    /** The serial form of {@link ReadOptions}: the charset's name and the limits. */
    private record SerialForm(String charset, ReadLimits limits) implements Serializable {
        private Object readResolve() {
            return new ReadOptions(Charset.forName(charset), limits);
        }
    }
}
