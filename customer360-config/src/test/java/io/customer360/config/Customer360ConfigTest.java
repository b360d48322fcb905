package io.customer360.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import io.customer360.Customer360;
import io.customer360.engine.BuilderSettings;
import io.customer360.engine.RunSettings;
import io.customer360.error.ConfigurationException;
import io.customer360.error.QualityGateException;
import io.customer360.identity.IdentifierBlocklist;
import io.customer360.io.write.HtmlReportFormat;
import io.customer360.io.write.JsonReportFormat;
import io.customer360.io.write.ParquetTableFormat;
import io.customer360.model.Source;
import io.customer360.report.GateResult;
import io.customer360.report.RunReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Customer360ConfigTest {
    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private void sampleInputs(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("leads.csv"),
                "lead_id,full_name,email,phone,lead_source,creation_date,user_uuid\n"
                + "L1,ada lovelace,ADA@Example.com,,web,2024-01-02,"
                + "11111111-1111-4111-8111-111111111111\n"
                + "L2,bob,not-an-email,,web,2024-01-03,\n");
        Files.writeString(directory.resolve("tx.tsv"),
                "transaction_id\tuser_uuid\tamount\tstatus\ttransaction_date\n"
                + "T1\t11111111-1111-4111-8111-111111111111\t10.50\tcompleted\t2024-01-05\n"
                + "T2\t11111111-1111-4111-8111-111111111111\t-1\tcompleted\t2024-01-06\n");
    }

    @Test
    void aYamlConfigurationBuildsThePipelineItDescribes() throws IOException {
        sampleInputs(folder.resolve("exports"));
        Path config = write("customer360.yaml", """
                # the pipeline of one export
                time_zone: Europe/Berlin
                date_order: day_first
                output: out
                threads: 1
                inputs:
                  leads:
                    path: exports/leads.csv
                  transactions:
                    path: exports/tx.tsv
                    delimiter: "\\t"
                """);

        RunReport report = Customer360Config.load(config).build().run();

        assertThat(report.identity().customers()).isEqualTo(1);
        assertThat(report.sources()).hasSize(2);
        assertThat(report.sources().values()).allSatisfy(
                source -> assertThat(source.read()).isEqualTo(2));
        assertThat(folder.resolve("out").resolve("customer_360.parquet")).exists();
        assertThat(folder.resolve("out").resolve("run_report.json")).exists();
        assertThat(folder.resolve("out").resolve("run_report.html")).exists();
    }

    @Test
    void theSameConfigurationInJsonGivesTheSameRun() throws IOException {
        sampleInputs(folder.resolve("exports"));
        Path config = write("customer360.json", """
                {"output": "out", "inputs": {"leads": {"path": "exports/leads.csv"},
                 "transactions": {"path": "exports/tx.tsv", "delimiter": "\\t"}}}
                """);

        RunReport report = Customer360Config.load(config).build().run();

        assertThat(report.identity().customers()).isEqualTo(1);
    }

    @Test
    void relativeInputPathsStartAtTheGivenInputFolderWhenThereIsOne() throws IOException {
        sampleInputs(folder.resolve("elsewhere").resolve("exports"));
        Path config = write("c.yaml", """
                inputs:
                  leads: { path: exports/leads.csv }
                """);

        RunReport report = Customer360Config.load(config, folder.resolve("elsewhere"))
                .outputDirectory(folder.resolve("out2")).build().run();

        assertThat(report.identity().customers()).isEqualTo(1);
    }

    @Test
    void inputPathsGivesEachConfiguredSourcesPathAsWritten() throws IOException {
        Path config = write("c.yaml", """
                output: out
                inputs:
                  web_activity: { path: /data/web.jsonl }
                  leads: { path: ../exports/leads.csv }
                """);

        assertThat(Customer360Config.inputPaths(config)).containsExactly(
                Map.entry(Source.LEADS, "../exports/leads.csv"),
                Map.entry(Source.WEB_ACTIVITY, "/data/web.jsonl"));
    }

    @Test
    void inputPathsChecksTheFileAsLoadDoes() throws IOException {
        Path config = write("c.yaml", "inputs:\n  leads: { path: l.csv, delimiter: ';;' }\n");

        assertThatThrownBy(() -> Customer360Config.inputPaths(config))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("line 2: inputs.leads.delimiter");
    }

    @Test
    void inputOptionsReadAHeaderlessSemicolonFileWithNullTokensAndAGzipFolderOfParts()
            throws IOException {
        Path exports = folder.resolve("exports");
        Files.createDirectories(exports.resolve("tx"));
        Files.writeString(exports.resolve("leads.txt"),
                "L1;'ada, lovelace';ADA@Example.com;NULL;web;2024-01-02;"
                + "11111111-1111-4111-8111-111111111111\n"
                + "L2;bob;bob@example.com;NULL;NULL;2024-01-03;NULL\n");
        for (int part = 1; part <= 2; part++) {
            try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(
                    exports.resolve("tx").resolve("part-" + part)))) {
                out.write(("transaction_id\tuser_uuid\tamount\tstatus\n"
                        + "T" + part + "\t11111111-1111-4111-8111-111111111111\t" + part
                        + "\tcompleted\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        Path config = write("c.yaml", """
                output: out
                inputs:
                  leads:
                    path: exports/leads.txt
                    delimiter: ";"
                    quote: "'"
                    null_tokens: ["NULL"]
                    column_list: [lead_id, full_name, email, phone, lead_source,
                                  creation_date, user_uuid]
                  transactions:
                    path: exports/tx
                    delimiter: "\\t"
                """);

        RunReport report = Customer360Config.load(config).build().run();

        assertThat(report.sources().get(io.customer360.model.Source.LEADS).rejected()).isZero();
        assertThat(report.sources().get(io.customer360.model.Source.LEADS).read()).isEqualTo(2);
        assertThat(report.sources().get(io.customer360.model.Source.TRANSACTIONS).accepted())
                .isEqualTo(2);
        assertThat(report.sources().get(io.customer360.model.Source.TRANSACTIONS).files())
                .hasSize(2);
        assertThat(report.identity().customers()).isEqualTo(2);
    }

    @Test
    void anUnknownKeyFailsWithTheFileLineAndKey() throws IOException {
        Path config = write("c.yaml", """
                time_zone: UTC
                inputs:
                  leads:
                    path: leads.csv
                    delimeter: ";"
                """);

        assertThatThrownBy(() -> Customer360Config.load(config))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(config + ": line 5: inputs.leads.delimeter: unknown key")
                .hasMessageContaining("delimiter");
    }

    @Test
    void wrongTypesAndImpossibleValuesFailWithTheFileLineAndKey() throws IOException {
        assertFails("threads: many\ninputs: { leads: { path: l.csv } }\n",
                "line 1: threads: expected a whole number but was a string");
        assertFails("threads: 0\ninputs: { leads: { path: l.csv } }\n",
                "line 1: threads: expected a whole number of 1 or more but was 0");
        assertFails("time_zone: Mars/Olympus\ninputs: { leads: { path: l.csv } }\n",
                "line 1: time_zone: not a time zone: 'Mars/Olympus'");
        assertFails("date_order: sideways\ninputs: { leads: { path: l.csv } }\n",
                "line 1: date_order: expected one of month_first, day_first");
        assertFails("inputs:\n  leads:\n    path: l.csv\n    delimiter: ';;'\n",
                "line 4: inputs.leads.delimiter: expected one character but was 2 characters");
        assertFails("inputs:\n  web_activity:\n    path: w.json\n    delimiter: ';'\n",
                "line 4: inputs.web_activity.delimiter: a JSON input has no delimiter");
        assertFails("inputs:\n  leads: {}\n", "line 2: inputs.leads.path: missing");
        assertFails("output: out\n", "inputs: missing");
        assertFails("inputs:\n  orders: { path: o.csv }\n",
                "line 2: inputs.orders: unknown key; expected one of identity_map, leads,");
        assertFails("threads: 1\nthreads: 2\ninputs: { leads: { path: l.csv } }\n",
                "line 2: key 'threads' appears twice");
        assertFails("inputs: [leads]\n", "line 1: inputs: expected a mapping but was a list");
        assertFails("inputs:\n  leads: { path: [a, b }\n", "not valid YAML");
        assertFails("inputs:\n  leads:\n    path: l.csv\n    statuses: { completed: [paid] }\n",
                "line 4: inputs.leads.statuses: only transactions have statuses");
        assertFails("inputs:\n  leads:\n    path: l.csv\n    columns:\n      e_mail: Mail\n",
                "line 5: inputs.leads.columns.e_mail: ");
        assertFails("inputs:\n  leads:\n    path: l.csv\n    columns: { email: M }\n"
                + "    fields: { email: N }\n", "line 5: inputs.leads.fields: give the names");
        assertFails("inputs:\n  transactions:\n    path: t.txt\n    statuses:\n"
                + "      Charge-Back: [cb]\n", "line 5: inputs.transactions.statuses.Charge-Back");
        assertFails("inputs:\n  transactions:\n    path: t.txt\n"
                + "    timestamp_patterns: [\"dd.MM.yyyy {\"]\n",
                "line 4: inputs.transactions.timestamp_patterns");
        assertFails("inputs:\n  identity_map:\n    path: i.csv\n    time_zone: UTC\n",
                "line 4: inputs.identity_map.time_zone");
        assertFails("inputs:\n  leads:\n    path: l.csv\n    quote: \",\"\n",
                "line 4: inputs.leads.quote: ");
        assertFails("inputs:\n  web_activity:\n    path: w.json\n    column_list: [a]\n",
                "line 4: inputs.web_activity.column_list: a JSON input has no column list");
        assertFails("inputs:\n  leads:\n    path: l.csv\n    null_tokens: [\" \"]\n",
                "line 4: inputs.leads.null_tokens: ");
    }

    @Test
    void badQualityGatesFailWithTheFileLineAndKey() throws IOException {
        String inputs = "inputs: { leads: { path: l.csv } }\n";
        assertFails(inputs + "quality_gates:\n  transactions: { max_reject_rate: 1.5 }\n",
                "line 3: quality_gates.transactions.max_reject_rate: expected a number from 0"
                + " to 1 but was 1.5");
        assertFails(inputs + "quality_gates:\n  leads: { max_reject_rate: -0.1 }\n",
                "line 3: quality_gates.leads.max_reject_rate: expected a number from 0 to 1");
        assertFails(inputs + "quality_gates:\n  leads: { max_reject_rate: lots }\n",
                "line 3: quality_gates.leads.max_reject_rate: expected a number from 0 to 1"
                + " but was a string");
        assertFails(inputs + "quality_gates:\n  leads: { min_accepted: -1 }\n",
                "line 3: quality_gates.leads.min_accepted: expected a whole number of 0 or more"
                + " but was -1");
        assertFails(inputs + "quality_gates:\n  leads: { min_accepted: 1.5 }\n",
                "line 3: quality_gates.leads.min_accepted: expected a whole number but was a"
                + " number");
        assertFails(inputs + "quality_gates:\n  leads:\n    max_rejects: 0.1\n",
                "line 4: quality_gates.leads.max_rejects: unknown key; expected one of"
                + " max_reject_rate, min_accepted");
        assertFails(inputs + "quality_gates:\n  orders: { min_accepted: 1 }\n",
                "line 3: quality_gates.orders: unknown key; expected one of identity_map, leads,"
                + " max_anonymous_share, transactions, web_activity");
        assertFails(inputs + "quality_gates:\n  max_anonymous_share: 2\n",
                "line 3: quality_gates.max_anonymous_share: expected a number from 0 to 1 but"
                + " was 2");
        assertFails(inputs + "quality_gates:\n  leads: 0.1\n",
                "line 3: quality_gates.leads: expected a mapping but was a number");
        assertFails(inputs + "quality_gates: [leads]\n",
                "line 2: quality_gates: expected a mapping but was a list");
    }

    @Test
    void qualityGatesInTheFileFailOrPassTheRun() throws IOException {
        sampleInputs(folder.resolve("exports"));
        String pipeline = """
                output: out
                threads: 1
                inputs:
                  leads:
                    path: exports/leads.csv
                  transactions:
                    path: exports/tx.tsv
                    delimiter: "\\t"
                """;
        // each source: 2 read, 1 rejected (rate 0.5), 1 accepted; 1 customer, with a lead
        Path passing = write("pass.yaml", pipeline + """
                quality_gates:
                  transactions: { max_reject_rate: 0.5, min_accepted: 1 }
                  leads: { max_reject_rate: 0.5 }
                  max_anonymous_share: 0
                """);
        RunReport passed = Customer360Config.load(passing).build().run();
        assertThat(passed.gates()).hasSize(4).allMatch(GateResult::passed);
        Path table = folder.resolve("out").resolve("customer_360.parquet");
        byte[] before = Files.readAllBytes(table);
        assertThat(Files.readString(folder.resolve("out").resolve("run_report.json")))
                .contains("\"gates\"", "\"max_anonymous_share\"");

        Path failing = write("fail.yaml", pipeline + """
                quality_gates:
                  transactions: { max_reject_rate: 0.05, min_accepted: 2 }
                  leads: { max_reject_rate: 0.5 }
                """);
        assertThatThrownBy(() -> Customer360Config.load(failing).build().run())
                .isInstanceOf(QualityGateException.class)
                .hasMessageContaining("transactions.max_reject_rate: measured 0.5, threshold"
                        + " 0.05")
                .hasMessageContaining("transactions.min_accepted: measured 1, threshold 2")
                .hasMessageNotContaining("leads.max_reject_rate")
                .satisfies(failure -> assertThat(((QualityGateException) failure).report()
                        .gates()).extracting(GateResult::passed)
                        .containsExactly(true, false, false));
        assertThat(Files.readAllBytes(table)).isEqualTo(before);
        assertThat(Files.readString(folder.resolve("out").resolve("run_report.json")))
                .contains("\"min_accepted\"", "\"passed\": false");
    }

    private void assertFails(String yaml, String message) throws IOException {
        Path config = write("bad.yaml", yaml);
        assertThatThrownBy(() -> Customer360Config.load(config))
                .as(yaml)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(config.toString())
                .hasMessageContaining(message)
                .satisfies(failure -> assertThat(((ConfigurationException) failure).path())
                        .hasValue(config));
    }

    @Test
    void aMissingFileIsAConfigurationErrorNamingIt() {
        Path missing = folder.resolve("nope.yaml");
        assertThatThrownBy(() -> Customer360Config.load(missing))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(missing + ": cannot read the configuration");
    }

    @Test
    void identityBlocklistReplacesTheDefaultListMayBeEmptyAndRefusesBlankEntries() throws IOException {
        Path config = write("blocklist.yaml", "inputs:\n  leads: { path: leads.csv }\n"
                + "identity:\n  blocklist: [\"*@mailinator.com\"]\n");
        RunSettings settings = BuilderSettings.of(
                Customer360Config.load(config));
        assertThat(settings.blocklist().entries()).containsExactly("*@mailinator.com");
        Path empty = write("empty.yaml", "inputs:\n  leads: { path: leads.csv }\n"
                + "identity:\n  blocklist: []\n");
        assertThat(BuilderSettings.of(Customer360Config.load(empty))
                .blocklist().entries()).as("blocklist: [] links every identifier").isEmpty();
        Path none = write("none.yaml", "inputs:\n  leads: { path: leads.csv }\n");
        assertThat(BuilderSettings.of(Customer360Config.load(none))
                .blocklist()).isEqualTo(IdentifierBlocklist.defaults());
        Path blank = write("blank.yaml", "inputs:\n  leads: { path: leads.csv }\n"
                + "identity:\n  blocklist: [\"  \"]\n");
        assertThatThrownBy(() -> Customer360Config.load(blank))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("identity.blocklist");
        Path unknown = write("unknown.yaml", "inputs:\n  leads: { path: leads.csv }\n"
                + "identity:\n  max_links: 3\n");
        assertThatThrownBy(() -> Customer360Config.load(unknown))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("identity.max_links");
    }

    @Test
    void theIdentityGuardsAndExplanationsReachTheSettings() throws IOException {
        Path config = write("guards.yaml", "inputs:\n  leads: { path: leads.csv }\n"
                + "identity:\n  max_links_per_identifier: 7\n"
                + "  max_identifiers_per_customer: 20\n  explanations: true\n");
        RunSettings settings = BuilderSettings.of(Customer360Config.load(config));
        assertThat(settings.maxLinksPerIdentifier()).isEqualTo(7);
        assertThat(settings.maxIdentifiersPerCustomer()).isEqualTo(20);
        assertThat(settings.linksFormat()).isInstanceOf(ParquetTableFormat.class);

        Path off = write("off.yaml", "inputs:\n  leads: { path: leads.csv }\n"
                + "identity:\n  max_links_per_identifier: 0\n"
                + "  max_identifiers_per_customer: 0\n");
        RunSettings unlimited = BuilderSettings.of(Customer360Config.load(off));
        assertThat(unlimited.maxLinksPerIdentifier()).isZero();
        assertThat(unlimited.maxIdentifiersPerCustomer()).isZero();

        Path two = write("two.yaml", "inputs:\n  leads: { path: leads.csv }\n"
                + "identity:\n  max_identifiers_per_customer: 2\n");
        assertThat(BuilderSettings.of(Customer360Config.load(two)).maxIdentifiersPerCustomer())
                .isEqualTo(2);
    }

    @Test
    void withoutIdentityKeysTheGuardsHaveTheirDefaultsAndEveryOutputIsWritten()
            throws IOException {
        Path config = write("plain.yaml", "inputs:\n  leads: { path: leads.csv }\n");
        RunSettings settings = BuilderSettings.of(Customer360Config.load(config));
        assertThat(settings.maxLinksPerIdentifier())
                .isEqualTo(Customer360.DEFAULT_MAX_LINKS_PER_IDENTIFIER);
        assertThat(settings.maxIdentifiersPerCustomer())
                .isEqualTo(Customer360.DEFAULT_MAX_IDENTIFIERS_PER_CUSTOMER);
        assertThat(settings.linksFormat()).isInstanceOf(ParquetTableFormat.class);
        assertThat(settings.pageFormat()).isInstanceOf(HtmlReportFormat.class);
        assertThat(settings.reportFormat()).isInstanceOf(JsonReportFormat.class);
        assertThat(((ParquetTableFormat) settings.tableFormat()).compression())
                .isEqualTo(CompressionCodecName.SNAPPY);
        assertThat(((ParquetTableFormat) settings.linksFormat()).compression())
                .isEqualTo(CompressionCodecName.SNAPPY);
    }

    @Test
    void explanationsFalseWritesNoCustomerLinks() throws IOException {
        Path config = write("quiet.yaml", "table_compression: gzip\n"
                + "inputs:\n  leads: { path: leads.csv }\nidentity:\n  explanations: false\n");
        RunSettings settings = BuilderSettings.of(Customer360Config.load(config));
        assertThat(settings.linksFormat()).isNull();
        assertThat(((ParquetTableFormat) settings.tableFormat()).compression())
                .isEqualTo(CompressionCodecName.GZIP);
    }

    @Test
    void tableCompressionAppliesToTheCustomerTableAndTheExplanations() throws IOException {
        // after identity: the explanations take the compression whatever the order of the keys
        Path config = write("zstd.yaml", "inputs:\n  leads: { path: leads.csv }\n"
                + "identity:\n  explanations: true\ntable_compression: zstd\n");
        RunSettings settings = BuilderSettings.of(Customer360Config.load(config));
        assertThat(((ParquetTableFormat) settings.tableFormat()).compression())
                .isEqualTo(CompressionCodecName.ZSTD);
        assertThat(((ParquetTableFormat) settings.linksFormat()).compression())
                .isEqualTo(CompressionCodecName.ZSTD);
    }

    @Test
    void badIdentityGuardsFailWithTheFileLineAndKey() throws IOException {
        String identity = "inputs: { leads: { path: l.csv } }\nidentity:\n";
        assertFails(identity + "  max_links_per_identifier: -1\n",
                "line 3: identity.max_links_per_identifier: expected a whole number of 0 or"
                + " more but was -1");
        assertFails(identity + "  max_links_per_identifier: many\n",
                "line 3: identity.max_links_per_identifier: expected a whole number but was a"
                + " string");
        assertFails(identity + "  max_links_per_identifier: 2.5\n",
                "line 3: identity.max_links_per_identifier: expected a whole number but was a"
                + " number");
        assertFails(identity + "  max_links_per_identifier: 2147483648\n",
                "line 3: identity.max_links_per_identifier: expected a whole number of at most"
                + " 2147483647 but was 2147483648");
        assertFails(identity + "  blocklist: []\n  max_identifiers_per_customer: -5\n",
                "line 4: identity.max_identifiers_per_customer: expected a whole number of 0 or"
                + " more but was -5");
        assertFails(identity + "  max_identifiers_per_customer: 1\n",
                "line 3: identity.max_identifiers_per_customer: expected 0 (no limit) or 2 or"
                + " more but was 1");
        assertFails(identity + "  max_identifiers_per_customer: \"1000\"\n",
                "line 3: identity.max_identifiers_per_customer: expected a whole number but was"
                + " a string");
        assertFails(identity + "  max_identifiers_per_customer: 99999999999\n",
                "line 3: identity.max_identifiers_per_customer: expected a whole number of at"
                + " most 2147483647 but was 99999999999");
        assertFails(identity + "  max_identifiers_per_customer: 99999999999999999999\n",
                "line 3: identity.max_identifiers_per_customer: expected a whole number of 0 or"
                + " more but was 99999999999999999999");
        assertFails(identity + "  explanations: sometimes\n",
                "line 3: identity.explanations: expected true or false but was a string");
        assertFails(identity + "  explanations: 0\n",
                "line 3: identity.explanations: expected true or false but was a number");
        assertFails("inputs: { leads: { path: l.csv } }\nidentity: [explanations]\n",
                "line 2: identity: expected a mapping but was a list");
    }

    @Test
    void theJsonSchemaGivesTheBuildersDefaultsForTheGuards() throws IOException {
        try (InputStream in = Customer360Config.class.getResourceAsStream(
                "customer360-config.schema.json")) {
            ConfigNode.Mapping schema = ConfigNode.read(new JsonFactory(), in,
                    Path.of("schema.json"));
            ConfigNode.Mapping properties = (ConfigNode.Mapping) schema.entries.get("properties");
            ConfigNode.Mapping identityKey = (ConfigNode.Mapping) properties.entries.get("identity");
            ConfigNode.Mapping identity =
                    (ConfigNode.Mapping) identityKey.entries.get("properties");
            assertThat(schemaDefault(identity, "max_links_per_identifier"))
                    .isEqualTo(Integer.toString(Customer360.DEFAULT_MAX_LINKS_PER_IDENTIFIER));
            assertThat(schemaDefault(identity, "max_identifiers_per_customer"))
                    .isEqualTo(Integer.toString(Customer360.DEFAULT_MAX_IDENTIFIERS_PER_CUSTOMER));
            assertThat(schemaDefault(identity, "explanations")).isEqualTo("true");
        }
    }

    private static String schemaDefault(ConfigNode.Mapping properties, String key) {
        ConfigNode.Mapping property = (ConfigNode.Mapping) properties.entries.get(key);
        return ((ConfigNode.Scalar) property.entries.get("default")).text;
    }

    @Test
    void theJsonSchemaDescribesExactlyTheKeysTheLoaderAccepts() throws IOException {
        try (InputStream in = Customer360Config.class.getResourceAsStream(
                "customer360-config.schema.json")) {
            assertThat(in).as("schema in the jar").isNotNull();
            ConfigNode.Mapping schema = ConfigNode.read(new JsonFactory(), in,
                    Path.of("schema.json"));
            ConfigNode.Mapping top = (ConfigNode.Mapping) schema.entries.get("properties");
            assertThat(top.entries.keySet()).isEqualTo(Customer360Config.TOP_KEYS);
            ConfigNode.Mapping inputs = (ConfigNode.Mapping) ((ConfigNode.Mapping) top.entries
                    .get("inputs")).entries.get("properties");
            assertThat(inputs.entries.keySet()).isEqualTo(Customer360Config.SOURCES.keySet());
            ConfigNode.Mapping input = (ConfigNode.Mapping) ((ConfigNode.Mapping)
                    ((ConfigNode.Mapping) schema.entries.get("$defs")).entries.get("input"))
                    .entries.get("properties");
            assertThat(input.entries.keySet()).isEqualTo(Customer360Config.INPUT_KEYS);
            ConfigNode.Mapping gates = (ConfigNode.Mapping) ((ConfigNode.Mapping) top.entries
                    .get("quality_gates")).entries.get("properties");
            assertThat(gates.entries.keySet()).isEqualTo(Customer360Config.QUALITY_GATES_KEYS);
            ConfigNode.Mapping identity = (ConfigNode.Mapping) ((ConfigNode.Mapping) top.entries
                    .get("identity")).entries.get("properties");
            assertThat(identity.entries.keySet()).isEqualTo(Customer360Config.IDENTITY_KEYS);
            ConfigNode.Mapping sourceGates = (ConfigNode.Mapping) ((ConfigNode.Mapping)
                    ((ConfigNode.Mapping) schema.entries.get("$defs")).entries.get("sourceGates"))
                    .entries.get("properties");
            assertThat(sourceGates.entries.keySet())
                    .isEqualTo(Customer360Config.SOURCE_GATE_KEYS);
        }
    }

    @Test
    void theReadmeDocumentsEveryKey() throws IOException {
        Path readme = Path.of("..", "README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        Set<String> keys = new HashSet<>(Customer360Config.TOP_KEYS);
        keys.addAll(Customer360Config.INPUT_KEYS);
        keys.addAll(Customer360Config.SOURCES.keySet());
        keys.addAll(Customer360Config.QUALITY_GATES_KEYS);
        keys.addAll(Customer360Config.SOURCE_GATE_KEYS);
        keys.addAll(Customer360Config.IDENTITY_KEYS);
        for (String key : keys) {
            assertThat(text).as("README documents " + key).contains("`" + key + "`");
        }
    }

    @Test
    void theReadmesFullExampleLoadsAndBuilds() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Configuration file");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        String yaml = readme.substring(start, readme.indexOf("```", start));
        Path config = write("readme.yaml", yaml);

        assertThat(yaml).contains("inputs:", "statuses:", "columns:");
        assertThat(Customer360Config.load(config).build()).isNotNull();
    }
}
