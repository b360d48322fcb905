package io.customer360.config;

import com.fasterxml.jackson.core.JsonToken;
import io.customer360.error.ConfigurationException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Reads typed values out of a {@link ConfigNode} tree; every failure is a
 * {@link ConfigurationException} naming the file, the line and the key (as a dotted path, e.g.
 * {@code inputs.transactions.delimiter}).
 */
final class ConfigReader {
    private final Path file;

    ConfigReader(Path file) {
        this.file = file;
    }

    /** A failure of the value of {@code key}, at {@code node}'s line. */
    ConfigurationException error(ConfigNode node, String key, String message) {
        return new ConfigurationException(file, "line " + node.line + ": " + key + ": "
                + message, null);
    }

    /** Fails on the first key of {@code mapping} that is not in {@code allowed}. */
    void onlyKeys(ConfigNode.Mapping mapping, String prefix, Set<String> allowed) {
        for (var entry : mapping.entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                throw error(entry.getValue(), prefix + entry.getKey(), "unknown key; expected one"
                        + " of " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    ConfigNode.Mapping mapping(ConfigNode node, String key) {
        if (node instanceof ConfigNode.Mapping mapping) {
            return mapping;
        }
        throw error(node, key, "expected a mapping but was " + node.kind());
    }

    String string(ConfigNode node, String key) {
        if (node instanceof ConfigNode.Scalar scalar && !scalar.isNull()
                && scalar.token == JsonToken.VALUE_STRING) {
            return scalar.text;
        }
        throw error(node, key, "expected a string but was " + node.kind());
    }

    /** A string, or a number written without quotes, as its text. */
    String text(ConfigNode node, String key) {
        if (node instanceof ConfigNode.Scalar scalar && !scalar.isNull()
                && scalar.token != JsonToken.VALUE_TRUE && scalar.token != JsonToken.VALUE_FALSE) {
            return scalar.text;
        }
        throw error(node, key, "expected a string but was " + node.kind());
    }

    int positiveInt(ConfigNode node, String key) {
        if (node instanceof ConfigNode.Scalar scalar
                && scalar.token == JsonToken.VALUE_NUMBER_INT) {
            try {
                int value = Integer.parseInt(scalar.text);
                if (value >= 1) {
                    return value;
                }
            } catch (NumberFormatException tooLarge) {
                // reported below
            }
            throw error(node, key, "expected a whole number of 1 or more but was " + scalar.text);
        }
        throw error(node, key, "expected a whole number but was " + node.kind());
    }

    /** A number from 0 to 1, written as a number (e.g. {@code 0.05} or {@code 1}). */
    double share(ConfigNode node, String key) {
        if (node instanceof ConfigNode.Scalar scalar
                && (scalar.token == JsonToken.VALUE_NUMBER_INT
                        || scalar.token == JsonToken.VALUE_NUMBER_FLOAT)) {
            double value;
            try {
                value = Double.parseDouble(scalar.text);
            } catch (NumberFormatException unreadable) {
                value = Double.NaN;
            }
            if (value >= 0 && value <= 1) {
                return value;
            }
            throw error(node, key, "expected a number from 0 to 1 but was " + scalar.text);
        }
        throw error(node, key, "expected a number from 0 to 1 but was " + node.kind());
    }

    /** A whole number from 0 to {@link Integer#MAX_VALUE}. */
    int nonNegativeInt(ConfigNode node, String key) {
        long value = nonNegativeLong(node, key);
        if (value > Integer.MAX_VALUE) {
            throw error(node, key, "expected a whole number of at most " + Integer.MAX_VALUE
                    + " but was " + value);
        }
        return (int) value;
    }

    /** A whole number of 0 or more. */
    long nonNegativeLong(ConfigNode node, String key) {
        if (node instanceof ConfigNode.Scalar scalar
                && scalar.token == JsonToken.VALUE_NUMBER_INT) {
            try {
                long value = Long.parseLong(scalar.text);
                if (value >= 0) {
                    return value;
                }
            } catch (NumberFormatException tooLarge) {
                // reported below
            }
            throw error(node, key, "expected a whole number of 0 or more but was " + scalar.text);
        }
        throw error(node, key, "expected a whole number but was " + node.kind());
    }

    boolean bool(ConfigNode node, String key) {
        if (node instanceof ConfigNode.Scalar scalar && (scalar.token == JsonToken.VALUE_TRUE
                || scalar.token == JsonToken.VALUE_FALSE)) {
            return scalar.token == JsonToken.VALUE_TRUE;
        }
        throw error(node, key, "expected true or false but was " + node.kind());
    }

    char character(ConfigNode node, String key) {
        String text = string(node, key);
        if (text.length() != 1) {
            throw error(node, key, "expected one character but was " + text.length()
                    + " characters");
        }
        return text.charAt(0);
    }

    /** One string, or a list of strings. */
    List<String> strings(ConfigNode node, String key) {
        if (node instanceof ConfigNode.Sequence sequence) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < sequence.items.size(); i++) {
                values.add(text(sequence.items.get(i), key + "[" + i + "]"));
            }
            if (values.isEmpty()) {
                throw error(node, key, "expected at least one value but the list is empty");
            }
            return List.copyOf(values);
        }
        return List.of(text(node, key));
    }

    /** One of {@code choices}, written in any case. */
    String choice(ConfigNode node, String key, List<String> choices) {
        String value = string(node, key).strip().toLowerCase(Locale.ROOT);
        if (!choices.contains(value)) {
            throw error(node, key, "expected one of " + String.join(", ", choices) + " but was '"
                    + string(node, key) + "'");
        }
        return value;
    }

    /** A path, relative to {@code base} unless absolute. */
    Path path(ConfigNode node, String key, Path base) {
        String text = string(node, key);
        try {
            return base.resolve(text).normalize();
        } catch (java.nio.file.InvalidPathException invalid) {
            throw error(node, key, "not a valid path: " + invalid.getReason());
        }
    }

    /** A time zone: a region such as {@code Europe/Berlin} or an offset such as {@code +01:00}. */
    ZoneId zone(ConfigNode node, String key) {
        String text = string(node, key);
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException unknown) {
            throw error(node, key, "not a time zone: '" + text + "' (use a region such as"
                    + " Europe/Berlin, or an offset such as +01:00)");
        }
    }

    Charset charset(ConfigNode node, String key) {
        String text = string(node, key);
        try {
            return Charset.forName(text.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            throw error(node, key, "not a charset this JVM supports: '" + text + "'");
        }
    }

    /** Whether a node is {@code false}, which means "none" for a quote or escape character. */
    static boolean isFalse(ConfigNode node) {
        return node instanceof ConfigNode.Scalar scalar && scalar.token == JsonToken.VALUE_FALSE;
    }

    /** Runs a setting; its refusal is reported at the node's line and key. */
    void refusedAt(ConfigNode node, String key, Runnable setting) {
        applied(node, key, () -> {
            setting.run();
            return null;
        });
    }

    /** Applies a setting and returns its result; its refusal is reported at the node's line and key. */
    <T> T applied(ConfigNode node, String key, Supplier<T> setting) {
        try {
            return setting.get();
        } catch (ConfigurationException refused) {
            throw error(node, key, refused.getMessage());
        }
    }
}
