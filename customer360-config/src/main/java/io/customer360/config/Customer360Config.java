package io.customer360.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.customer360.Customer360;
import io.customer360.error.ConfigurationException;
import io.customer360.error.Customer360Exception;
import io.customer360.identity.IdentifierBlocklist;
import io.customer360.io.write.HtmlReportFormat;
import io.customer360.io.write.JsonLinesRejectFormat;
import io.customer360.io.write.JsonReportFormat;
import io.customer360.io.write.ParquetTableFormat;
import io.customer360.io.write.RejectedTransactionsLogFormat;
import io.customer360.model.Source;
import io.customer360.output.TableFormat;
import io.customer360.read.DateOrder;
import io.customer360.read.SourceInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
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
            "work_directory", "threads", "charset", "table_compression", "inputs",
            "quality_gates", "identity");
    /** The sources under {@code inputs}, by key. */
    static final Map<String, Source> SOURCES = Map.of("leads", Source.LEADS,
            "transactions", Source.TRANSACTIONS, "web_activity", Source.WEB_ACTIVITY,
            "identity_map", Source.IDENTITY_MAP);
    /** The keys of one input. */
    static final Set<String> INPUT_KEYS = InputBinding.KEYS;
    /** The run-wide key under {@code quality_gates}; the others are sources. */
    static final String ANONYMOUS_SHARE = "max_anonymous_share";
    /** The keys under {@code quality_gates}: the sources and the run-wide gate. */
    static final Set<String> QUALITY_GATES_KEYS = Set.of("leads", "transactions",
            "web_activity", "identity_map", ANONYMOUS_SHARE);
    /** The keys under {@code identity}. */
    static final Set<String> IDENTITY_KEYS = Set.of("blocklist", "max_links_per_identifier",
            "max_identifiers_per_customer", "explanations");
    /** The keys of one source's gates under {@code quality_gates}. */
    static final Set<String> SOURCE_GATE_KEYS = Set.of("max_reject_rate", "min_accepted");

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

    /**
     * The {@code path} of each input that {@code file} configures, exactly as written (not
     * resolved against any folder), by source in {@link Source} order: for a caller that
     * resolves relative input paths itself, such as the Spark command line, whose input folder
     * may be a Hadoop URI ({@code s3a://bucket/in}) rather than a local path. The file is checked
     * as {@link #load(Path)} checks it.
     *
     * @param file a YAML or JSON configuration file
     * @return the configured sources and their paths as written; unmodifiable
     * @throws ConfigurationException naming the file, line and key at fault
     */
    public static Map<Source, String> inputPaths(Path file) {
        ConfigNode.Mapping root = parse(file);
        Path folder = file.toAbsolutePath().getParent();
        Binding binding = new Binding(new ConfigReader(file), folder, folder);
        binding.bind(root);
        return Collections.unmodifiableMap(new EnumMap<>(binding.paths));
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
        /** Each configured input's {@code path}, as written. */
        private final Map<Source, String> paths = new EnumMap<>(Source.class);

        /** Whether {@code customer_links.parquet} is written: {@code identity.explanations}. */
        private boolean explanations = true;

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
                    .reportPageFormat(new HtmlReportFormat());
            TableFormat tableFormat = ParquetTableFormat.snappy();
            for (var entry : root.entries.entrySet()) {
                String key = entry.getKey();
                ConfigNode value = entry.getValue();
                switch (key) {
                    case "time_zone" -> builder.timeZone(reader.zone(value, key));
                    case "date_order" -> builder.dateOrder(
                            reader.choice(value, key, List.of("month_first", "day_first"))
                                    .equals("day_first") ? DateOrder.DAY_FIRST
                                    : DateOrder.MONTH_FIRST);
                    case "output" -> builder.outputDirectory(reader.path(value, key, folder));
                    case "work_directory" -> builder.workDirectory(
                            reader.path(value, key, folder));
                    case "threads" -> builder.threads(reader.positiveInt(value, key));
                    case "charset" -> builder.charset(reader.charset(value, key));
                    case "table_compression" -> tableFormat =
                            ParquetTableFormat.withCompression(CompressionCodecName.valueOf(
                                    reader.choice(value, key, List.of("uncompressed", "snappy",
                                            "gzip", "zstd", "lz4_raw"))
                                            .toUpperCase(Locale.ROOT)));
                    case "inputs" -> inputs(reader.mapping(value, key));
                    case "quality_gates" -> qualityGates(reader.mapping(value, key));
                    case "identity" -> identity(reader.mapping(value, key));
                    default -> throw new IllegalStateException("unhandled key " + key);
                }
            }
            builder.tableFormat(tableFormat);
            if (explanations) {
                builder.customerLinksFormat(tableFormat);
            }
            if (!root.entries.containsKey("inputs")) {
                throw reader.error(root, "inputs", "missing; configure at least one of "
                        + String.join(", ", SOURCES.keySet().stream().sorted().toList()));
            }
            return builder;
        }

        private void identity(ConfigNode.Mapping identity) {
            reader.onlyKeys(identity, "identity.", IDENTITY_KEYS);
            ConfigNode blocklist = identity.entries.get("blocklist");
            if (blocklist instanceof ConfigNode.Sequence list && list.items.isEmpty()) {
                builder.identityBlocklist(IdentifierBlocklist.NONE);
            } else if (blocklist != null) {
                List<String> entries = reader.strings(blocklist, "identity.blocklist");
                try {
                    builder.identityBlocklist(IdentifierBlocklist.of(entries));
                } catch (IllegalArgumentException refused) {
                    throw reader.error(blocklist, "identity.blocklist", refused.getMessage());
                }
            }
            ConfigNode maxLinks = identity.entries.get("max_links_per_identifier");
            if (maxLinks != null) {
                String key = "identity.max_links_per_identifier";
                builder.maxLinksPerIdentifier(reader.nonNegativeInt(maxLinks, key));
            }
            ConfigNode maxIdentifiers = identity.entries.get("max_identifiers_per_customer");
            if (maxIdentifiers != null) {
                String key = "identity.max_identifiers_per_customer";
                int identifiers = reader.nonNegativeInt(maxIdentifiers, key);
                if (identifiers == 1) {
                    throw reader.error(maxIdentifiers, key,
                            "expected 0 (no limit) or 2 or more but was 1");
                }
                builder.maxIdentifiersPerCustomer(identifiers);
            }
            ConfigNode explain = identity.entries.get("explanations");
            if (explain != null) {
                explanations = reader.bool(explain, "identity.explanations");
            }
        }

        private void qualityGates(ConfigNode.Mapping gates) {
            reader.onlyKeys(gates, "quality_gates.", QUALITY_GATES_KEYS);
            for (var entry : gates.entries.entrySet()) {
                String key = "quality_gates." + entry.getKey();
                if (entry.getKey().equals(ANONYMOUS_SHARE)) {
                    builder.maxAnonymousShare(reader.share(entry.getValue(), key));
                    continue;
                }
                Source source = SOURCES.get(entry.getKey());
                ConfigNode.Mapping sourceGates = reader.mapping(entry.getValue(), key);
                reader.onlyKeys(sourceGates, key + ".", SOURCE_GATE_KEYS);
                for (var gate : sourceGates.entries.entrySet()) {
                    String gateKey = key + "." + gate.getKey();
                    if (gate.getKey().equals("max_reject_rate")) {
                        builder.maxRejectRate(source, reader.share(gate.getValue(), gateKey));
                    } else {
                        builder.minAccepted(source,
                                reader.nonNegativeLong(gate.getValue(), gateKey));
                    }
                }
            }
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
                ConfigNode.Mapping settings = reader.mapping(entry.getValue(), prefix);
                SourceInput input = new InputBinding(reader, builder, inputFolder)
                        .bind(source, settings, prefix);
                paths.put(source, reader.string(settings.entries.get("path"), prefix + ".path"));
                switch (source) {
                    case LEADS -> builder.leads(input);
                    case TRANSACTIONS -> builder.transactions(input);
                    case WEB_ACTIVITY -> builder.webActivity(input);
                    case IDENTITY_MAP -> builder.identityMap(input);
                    default -> throw new IllegalStateException("unknown source " + source);
                }
            }
        }
    }
}
