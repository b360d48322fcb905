package io.customer360.config;

import io.customer360.Customer360;
import io.customer360.error.ConfigurationException;
import io.customer360.io.read.DelimitedFileInput;
import io.customer360.io.read.JsonLinesFileInput;
import io.customer360.model.Source;
import io.customer360.read.SourceInput;
import io.customer360.read.StatusVocabulary;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One input of a configuration ({@code inputs.<source>}): its keys become a {@link SourceInput}
 * (a delimited or JSON file input with its options) and the source's builder settings (column
 * names, statuses, timestamp patterns, time zone).
 */
final class InputBinding {
    /** The keys of one input. */
    static final Set<String> KEYS = Set.of("path", "format", "delimiter", "quote", "escape",
            "charset", "null_tokens", "column_list", "columns", "fields", "statuses",
            "timestamp_patterns", "time_zone");
    /** The keys only a delimited input takes. */
    private static final List<String> DELIMITED_KEYS = List.of("delimiter", "quote", "escape",
            "column_list");

    private final ConfigReader reader;
    private final Customer360.Builder builder;
    private final Path inputFolder;

    /**
     * @param reader      reads the configuration's values
     * @param builder     receives the source's settings
     * @param inputFolder where relative input paths start
     */
    InputBinding(ConfigReader reader, Customer360.Builder builder, Path inputFolder) {
        this.reader = reader;
        this.builder = builder;
        this.inputFolder = inputFolder;
    }

    /** Sets the input's builder settings and returns the input its keys describe. */
    SourceInput bind(Source source, ConfigNode.Mapping settings, String prefix) {
        reader.onlyKeys(settings, prefix + ".", KEYS);
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
            reader.refusedAt(patterns, key, () -> builder.timestampPatterns(source,
                    list.toArray(String[]::new)));
        }
        ConfigNode zoneNode = settings.entries.get("time_zone");
        if (zoneNode != null) {
            ZoneId zone = reader.zone(zoneNode, prefix + ".time_zone");
            reader.refusedAt(zoneNode, prefix + ".time_zone", () -> builder.timeZone(source, zone));
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
                ? reader.charset(settings.entries.get("charset"), prefix + ".charset") : null;
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
            input = ConfigReader.isFalse(quote) ? input.withoutQuote()
                    : refused(settings, prefix + ".quote", input, input::withQuote,
                            reader.character(quote, prefix + ".quote"));
        }
        ConfigNode escape = settings.entries.get("escape");
        if (escape != null) {
            input = ConfigReader.isFalse(escape) ? input.withoutEscape() : refused(settings,
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

    /**
     * Applies an input option; its refusal is reported at the option's line and key (the
     * input's, when the option's node is absent).
     */
    private <I, V> I refused(ConfigNode.Mapping settings, String key, I input,
            Function<V, I> option, V value) {
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
            reader.refusedAt(entry.getValue(), fieldKey, () -> builder.columnNames(source,
                    entry.getKey(), list.toArray(String[]::new)));
        }
    }

    private StatusVocabulary statuses(ConfigNode.Mapping statuses, String key) {
        StatusVocabulary.Builder vocabulary = StatusVocabulary.builder();
        for (var entry : statuses.entries.entrySet()) {
            String statusKey = key + "." + entry.getKey();
            List<String> words = reader.strings(entry.getValue(), statusKey);
            reader.refusedAt(entry.getValue(), statusKey, () -> vocabulary.status(entry.getKey(),
                    words.toArray(String[]::new)));
        }
        try {
            return vocabulary.build();
        } catch (ConfigurationException refused) {
            throw reader.error(statuses, key, refused.getMessage());
        }
    }
}
