package io.customer360.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.customer360.Customer360;
import io.customer360.error.ConfigurationException;
import io.customer360.error.Customer360Exception;
import io.customer360.io.read.DelimitedFileInput;
import io.customer360.io.read.JsonLinesFileInput;
import io.customer360.io.write.JsonLinesRejectFormat;
import io.customer360.io.write.JsonReportFormat;
import io.customer360.io.write.ParquetTableFormat;
import io.customer360.io.write.RejectedTransactionsLogFormat;
import io.customer360.model.Source;
import io.customer360.read.DateOrder;
import io.customer360.read.StatusVocabulary;
import io.customer360.read.SourceInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Reads a configuration file (YAML, or JSON) into a {@link Customer360.Builder}: every key maps
 * onto one builder setting or input option, so that a configuration and the code that builds
 * the same pipeline stay interchangeable. The README documents every key; the JSON Schema
 * {@code customer360-config.schema.json} in this jar describes them for editors.
 *
 * <pre>{@code
 * RunReport report = Customer360Config.load(Path.of("customer360.yaml")).build().run();
 * }</pre>
 */
public final class Customer360Config {
    /** The keys of the top level. */
    static final Set<String> TOP_KEYS = Set.of("time_zone", "date_order", "output",
            "work_directory", "threads", "charset", "table_compression", "inputs");
    /** The sources under {@code inputs}, by key. */
    static final Map<String, Source> SOURCES = Map.of("leads", Source.LEADS,
            "transactions", Source.TRANSACTIONS, "web_activity", Source.WEB_ACTIVITY,
            "identity_map", Source.IDENTITY_MAP);
    /** The keys of one input. */
    static final Set<String> INPUT_KEYS = Set.of("path", "format", "delimiter", "quote",
            "escape", "charset", "null_tokens", "column_list", "columns", "fields", "statuses",
            "timestamp_patterns", "time_zone");
    /** The keys only a delimited input takes. */
    private static final List<String> DELIMITED_KEYS = List.of("delimiter", "quote", "escape",
            "column_list");

    private Customer360Config() {
    }

    /**
     * A builder configured by {@code file}; relative paths in it are relative to the file's
     * folder. Add validators, aggregators or other settings before {@code build()}.
     *
     * @param file a YAML or JSON configuration file ({@code .json} is read as JSON)
     * @return the configured builder
     * @throws ConfigurationException naming the file, line and key of an unknown key, a value
     *     of the wrong type or an impossible value, or when the file cannot be read
     */
    public static Customer360.Builder load(Path file) {
        return load(file, null);
    }

    /**
     * A builder configured by {@code file}, with relative input paths resolved against
     * {@code inputDirectory} instead of the file's folder (the command line's {@code IN}).
     *
     * @param file           a YAML or JSON configuration file
     * @param inputDirectory the folder relative input paths start from, or null for the
     *     configuration file's folder
     * @return the configured builder
     * @throws ConfigurationException naming the file, line and key at fault
     */
    public static Customer360.Builder load(Path file, Path inputDirectory) {
        ConfigNode.Mapping root = parse(file);
        Path folder = file.toAbsolutePath().getParent();
        return new Binding(new ConfigReader(file), folder,
                inputDirectory == null ? folder : inputDirectory).bind(root);
    }

    private static ConfigNode.Mapping parse(Path file) {
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        JsonFactory factory = json ? new JsonFactory() : new YAMLFactory();
        try (InputStream in = Files.newInputStream(file)) {
            return ConfigNode.read(factory, in, file);
        } catch (IOException failure) {
            throw new ConfigurationException(file, "cannot read the configuration: "
                    + Customer360Exception.reasonOf(failure), failure);
        }
    }

    /** One configuration being applied to a new builder. */
    private static final class Binding {
        private final ConfigReader reader;
        private final Path folder;
        private final Path inputFolder;
        private final Customer360.Builder builder = Customer360.builder();

        Binding(ConfigReader reader, Path folder, Path inputFolder) {
            this.reader = reader;
            this.folder = folder;
            this.inputFolder = inputFolder;
        }

        Customer360.Builder bind(ConfigNode.Mapping root) {
            reader.onlyKeys(root, "", TOP_KEYS);
            builder.rejectsFormat(new JsonLinesRejectFormat())
                    .rejectedTransactionsFormat(new RejectedTransactionsLogFormat())
                    .reportFormat(new JsonReportFormat())
                    .tableFormat(ParquetTableFormat.snappy());
            for (var entry : root.entries.entrySet()) {
                String key = entry.getKey();
                ConfigNode value = entry.getValue();
                switch (key) {
                    case "time_zone" -> builder.timeZone(zone(value, key));
                    case "date_order" -> builder.dateOrder(
                            reader.choice(value, key, List.of("month_first", "day_first"))
                                    .equals("day_first") ? DateOrder.DAY_FIRST
                                    : DateOrder.MONTH_FIRST);
                    case "output" -> builder.outputDirectory(reader.path(value, key, folder));
                    case "work_directory" -> builder.workDirectory(
                            reader.path(value, key, folder));
                    case "threads" -> builder.threads(reader.positiveInt(value, key));
                    case "charset" -> builder.charset(charset(value, key));
                    case "table_compression" -> builder.tableFormat(
                            ParquetTableFormat.withCompression(CompressionCodecName.valueOf(
                                    reader.choice(value, key, List.of("uncompressed", "snappy",
                                            "gzip", "zstd", "lz4_raw"))
                                            .toUpperCase(Locale.ROOT))));
                    case "inputs" -> inputs(reader.mapping(value, key));
                    default -> throw new IllegalStateException("unhandled key " + key);
                }
            }
            if (!root.entries.containsKey("inputs")) {
                throw reader.error(root, "inputs", "missing; configure at least one of "
                        + String.join(", ", SOURCES.keySet().stream().sorted().toList()));
            }
            return builder;
        }

        private void inputs(ConfigNode.Mapping inputs) {
            reader.onlyKeys(inputs, "inputs.", SOURCES.keySet());
            if (inputs.entries.isEmpty()) {
                throw reader.error(inputs, "inputs", "configure at least one of "
                        + String.join(", ", SOURCES.keySet().stream().sorted().toList()));
            }
            for (var entry : inputs.entries.entrySet()) {
                Source source = SOURCES.get(entry.getKey());
                String prefix = "inputs." + entry.getKey();
                SourceInput input = input(source, reader.mapping(entry.getValue(), prefix),
                        prefix);
                switch (source) {
                    case LEADS -> builder.leads(input);
                    case TRANSACTIONS -> builder.transactions(input);
                    case WEB_ACTIVITY -> builder.webActivity(input);
                    case IDENTITY_MAP -> builder.identityMap(input);
                    default -> throw new IllegalStateException("unknown source " + source);
                }
            }
        }

        private SourceInput input(Source source, ConfigNode.Mapping settings, String prefix) {
            reader.onlyKeys(settings, prefix + ".", INPUT_KEYS);
            names(source, settings, prefix);
            ConfigNode statusNode = settings.entries.get("statuses");
            if (statusNode != null) {
                if (source != Source.TRANSACTIONS) {
                    throw reader.error(statusNode, prefix + ".statuses",
                            "only transactions have statuses");
                }
                builder.statuses(statuses(reader.mapping(statusNode, prefix + ".statuses"),
                        prefix + ".statuses"));
            }
            ConfigNode patterns = settings.entries.get("timestamp_patterns");
            if (patterns != null) {
                String key = prefix + ".timestamp_patterns";
                List<String> list = reader.strings(patterns, key);
                refusedAt(patterns, key, () -> builder.timestampPatterns(source,
                        list.toArray(String[]::new)));
            }
            ConfigNode zoneNode = settings.entries.get("time_zone");
            if (zoneNode != null) {
                ZoneId zone = zone(zoneNode, prefix + ".time_zone");
                refusedAt(zoneNode, prefix + ".time_zone", () -> builder.timeZone(source, zone));
            }
            ConfigNode pathNode = settings.entries.get("path");
            if (pathNode == null) {
                throw reader.error(settings, prefix + ".path", "missing; every input needs a"
                        + " path");
            }
            Path path = reader.path(pathNode, prefix + ".path", inputFolder);
            String format = source == Source.WEB_ACTIVITY ? "json" : "delimited";
            ConfigNode formatNode = settings.entries.get("format");
            if (formatNode != null) {
                format = reader.choice(formatNode, prefix + ".format",
                        List.of("delimited", "json"));
            }
            Charset charset = settings.entries.containsKey("charset")
                    ? charset(settings.entries.get("charset"), prefix + ".charset") : null;
            String[] nullTokens = settings.entries.containsKey("null_tokens")
                    ? reader.strings(settings.entries.get("null_tokens"), prefix + ".null_tokens")
                            .toArray(String[]::new) : null;
            if (format.equals("json")) {
                for (String key : DELIMITED_KEYS) {
                    if (settings.entries.containsKey(key)) {
                        throw reader.error(settings.entries.get(key), prefix + "." + key,
                                "a JSON input has no " + key.replace('_', ' '));
                    }
                }
                JsonLinesFileInput json = JsonLinesFileInput.of(path);
                json = charset == null ? json : refused(settings, prefix + ".charset", json,
                        json::withCharset, charset);
                return nullTokens == null ? json : refused(settings, prefix + ".null_tokens",
                        json, json::withNullTokens, nullTokens);
            }
            ConfigNode delimiterNode = settings.entries.get("delimiter");
            char delimiter = delimiterNode != null
                    ? reader.character(delimiterNode, prefix + ".delimiter")
                    : source == Source.TRANSACTIONS ? '|' : ',';
            DelimitedFileInput input = refused(settings, prefix + ".delimiter", null,
                    unused -> DelimitedFileInput.of(path, delimiter), null);
            ConfigNode quote = settings.entries.get("quote");
            if (quote != null) {
                input = isFalse(quote) ? input.withoutQuote() : refused(settings, prefix + ".quote",
                        input, input::withQuote, reader.character(quote, prefix + ".quote"));
            }
            ConfigNode escape = settings.entries.get("escape");
            if (escape != null) {
                input = isFalse(escape) ? input.withoutEscape() : refused(settings,
                        prefix + ".escape", input, input::withEscape,
                        reader.character(escape, prefix + ".escape"));
            }
            if (charset != null) {
                input = input.withCharset(charset);
            }
            if (nullTokens != null) {
                input = refused(settings, prefix + ".null_tokens", input, input::withNullTokens,
                        nullTokens);
            }
            ConfigNode columnList = settings.entries.get("column_list");
            if (columnList != null) {
                String key = prefix + ".column_list";
                input = refused(settings, key, input, input::withColumns,
                        reader.strings(columnList, key).toArray(String[]::new));
            }
            return input;
        }

        /** Whether a node is {@code false}: "none" for a quote or escape character. */
        private static boolean isFalse(ConfigNode node) {
            return node instanceof ConfigNode.Scalar scalar
                    && scalar.token == com.fasterxml.jackson.core.JsonToken.VALUE_FALSE;
        }

        /**
         * Applies an input option; its refusal is reported at the option's line and key (the
         * input's, when the option's node is absent).
         */
        private <I, V> I refused(ConfigNode.Mapping settings, String key, I input,
                java.util.function.Function<V, I> option, V value) {
            try {
                return option.apply(value);
            } catch (ConfigurationException refusal) {
                String last = key.substring(key.lastIndexOf('.') + 1);
                ConfigNode at = settings.entries.getOrDefault(last, settings);
                throw reader.error(at, key, refusal.getMessage());
            }
        }

        /**
         * The column (or JSON field) names of {@code columns} or {@code fields}: field to one
         * name or a list of names, the first preferred.
         */
        private void names(Source source, ConfigNode.Mapping settings, String prefix) {
            ConfigNode columns = settings.entries.get("columns");
            ConfigNode fields = settings.entries.get("fields");
            if (columns != null && fields != null) {
                throw reader.error(fields, prefix + ".fields", "give the names under columns or"
                        + " under fields, not both");
            }
            ConfigNode names = columns != null ? columns : fields;
            if (names == null) {
                return;
            }
            String key = prefix + (columns != null ? ".columns" : ".fields");
            for (var entry : reader.mapping(names, key).entries.entrySet()) {
                String fieldKey = key + "." + entry.getKey();
                List<String> list = reader.strings(entry.getValue(), fieldKey);
                refusedAt(entry.getValue(), fieldKey, () -> builder.columnNames(source,
                        entry.getKey(), list.toArray(String[]::new)));
            }
        }

        private StatusVocabulary statuses(ConfigNode.Mapping statuses, String key) {
            StatusVocabulary.Builder vocabulary = StatusVocabulary.builder();
            for (var entry : statuses.entries.entrySet()) {
                String statusKey = key + "." + entry.getKey();
                List<String> words = reader.strings(entry.getValue(), statusKey);
                refusedAt(entry.getValue(), statusKey, () -> vocabulary.status(entry.getKey(),
                        words.toArray(String[]::new)));
            }
            try {
                return vocabulary.build();
            } catch (ConfigurationException refused) {
                throw reader.error(statuses, key, refused.getMessage());
            }
        }

        /** Runs a builder call; its refusal is reported at the node's line and key. */
        private void refusedAt(ConfigNode node, String key, Runnable call) {
            try {
                call.run();
            } catch (ConfigurationException refused) {
                throw reader.error(node, key, refused.getMessage());
            }
        }

        private ZoneId zone(ConfigNode node, String key) {
            String text = reader.string(node, key);
            try {
                return ZoneId.of(text.strip());
            } catch (DateTimeException unknown) {
                throw reader.error(node, key, "not a time zone: '" + text + "' (use a region"
                        + " such as Europe/Berlin, or an offset such as +01:00)");
            }
        }

        private Charset charset(ConfigNode node, String key) {
            String text = reader.string(node, key);
            try {
                return Charset.forName(text.strip());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
                throw reader.error(node, key, "not a charset this JVM supports: '" + text + "'");
            }
        }
    }
}
