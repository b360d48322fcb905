package io.customer360;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.aggregate.TransactionAggregator;
import io.customer360.aggregate.WebActivityAggregator;
import io.customer360.model.Transaction;
import io.customer360.model.TransactionStatus;
import io.customer360.model.WebEvent;
import io.customer360.output.CustomerRow;
import io.customer360.output.OutputColumn;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine keeps the built-in aggregates in a compact column-wise form; its output must equal
 * what the reference {@link TransactionAggregator} and {@link WebActivityAggregator} compute.
 */
class EngineMatchesReferenceAggregatorsTest {
    @TempDir
    Path out;

    @Test
    void computesTheSameColumnsAsTheReferenceAggregators() {
        SplittableRandom random = new SplittableRandom(42);
        String[] uuids = new String[40];
        for (int i = 0; i < uuids.length; i++) {
            uuids[i] = new UUID(random.nextLong(), random.nextLong()).toString();
        }
        TransactionAggregator transactions = new TransactionAggregator();
        WebActivityAggregator web = new WebActivityAggregator();
        Map<String, Object> transactionStates = new HashMap<>();
        Map<String, Object> webStates = new HashMap<>();
        FakeInput transactionInput = new FakeInput("tx");
        FakeInput webInput = new FakeInput("web");
        TransactionStatus[] statuses = TransactionStatus.values();
        for (int i = 0; i < 3000; i++) {
            String uuid = uuids[random.nextInt(uuids.length)];
            long cents = 1 + random.nextInt(1_000_000);
            TransactionStatus status = statuses[random.nextInt(statuses.length)];
            Instant when = random.nextInt(10) == 0 ? null
                    : Instant.ofEpochSecond(1_600_000_000L + random.nextInt(100_000_000));
            String id = "T" + i;
            transactionInput.row("transaction_id=" + id, "user_uuid=" + uuid,
                    "amount=" + (cents / 100) + "." + String.format("%02d", cents % 100),
                    "status=" + status.code(),
                    "transaction_date=" + (when == null ? "" : when.toString()));
            transactionStates.put(uuid, transactions.add(
                    transactionStates.computeIfAbsent(uuid, u -> transactions.create()),
                    new Transaction(id, uuid, cents, status, when, null, i + 2)));
        }
        for (int i = 0; i < 3000; i++) {
            String uuid = uuids[random.nextInt(uuids.length)];
            String session = random.nextInt(5) == 0 ? null : "s" + random.nextInt(30);
            long views = random.nextInt(7);
            Instant when = random.nextInt(10) == 0 ? null
                    : Instant.ofEpochMilli(1_600_000_000_000L + random.nextInt(1_000_000_000));
            webInput.row("user_uuid=" + uuid, "session_id=" + (session == null ? "" : session),
                    "#page_views=" + views, "timestamp=" + (when == null ? "" : when.toString()));
            webStates.put(uuid, web.add(webStates.computeIfAbsent(uuid, u -> web.create()),
                    new WebEvent(uuid, session, views, when, null, i + 1)));
        }
        CapturingFormats formats = new CapturingFormats();

        Customer360.builder().transactions(transactionInput).webActivity(webInput)
                .withoutRejectsOutput()
                .outputDirectory(out).tableFormat(formats.table()).build().run();

        assertThat(formats.rows).hasSize(uuids.length);
        for (CustomerRow row : formats.rows) {
            String uuid = ((List<?>) row.get("user_uuids")).get(0).toString();
            assertColumns(row, transactions.columns(), transactions.output(
                    transactionStates.getOrDefault(uuid, transactions.create())));
            assertColumns(row, web.columns(), web.output(
                    webStates.getOrDefault(uuid, web.create())));
        }
    }

    private static void assertColumns(CustomerRow row, List<OutputColumn> columns,
            List<Object> expected) {
        for (int i = 0; i < columns.size(); i++) {
            assertThat(row.get(columns.get(i).name())).as(columns.get(i).name())
                    .isEqualTo(expected.get(i));
        }
    }
}
