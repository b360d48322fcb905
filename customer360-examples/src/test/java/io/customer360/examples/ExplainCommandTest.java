package io.customer360.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.io.write.ParquetTableFormat;
import io.customer360.output.CustomerLinks;
import io.customer360.output.CustomerRow;
import io.customer360.output.OutputNames;
import io.customer360.output.RecordWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code customer360 explain}: the tree of a customer and the chain between two identifiers
 * on standard output, and for a wrong invocation or file one line on standard error and the
 * exit status that says which.
 */
class ExplainCommandTest {
    static final String CUSTOMER = "1a2b3c4d-0000-3000-8000-000000000001";
    static final String OTHER = "5b6c7d8e-0000-3000-8000-000000000002";
    static final String U1 = "11111111-1111-4111-8111-111111111111";
    static final String U2 = "22222222-2222-4222-8222-222222222222";

    /** a@x.com anchors u1 (lead), b@x.com (identity map, via u1) and u2 (web, via b). */
    static final List<Object[]> ROWS = List.of(
            new Object[] {CUSTOMER, U1, "user_uuid", "lead_user_uuid", "a@x.com", "leads",
                "in/crm_leads.csv", 7L, null},
            new Object[] {CUSTOMER, U2, "user_uuid", "web_email", "b@x.com", "web_activity",
                "in/web_activity.json", 12L, "customer_limit"},
            new Object[] {CUSTOMER, "a@x.com", "email", null, null, null, null, null, null},
            new Object[] {CUSTOMER, "b@x.com", "email", "identity_map", U1, "identity_map",
                "in/identity_map.csv", 3L, null},
            new Object[] {OTHER, "d@y.com", "email", null, null, null, null, null, null});

    @TempDir
    Path output;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8),
                Map.of());
    }

    private List<String> outLines() {
        return out.toString(UTF_8).lines().toList();
    }

    private List<String> errLines() {
        return err.toString(UTF_8).lines().toList();
    }

    private Path links() {
        return output.resolve(OutputNames.CUSTOMER_LINKS);
    }

    private void write(List<Object[]> rows) throws IOException {
        try (RecordWriter<CustomerRow> writer = ParquetTableFormat.snappy().open(links(),
                CustomerLinks.SCHEMA)) {
            for (Object[] values : rows) {
                writer.write(CustomerRow.of(CustomerLinks.SCHEMA, values));
            }
        }
    }

    @Test
    void printsTheCustomerOfAnEmailAsATreeWithSourcesLinesAndGuards() throws IOException {
        write(ROWS);

        int status = run("explain", output.toString(), "A@X.com");

        assertThat(status).isZero();
        assertThat(outLines()).containsExactly(
                "customer " + CUSTOMER + ": 4 identifiers",
                "a@x.com (email, anchor)",
                "  " + U1 + " (user_uuid) -[lead_user_uuid from leads in/crm_leads.csv:7]->"
                        + " a@x.com",
                "    b@x.com (email) -[identity_map from identity_map in/identity_map.csv:3]-> "
                        + U1,
                "      " + U2 + " (user_uuid, guard: customer_limit) -[web_email from"
                        + " web_activity in/web_activity.json:12]-> b@x.com");
        assertThat(err.toString(UTF_8)).isEmpty();
    }

    @Test
    void printsTheChainBetweenTwoIdentifiers() throws IOException {
        write(ROWS);

        int status = run("explain", links().toString(), U2, U1.toUpperCase());

        assertThat(status).isZero();
        assertThat(outLines()).containsExactly(
                "customer " + CUSTOMER + ": 2 links from " + U2 + " to " + U1,
                U2 + " (user_uuid, guard: customer_limit) -[web_email from web_activity"
                        + " in/web_activity.json:12]-> b@x.com (email)",
                "b@x.com (email) -[identity_map from identity_map in/identity_map.csv:3]-> "
                        + U1 + " (user_uuid)");
        assertThat(err.toString(UTF_8)).isEmpty();
    }

    @Test
    void theCustomerIdStartsAChainAtTheAnchor() throws IOException {
        write(ROWS);

        int status = run("explain", output.toString(), CUSTOMER, "b@x.com");

        assertThat(status).isZero();
        assertThat(outLines()).hasSize(3).first().isEqualTo("customer " + CUSTOMER
                + ": 2 links from " + CUSTOMER + " to b@x.com");
        assertThat(outLines().get(1)).startsWith("a@x.com (email, anchor) -[lead_user_uuid");
    }

    @Test
    void anUnknownIdentifierExitsTwoWithOneLineAndNoTrace() throws IOException {
        write(ROWS);

        int status = run("explain", output.toString(), "nobody@x.com");

        assertThat(status).isEqualTo(2);
        assertThat(errLines()).containsExactly("customer360: " + links()
                + ": no customer has the e-mail given");
        assertThat(out.toString(UTF_8)).isEmpty();
    }

    @Test
    void aSecondIdentifierOfAnotherCustomerExitsTwo() throws IOException {
        write(ROWS);

        int status = run("explain", output.toString(), "a@x.com", "d@y.com");

        assertThat(status).isEqualTo(2);
        assertThat(errLines()).containsExactly("customer360: " + links() + ": customer "
                + CUSTOMER + " has no identifier like the second one given");
        assertThat(out.toString(UTF_8)).isEmpty();
    }

    @Test
    void verbosePrintsTheStackTrace() throws IOException {
        write(ROWS);

        int status = run("explain", "--verbose", output.toString(), "nobody@x.com");

        assertThat(status).isEqualTo(2);
        assertThat(errLines().get(0)).isEqualTo("customer360: " + links()
                + ": no customer has the e-mail given");
        assertThat(err.toString(UTF_8)).contains("UnknownIdentifierException", "\tat ");
    }

    @Test
    void aFolderWithoutExplanationsExitsThreeNamingTheFile() {
        int status = run("explain", output.toString(), "a@x.com");

        assertThat(status).isEqualTo(3);
        assertThat(errLines()).containsExactly("customer360: " + links()
                + ": file not found: no finished run with merge explanations wrote it");
    }

    @Test
    void rowsThatDoNotFormOneTreePrintWhatTheyHoldAndExitThree() throws IOException {
        write(List.of(
                new Object[] {CUSTOMER, "a@x.com", "email", null, null, null, null, null, null},
                new Object[] {CUSTOMER, "b@x.com", "email", null, null, null, null, null, null}));

        int status = run("explain", output.toString(), "a@x.com", "b@x.com");

        assertThat(status).isEqualTo(3);
        assertThat(outLines()).isEmpty();
        assertThat(errLines()).containsExactly(
                "customer360: " + links() + ": customer " + CUSTOMER + ": 2 identifiers have no"
                        + " linked_to, where only the anchor should have none",
                "customer360: " + links() + ": customer " + CUSTOMER + ": its rows do not"
                        + " connect the two identifiers");
    }

    @Test
    void aMissingArgumentExitsTwoWithTheUsage() {
        int status = run("explain", output.toString());

        assertThat(status).isEqualTo(2);
        assertThat(errLines()).containsExactly(
                "customer360: Missing required parameter: 'CUSTOMER'", ExplainCommand.USAGE);
    }

    @Test
    void helpPrintsTheUsageAndExitsZero() {
        int status = run("explain", "--help");

        assertThat(status).isZero();
        assertThat(outLines()).first().isEqualTo(ExplainCommand.USAGE);
        assertThat(out.toString(UTF_8)).contains("OUT", "CUSTOMER", "IDENTIFIER", "--verbose");
    }
}
