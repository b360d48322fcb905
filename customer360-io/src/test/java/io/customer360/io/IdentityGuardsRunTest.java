package io.customer360.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.error.QualityGateException;
import io.customer360.explain.ChainStep;
import io.customer360.explain.Explanation;
import io.customer360.io.explain.CustomerLinksFile;
import io.customer360.model.Source;
import io.customer360.output.OutputNames;
import io.customer360.report.RunReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The link limit, the customer limit and the merge explanations ({@code customer_links.parquet})
 * of the local engine.
 */
class IdentityGuardsRunTest {
    private static final String U1 = "0330fcaa-8a5c-8140-574d-d01bc0d04a51";
    private static final String U2 = "0330fcaa-8a5c-8140-574d-d01bc0d04a52";
    private static final String U3 = "0330fcaa-8a5c-8140-574d-d01bc0d04a53";
    private static final String U4 = "0330fcaa-8a5c-8140-574d-d01bc0d04a54";
    private static final String U5 = "0330fcaa-8a5c-8140-574d-d01bc0d04a55";

    @TempDir
    Path temp;

    /** An e-mail five people's transactions carry, one of them ten times. */
    private Path sharedEmailInputs() throws IOException {
        Path in = temp.resolve("shared");
        Files.createDirectories(in);
        Files.writeString(in.resolve(LocalFiles.LEADS_FILE), "email,creation_date,user_uuid\n"
                + "family@example.com,2024-01-02,\n");
        StringBuilder transactions = new StringBuilder("transaction_id|user_uuid|amount|status"
                + "|email\n");
        int id = 0;
        for (String uuid : List.of(U1, U2, U3, U4, U5)) {
            transactions.append("TX-").append(id++).append('|').append(uuid)
                    .append("|10|completed|family@example.com\n");
        }
        for (int repeat = 0; repeat < 10; repeat++) {
            transactions.append("TX-").append(id++).append('|').append(U1)
                    .append("|10|completed|Family@Example.com\n");
        }
        Files.writeString(in.resolve(LocalFiles.TRANSACTIONS_FILE), transactions);
        Files.writeString(in.resolve(LocalFiles.WEB_ACTIVITY_FILE), "[]\n");
        return in;
    }

    @Test
    void anIdentifierLinkedToMoreThanTheLimitLinksNobody() throws Exception {
        Path out = temp.resolve("out");
        RunReport report = LocalFiles.defaults(sharedEmailInputs(), out)
                .maxLinksPerIdentifier(4).build().run();

        // the e-mail has 5 distinct UUIDs (repeats count once): anomalous; each UUID and the
        // e-mail's lead stay customers of their own
        assertThat(report.identity().customers()).isEqualTo(6);
        assertThat(report.identity().anomalousIdentifiers()).isEqualTo(1);
        assertThat(report.identity().linksOverLinkLimit()).isEqualTo(5);
        assertThat(report.identity().identifiersPerCustomer()).containsExactly(6L);
        assertThat(query("SELECT identifier, guard FROM '" + links(out)
                + "' WHERE guard IS NOT NULL"))
                .containsExactly(List.of("family@example.com", "link_limit"));
        assertThat(Files.readString(out.resolve(OutputNames.REPORT)))
                .contains("\"anomalous_identifiers\": 1", "\"links_over_link_limit\": 5");
    }

    @Test
    void atTheLimitTheLinksAreUsed() throws Exception {
        RunReport report = LocalFiles.defaults(sharedEmailInputs(), temp.resolve("out"))
                .maxLinksPerIdentifier(5).build().run();

        assertThat(report.identity().customers()).isEqualTo(1);
        assertThat(report.identity().anomalousIdentifiers()).isZero();
        assertThat(report.identity().identifiersPerCustomer()).containsExactly(0L, 0L, 0L, 1L);
    }

    @Test
    void theLinkLimitIsOnByDefaultAndZeroTurnsItOff() throws Exception {
        Path in = temp.resolve("many");
        Files.createDirectories(in);
        Files.writeString(in.resolve(LocalFiles.LEADS_FILE), "email,creation_date,user_uuid\n");
        StringBuilder transactions = new StringBuilder("transaction_id|user_uuid|amount|status"
                + "|email\n");
        for (int i = 0; i < 51; i++) {
            transactions.append("TX-").append(i).append("|0330fcaa-8a5c-8140-574d-")
                    .append(String.format("%012d", i)).append("|10|completed|desk@example.com\n");
        }
        Files.writeString(in.resolve(LocalFiles.TRANSACTIONS_FILE), transactions);
        Files.writeString(in.resolve(LocalFiles.WEB_ACTIVITY_FILE), "[]\n");

        RunReport byDefault = LocalFiles.defaults(in, temp.resolve("a")).build().run();
        RunReport off = LocalFiles.defaults(in, temp.resolve("b")).maxLinksPerIdentifier(0)
                .build().run();

        assertThat(byDefault.identity().customers()).isEqualTo(51);
        assertThat(byDefault.identity().anomalousIdentifiers()).isEqualTo(1);
        assertThat(off.identity().customers()).isEqualTo(1);
    }

    /** A chain e1 - u1 - e2 - u2 - e3 in identity-map order, with activity on u1 and u2. */
    private Path chainInputs() throws IOException {
        Path in = temp.resolve("chain");
        Files.createDirectories(in);
        Files.writeString(in.resolve(LocalFiles.IDENTITY_MAP_FILE), "email,user_uuid\n"
                + "e1@example.com," + U1 + "\n" + "e2@example.com," + U1 + "\n"
                + "e2@example.com," + U2 + "\n" + "e3@example.com," + U2 + "\n");
        Files.writeString(in.resolve(LocalFiles.LEADS_FILE), "email,creation_date,user_uuid\n");
        Files.writeString(in.resolve(LocalFiles.TRANSACTIONS_FILE), "transaction_id|user_uuid"
                + "|amount|status\nTX-1|" + U1 + "|10|completed\nTX-2|" + U2 + "|10|completed\n");
        Files.writeString(in.resolve(LocalFiles.WEB_ACTIVITY_FILE), "[]\n");
        return in;
    }

    @Test
    void aLinkThatWouldMakeACustomerTooLargeIsRefusedInEvidenceOrder() throws Exception {
        Path out = temp.resolve("out");
        RunReport report = LocalFiles.defaults(chainInputs(), out)
                .maxIdentifiersPerCustomer(3).build().run();

        // e1-u1 and e2-u1 make {e1, u1, e2}; e2-u2 would make 4: refused; e3-u2 joins
        assertThat(report.identity().customers()).isEqualTo(2);
        assertThat(report.identity().linksOverCustomerLimit()).isEqualTo(1);
        assertThat(report.identity().identifiersPerCustomer()).containsExactly(0L, 1L, 1L);
        assertThat(query("SELECT identifier, guard FROM '" + links(out)
                + "' WHERE guard IS NOT NULL ORDER BY identifier"))
                .containsExactly(List.of(U2, "customer_limit"),
                        List.of("e2@example.com", "customer_limit"));
        RunReport unlimited = LocalFiles.defaults(chainInputs(), temp.resolve("unlimited"))
                .maxIdentifiersPerCustomer(0).build().run();
        assertThat(unlimited.identity().customers()).isEqualTo(1);
        assertThat(unlimited.identity().linksOverCustomerLimit()).isZero();
    }

    @Test
    void theExplanationsChainIdentityMapLeadAndWebEvidenceToTheAnchor() throws Exception {
        Path in = temp.resolve("explain");
        Files.createDirectories(in);
        Files.writeString(in.resolve(LocalFiles.IDENTITY_MAP_FILE), "email,user_uuid\n"
                + "bob@example.com," + U1 + "\n");
        Files.writeString(in.resolve(LocalFiles.LEADS_FILE), "email,creation_date,user_uuid\n"
                + "ann@example.com,2024-01-02," + U1 + "\n");
        // the transaction carries bob and U1 again: the identity map's row is the first evidence
        Files.writeString(in.resolve(LocalFiles.TRANSACTIONS_FILE), "transaction_id|user_uuid"
                + "|amount|status|email\nTX-1|" + U1 + "|10|completed|bob@example.com\n");
        Files.writeString(in.resolve(LocalFiles.WEB_ACTIVITY_FILE), "{\"user_uuid\":\"" + U3
                + "\"}\n{\"user_uuid\":\"" + U2 + "\",\"email\":\"BOB@example.com\"}\n"
                + "{\"user_uuid\":\"" + U2 + "\",\"email\":\"bob@example.com\"}\n");
        Path out = temp.resolve("out");

        RunReport report = LocalFiles.defaults(in, out).build().run();

        List<List<Object>> rows = query("SELECT customer_id, identifier, identifier_type,"
                + " evidence, linked_to, source, file, line, guard FROM '" + links(out) + "'");
        String ann = (String) rows.stream().filter(row -> row.get(1).equals("ann@example.com"))
                .findFirst().orElseThrow().get(0);
        String web = in.resolve(LocalFiles.WEB_ACTIVITY_FILE).toString();
        List<List<Object>> byAnn = rows.stream().filter(row -> row.get(0).equals(ann)).toList();
        assertThat(byAnn).containsExactly(
                Arrays.asList(ann, U1, "user_uuid", "lead_user_uuid", "ann@example.com",
                        "leads", in.resolve(LocalFiles.LEADS_FILE).toString(), 2L, null),
                Arrays.asList(ann, U2, "user_uuid", "web_email", "bob@example.com",
                        "web_activity", web, 2L, null),
                Arrays.asList(ann, "ann@example.com", "email", null, null, null, null, null,
                        null),
                Arrays.asList(ann, "bob@example.com", "email", "identity_map", U1,
                        "identity_map", in.resolve(LocalFiles.IDENTITY_MAP_FILE).toString(),
                        2L, null));
        // U3 is a customer of its own: one row, no evidence
        assertThat(rows).hasSize(5).filteredOn(row -> !row.get(0).equals(ann))
                .containsExactly(Arrays.asList(rows.get(0).get(0), U3, "user_uuid", null, null,
                        null, null, null, null));
        assertThat(query("SELECT DISTINCT customer_id FROM '" + out.resolve(
                OutputNames.CUSTOMER_TABLE) + "' ORDER BY 1").stream().map(row -> row.get(0))
                .collect(Collectors.toList()))
                .isEqualTo(rows.stream().map(row -> row.get(0)).distinct().toList());
        assertThat(report.outputs().get(OutputNames.CUSTOMER_LINKS).rows()).isEqualTo(5);
        assertThat(report.identity().identifiersPerCustomer()).containsExactly(1L, 0L, 1L);
    }

    @Test
    void aFinishedRunExplainsTheChainBetweenTwoIdentifiersFromItsOutputs() throws Exception {
        Path in = temp.resolve("explain");
        Files.createDirectories(in);
        Files.writeString(in.resolve(LocalFiles.IDENTITY_MAP_FILE), "email,user_uuid\n"
                + "bob@example.com," + U1 + "\n");
        Files.writeString(in.resolve(LocalFiles.LEADS_FILE), "email,creation_date,user_uuid\n"
                + "ann@example.com,2024-01-02," + U1 + "\n");
        Files.writeString(in.resolve(LocalFiles.TRANSACTIONS_FILE), "transaction_id|user_uuid"
                + "|amount|status\n");
        Files.writeString(in.resolve(LocalFiles.WEB_ACTIVITY_FILE), "{\"user_uuid\":\"" + U2
                + "\",\"email\":\"bob@example.com\"}\n");
        Path out = temp.resolve("out");
        LocalFiles.defaults(in, out).build().run();

        Explanation explanation = CustomerLinksFile.explain(out, "BOB@example.com");

        assertThat(explanation.anchor().orElseThrow().identifier()).isEqualTo("ann@example.com");
        List<ChainStep> chain = explanation.chain(U2, "ann@example.com").orElseThrow();
        assertThat(chain).extracting(step -> step.from().identifier() + " -"
                + step.evidence().evidence() + "-> " + step.to().identifier())
                .containsExactly(U2 + " -web_email-> bob@example.com",
                        "bob@example.com -identity_map-> " + U1,
                        U1 + " -lead_user_uuid-> ann@example.com");
        assertThat(explanation.problems()).isEmpty();
    }

        @Test
    void theExplanationsAreTheSameBytesWhateverTheThreads() throws Exception {
        Path in = chainInputs();
        RunReport one = LocalFiles.defaults(in, temp.resolve("one")).threads(1).build().run();
        RunReport four = LocalFiles.defaults(in, temp.resolve("four")).threads(4).build().run();

        assertThat(four.outputs().get(OutputNames.CUSTOMER_LINKS).sha256())
                .isEqualTo(one.outputs().get(OutputNames.CUSTOMER_LINKS).sha256());
        assertThat(Files.readAllBytes(temp.resolve("four").resolve(OutputNames.CUSTOMER_LINKS)))
                .isEqualTo(Files.readAllBytes(temp.resolve("one")
                        .resolve(OutputNames.CUSTOMER_LINKS)));
    }

    @Test
    void aFailedGateLeavesTheExplanationsAsTheyWere() throws Exception {
        Path in = chainInputs();
        Path out = temp.resolve("out");
        LocalFiles.defaults(in, out).build().run();
        byte[] before = Files.readAllBytes(out.resolve(OutputNames.CUSTOMER_LINKS));

        assertThatThrownBy(() -> LocalFiles.defaults(in, out).maxIdentifiersPerCustomer(2)
                .minAccepted(Source.TRANSACTIONS, 3).build().run())
                .isInstanceOf(QualityGateException.class);

        assertThat(Files.readAllBytes(out.resolve(OutputNames.CUSTOMER_LINKS))).isEqualTo(before);
    }

    @Test
    void withoutExplanationsAnEarlierFileIsRemoved() throws Exception {
        Path in = chainInputs();
        Path out = temp.resolve("out");
        LocalFiles.defaults(in, out).build().run();

        RunReport report = LocalFiles.defaults(in, out).withoutCustomerLinks().build().run();

        assertThat(out.resolve(OutputNames.CUSTOMER_LINKS)).doesNotExist();
        assertThat(report.outputs()).doesNotContainKey(OutputNames.CUSTOMER_LINKS);
    }

    private static String links(Path out) {
        return out.resolve(OutputNames.CUSTOMER_LINKS).toString();
    }

    private static List<List<Object>> query(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            List<List<Object>> rows = new ArrayList<>();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
