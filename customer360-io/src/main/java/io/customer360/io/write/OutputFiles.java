package io.customer360.io.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/** Opening output files and encoding text safely; shared by the formats. */
final class OutputFiles {
    private static final int BUFFER_SIZE = 64 * 1024;
    private static final JsonFactory JSON = new JsonFactory();

    private OutputFiles() {
    }

    /**
     * Creates {@code file}, which must not exist, and opens a buffered stream to it.
     *
     * @throws java.nio.file.FileAlreadyExistsException when the file exists
     */
    static OutputStream createNew(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return new BufferedOutputStream(Files.newOutputStream(file,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), BUFFER_SIZE);
    }

    /** Closes {@code stream} after {@code failure}, recording a failure to close as suppressed. */
    static void closeAfterFailure(Closeable stream, Exception failure) {
        try {
            stream.close();
        } catch (IOException closing) {
            failure.addSuppressed(closing);
        }
    }

    /**
     * A JSON generator into {@code out} that writes every non-ASCII character, including those
     * beyond the Basic Multilingual Plane, as UTF-8 rather than as escaped surrogate pairs.
     * Closing it closes {@code out}.
     *
     * <p>Jackson's byte generator escapes a surrogate pair as two backslash-u escapes unless
     * {@code JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8} is on, which needs Jackson
     * 2.18; the character generator writes the pair as it is and the JDK's encoder makes it one
     * four-byte sequence, on every Jackson from 2.15. Strings must be {@link #wellFormed}: the
     * encoder would write an unpaired surrogate as {@code ?}.
     */
    static JsonGenerator jsonGenerator(OutputStream out) throws IOException {
        return JSON.createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /**
     * Returns {@code text} with every unpaired surrogate replaced by U+FFFD, so that encoding
     * it as UTF-8 neither fails nor writes {@code ?}. Returns the same instance when there is
     * nothing to replace.
     */
    static String wellFormed(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) && !isPairAt(text, i)) {
                return replaceUnpaired(text, i);
            }
            if (Character.isHighSurrogate(c)) {
                i++; // the pair's low half
            }
        }
        return text;
    }

    private static String replaceUnpaired(String text, int from) {
        StringBuilder fixed = new StringBuilder(text.length()).append(text, 0, from);
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c)) {
                fixed.append(c);
            } else if (isPairAt(text, i)) {
                fixed.append(c).append(text.charAt(++i));
            } else {
                fixed.append('\uFFFD');
            }
        }
        return fixed.toString();
    }

    private static boolean isPairAt(String text, int index) {
        return Character.isHighSurrogate(text.charAt(index)) && index + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(index + 1));
    }
}
