package io.customer360.spark.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.Customer360;
import io.customer360.benchmarks.generate.DataGenerator;
import io.customer360.explain.Explanation;
import io.customer360.io.LocalFiles;
import io.customer360.io.explain.CustomerLinksFile;
import io.customer360.output.CustomerLinks;
import io.customer360.output.OutputNames;
import io.customer360.report.IdentityReport;
import io.customer360.report.RunReport;
import io.customer360.spark.SparkCustomer360;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The over-merge guards and the merge explanations on Spark, on small hand-made inputs: an
 * identifier over the link limit, a chain of identity-map rows over the customer limit, the
 * explanation rows of a customer linked by identity map, lead and web evidence (read back by
 * {@link CustomerLinksFile} too), and the guards turned off giving the groups of connected
 * components.
 */
class GuardsOnSparkTest {
    private static final String LEADS_HEADER =
            "lead_id,full_name,email,phone,lead_source,creation_date,user_uuid\n";
    private static final String TRANSACTIONS_HEADER =
            "transaction_id|user_uuid|amount|status|transaction_date|email\n";
    private static SparkSession spark;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("guards")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static String uuid(int n) {
        return String.format("%d%07d-0000-4000-8000-000000000000", n % 10, n);
    }

    /** A web event of a user UUID without e-mail. */
    private static String webEvent(int user) {
        return "{\"user_uuid\":\"" + uuid(user) + "\",\"session_id\":\"s0\"}\n";
    }

    private RunReport run(Path out, Customer360.Builder rules) {
        return SparkCustomer360.builder().session(spark).rules(rules)
                .outputDirectory(out.toUri().toString()).build().run();
    }

    private Path inputs(String leads, String transactions, String web, String identityMap)
            throws IOException {
        Path in = temp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve(LocalFiles.LEADS_FILE), LEADS_HEADER + leads);
        Files.writeString(in.resolve(LocalFiles.TRANSACTIONS_FILE), TRANSACTIONS_HEADER
                + transactions);
        Files.writeString(in.resolve(LocalFiles.WEB_ACTIVITY_FILE), web);
        if (identityMap != null) {
            Files.writeString(in.resolve(LocalFiles.IDENTITY_MAP_FILE), "email,user_uuid\n"
                    + identityMap);
        }
        return in;
    }

    @Test
    void anIdentifierOverTheLinkLimitLinksNobody() throws Exception {
        StringBuilder transactions = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            transactions.append("T").append(i).append('|').append(uuid(i))
                    .append("|1.00|completed|2024-01-01|shared@x.io\n");
        }
        for (int i = 6; i <= 8; i++) {
            transactions.append("T").append(i).append('|').append(uuid(i))
                    .append("|1.00|completed|2024-01-01|three@x.io\n");
        }
        Path in = inputs("L1,ann lee,shared@x.io,555,web,2024-01-01,\n", transactions.toString(),
                webEvent(1), null);
        Path out = temp.resolve("out");

        RunReport report = run(out, LocalFiles.defaults(in, temp.resolve("unused"))
                .maxLinksPerIdentifier(3));

        IdentityReport identity = report.identity();
        assertThat(identity.anomalousIdentifiers()).isEqualTo(1);
        assertThat(identity.linksOverLinkLimit()).isEqualTo(5);
        assertThat(identity.linksOverCustomerLimit()).isZero();
        // five UUIDs alone, shared@x.io alone with its lead, three@x.io with its three UUIDs
        assertThat(identity.customers()).isEqualTo(7);
        assertThat(identity.identifiersPerCustomer()).containsExactly(6L, 0L, 1L);
        List<List<String>> rows = linkRows(out);
        assertThat(rows).filteredOn(row -> row.get(1).equals("shared@x.io")).singleElement()
                .isEqualTo(row(customerOf(out, "shared@x.io"), "shared@x.io", "email", null,
                        null, null, null, null, CustomerLinks.GUARD_LINK_LIMIT));
        assertThat(rows).filteredOn(row -> row.get(1).equals(uuid(1))).singleElement()
                .satisfies(row -> assertThat(row.get(3)).as("evidence").isNull());
        assertThat(rows).filteredOn(row -> row.get(4) != null).hasSize(3)
                .allSatisfy(row -> assertThat(row.get(4)).isEqualTo("three@x.io"));

        RunReport atTheLimit = run(temp.resolve("out5"), LocalFiles.defaults(in,
                temp.resolve("unused")).maxLinksPerIdentifier(5));
        assertThat(atTheLimit.identity().anomalousIdentifiers()).isZero();
        assertThat(atTheLimit.identity().customers()).isEqualTo(2);
    }

    @Test
    void aChainOverTheCustomerLimitIsSplitInEvidenceOrder() throws Exception {
        StringBuilder transactions = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            transactions.append("T").append(i).append('|').append(uuid(i))
                    .append("|1.00|completed|2024-01-01|\n");
        }
        Path in = inputs("", transactions.toString(), webEvent(1), "e1@x.io," + uuid(1) + "\n"
                + "e1@x.io," + uuid(2) + "\n" + "e2@x.io," + uuid(2) + "\n"
                + "e2@x.io," + uuid(3) + "\n" + "e3@x.io," + uuid(3) + "\n");
        Path out = temp.resolve("out");

        RunReport report = run(out, LocalFiles.defaults(in, temp.resolve("unused"))
                .maxIdentifiersPerCustomer(3));

        // e2-uuid2 (line 4) would join {e1, uuid1, uuid2} and {e2}: refused
        assertThat(report.identity().linksOverCustomerLimit()).isEqualTo(1);
        assertThat(report.identity().customers()).isEqualTo(2);
        assertThat(report.identity().identifiersPerCustomer()).containsExactly(0L, 0L, 2L);
        assertThat(identifiersOfCustomers(out)).containsExactlyInAnyOrder(
                List.of("[e1@x.io]", "[" + uuid(1) + ", " + uuid(2) + "]"),
                List.of("[e2@x.io, e3@x.io]", "[" + uuid(3) + "]"));
        assertThat(linkRows(out)).filteredOn(row -> row.get(8) != null)
                .extracting(row -> row.get(1))
                .containsExactlyInAnyOrder(uuid(2), "e2@x.io");

        RunReport unlimited = run(temp.resolve("unlimited"), LocalFiles.defaults(in,
                temp.resolve("unused")).maxIdentifiersPerCustomer(0));
        assertThat(unlimited.identity().customers()).isEqualTo(1);
        assertThat(unlimited.identity().linksOverCustomerLimit()).isZero();
        assertThat(unlimited.identity().identifiersPerCustomer()).containsExactly(0L, 0L, 0L,
                1L);
    }

    @Test
    void eachIdentifierNamesTheEvidenceThatAttachedIt() throws Exception {
        Path in = inputs(
                "L1,ann lee,ann@x.io,555,web,2024-02-01," + uuid(2) + "\n"
                        + "L2,ann lee,ann@x.io,555,ads,2024-01-01," + uuid(9) + "\n"
                        + "L3,tess,test@test.com,555,ads,2024-01-01," + uuid(5) + "\n",
                "T1|" + uuid(3) + "|1.00|completed|2024-01-01|\n"
                        + "T2|" + uuid(1) + "|1.00|completed|2024-01-01|ann@x.io\n",
                "{\"user_uuid\":\"" + uuid(2) + "\",\"session_id\":\"s1\","
                        + "\"email\":\"cat@x.io\"}\n"
                        + "{\"user_uuid\":\"" + uuid(3) + "\",\"session_id\":\"s2\","
                        + "\"email\":\"cat@x.io\"}\n"
                        + "{\"user_uuid\":\"" + uuid(1) + "\",\"session_id\":\"s3\","
                        + "\"email\":\"ann@x.io\"}\n",
                "ann@x.io," + uuid(1) + "\n");
        Path out = temp.resolve("out");

        RunReport report = run(out, LocalFiles.defaults(in, temp.resolve("unused")));

        String ann = customerOf(out, "ann@x.io");
        String leads = "file://" + in.resolve(LocalFiles.LEADS_FILE).toAbsolutePath();
        String web = "file://" + in.resolve(LocalFiles.WEB_ACTIVITY_FILE).toAbsolutePath();
        String map = "file://" + in.resolve(LocalFiles.IDENTITY_MAP_FILE).toAbsolutePath();
        assertThat(linkRows(out)).containsExactlyInAnyOrder(
                row(ann, uuid(1), "user_uuid", "identity_map", "ann@x.io", "identity_map", map,
                        "2", null),
                row(ann, uuid(2), "user_uuid", "lead_user_uuid", "ann@x.io", "leads", leads,
                        "2", null),
                row(ann, uuid(3), "user_uuid", "web_email", "cat@x.io", "web_activity", web,
                        "2", null),
                row(ann, "ann@x.io", "email", null, null, null, null, null, null),
                row(ann, "cat@x.io", "email", "web_email", uuid(2), "web_activity", web, "1",
                        null),
                row(customerOf(out, "test@test.com"), "test@test.com", "email", null, null,
                        null, null, null, CustomerLinks.GUARD_BLOCKLIST));
        assertThat(report.outputs().get(OutputNames.CUSTOMER_LINKS).rows()).isEqualTo(6);
        assertThat(report.identity().linksBlocked()).isEqualTo(1);

        Explanation explained = CustomerLinksFile.explain(out, uuid(3));
        assertThat(explained.problems()).isEmpty();
        assertThat(explained.customerId()).isEqualTo(ann);
        assertThat(explained.chain(uuid(3), "ann@x.io")).hasValueSatisfying(steps ->
                assertThat(steps).extracting(step -> step.evidence().evidence())
                        .containsExactly("web_email", "web_email", "lead_user_uuid"));
    }

    @Test
    void withTheGuardsOffTheGroupsAreTheConnectedComponents() throws Exception {
        Path in = temp.resolve("in");
        DataGenerator.builder().leads(300).transactions(2_000).web(1_000).seed(11).build()
                .writeTo(in);
        StringBuilder shared = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            shared.append("TX-SH-").append(i).append('|').append(uuid(100 + i))
                    .append("|12.50|completed|2024-01-01|shared@x.io\n");
        }
        Files.writeString(in.resolve(LocalFiles.TRANSACTIONS_FILE), shared,
                java.nio.file.StandardOpenOption.APPEND);
        Customer360.Builder off = LocalFiles.defaults(in, temp.resolve("local"))
                .maxLinksPerIdentifier(0).maxIdentifiersPerCustomer(0).withoutCustomerLinks();

        RunReport local = off.build().run();
        RunReport distributed = run(temp.resolve("spark"), off);
        RunReport guarded = run(temp.resolve("guarded"), LocalFiles.defaults(in,
                temp.resolve("unused")));

        IdentityReport figures = distributed.identity();
        assertThat(List.of(figures.customers(), figures.withLead(), figures.withActivity(),
                figures.linked(), figures.groupsDropped(), figures.linksBlocked()))
                .isEqualTo(List.of(local.identity().customers(), local.identity().withLead(),
                        local.identity().withActivity(), local.identity().linked(),
                        local.identity().groupsDropped(), local.identity().linksBlocked()));
        assertThat(List.of(figures.anomalousIdentifiers(), figures.linksOverLinkLimit(),
                figures.linksOverCustomerLimit())).containsOnly(0L);
        assertThat(figures.identifiersPerCustomer().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(figures.customers());
        assertThat(sameRows(temp.resolve("local").resolve(OutputNames.CUSTOMER_TABLE),
                temp.resolve("spark").resolve(OutputNames.CUSTOMER_TABLE))).isTrue();
        assertThat(temp.resolve("spark").resolve(OutputNames.CUSTOMER_LINKS)).doesNotExist();
        assertThat(guarded.identity().anomalousIdentifiers()).isEqualTo(1);
        assertThat(guarded.identity().customers()).isGreaterThan(figures.customers());
    }

    private static List<String> row(String... values) {
        List<String> row = new ArrayList<>();
        for (String value : values) {
            row.add(value);
        }
        return row;
    }

    /** The explanation rows, part file by part file in name order, as strings. */
    private static List<List<String>> linkRows(Path out) throws SQLException, IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = duck.createStatement()) {
            for (Path part : dataFiles(out.resolve(OutputNames.CUSTOMER_LINKS))) {
                try (ResultSet result = sql.executeQuery("SELECT * FROM read_parquet('" + part
                        + "')")) {
                    while (result.next()) {
                        List<String> row = new ArrayList<>();
                        for (int c = 1; c <= CustomerLinks.SCHEMA.columns().size(); c++) {
                            row.add(result.getString(c));
                        }
                        rows.add(row);
                    }
                }
            }
        }
        assertThat(rows).extracting(row -> row.get(0) + " " + row.get(1)).isSorted();
        return rows;
    }

    /** The id of the customer holding an e-mail, from the customer table. */
    private static String customerOf(Path out, String email) throws SQLException {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = duck.createStatement();
                ResultSet result = sql.executeQuery("SELECT customer_id FROM read_parquet('"
                        + out.resolve(OutputNames.CUSTOMER_TABLE).resolve("*.parquet")
                        + "') WHERE list_contains(emails, '" + email + "')")) {
            assertThat(result.next()).as(email).isTrue();
            return result.getString(1);
        }
    }

    /** Each customer's e-mails and user UUIDs, as DuckDB prints the lists. */
    private static List<List<String>> identifiersOfCustomers(Path out) throws SQLException {
        List<List<String>> customers = new ArrayList<>();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = duck.createStatement();
                ResultSet result = sql.executeQuery("SELECT emails, user_uuids FROM"
                        + " read_parquet('" + out.resolve(OutputNames.CUSTOMER_TABLE)
                        .resolve("*.parquet") + "')")) {
            while (result.next()) {
                customers.add(List.of(result.getString(1), result.getString(2)));
            }
        }
        return customers;
    }

    private static boolean sameRows(Path localTable, Path sparkFolder) throws SQLException {
        String sparkGlob = sparkFolder.resolve("*.parquet").toString();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = duck.createStatement();
                ResultSet result = sql.executeQuery("SELECT (SELECT count(*) FROM (SELECT *"
                        + " FROM read_parquet('" + localTable + "') EXCEPT ALL SELECT * FROM"
                        + " read_parquet('" + sparkGlob + "'))) + (SELECT count(*) FROM"
                        + " (SELECT * FROM read_parquet('" + sparkGlob + "') EXCEPT ALL"
                        + " SELECT * FROM read_parquet('" + localTable + "')))")) {
            result.next();
            return result.getLong(1) == 0;
        }
    }

    private static List<Path> dataFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> !file.getFileName().toString().startsWith("_")
                    && !file.getFileName().toString().startsWith("."))
                    .sorted().collect(Collectors.toList());
        }
    }
}
