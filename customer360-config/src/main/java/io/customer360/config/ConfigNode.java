package io.customer360.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.customer360.error.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A configuration file read into a tree that remembers the line of every key and value, so that
 * an error can name the file, the line and the key at fault. Mappings, sequences and scalars only;
 * YAML anchors and tags are read as Jackson's YAML parser gives them.
 */
abstract class ConfigNode {
    final int line;

    private ConfigNode(int line) {
        this.line = line;
    }

    /** What the node is, for "expected ... but was ..." messages. */
    abstract String kind();

    /** A mapping of keys, in file order. */
    static final class Mapping extends ConfigNode {
        final Map<String, ConfigNode> entries;

        Mapping(int line, Map<String, ConfigNode> entries) {
            super(line);
            this.entries = entries;
        }

        @Override
        String kind() {
            return "a mapping";
        }
    }

    /** A sequence of values. */
    static final class Sequence extends ConfigNode {
        final List<ConfigNode> items;

        Sequence(int line, List<ConfigNode> items) {
            super(line);
            this.items = items;
        }

        @Override
        String kind() {
            return "a list";
        }
    }

    /** A scalar: its text, and whether it was written as a string, number, boolean or null. */
    static final class Scalar extends ConfigNode {
        final String text;
        final JsonToken token;

        Scalar(int line, String text, JsonToken token) {
            super(line);
            this.text = text;
            this.token = token;
        }

        boolean isNull() {
            return token == JsonToken.VALUE_NULL;
        }

        @Override
        String kind() {
            switch (token) {
                case VALUE_NULL:
                    return "nothing (null)";
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return "a boolean";
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return "a number";
                default:
                    return "a string";
            }
        }
    }

    /**
     * Reads a whole document: a mapping at the top.
     *
     * @param factory the YAML or JSON factory
     * @param in      the file's bytes
     * @param file    the file, for errors
     */
    static Mapping read(JsonFactory factory, InputStream in, Path file) throws IOException {
        try (JsonParser parser = factory.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ConfigurationException(file, "the configuration is empty",
                        null);
            }
            ConfigNode root = value(parser, file);
            if (!(root instanceof Mapping)) {
                throw new ConfigurationException(file, "line " + root.line
                        + ": expected a mapping of settings at the top but was " + root.kind(),
                        null);
            }
            if (parser.nextToken() != null) {
                throw new ConfigurationException(file, "line " + line(parser)
                        + ": more than one document", null);
            }
            return (Mapping) root;
        } catch (JsonParseException malformed) {
            throw new ConfigurationException(file, "line "
                    + malformed.getLocation().getLineNr() + ": not valid "
                    + (factory.getFormatName().equals("JSON") ? "JSON" : "YAML") + ": "
                    + malformed.getOriginalMessage().lines().findFirst().orElse(""), malformed);
        }
    }

    private static ConfigNode value(JsonParser parser, Path file) throws IOException {
        int line = line(parser);
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, ConfigNode> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyLine = line(parser);
                parser.nextToken();
                ConfigNode child = value(parser, file);
                if (entries.put(key, child) != null) {
                    throw new ConfigurationException(file, "line " + keyLine + ": key '"
                            + key + "' appears twice", null);
                }
            }
            return new Mapping(line, entries);
        }
        if (token == JsonToken.START_ARRAY) {
            List<ConfigNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(value(parser, file));
            }
            return new Sequence(line, items);
        }
        return new Scalar(line, token == JsonToken.VALUE_NULL ? null : parser.getText(), token);
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
