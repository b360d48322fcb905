package io.customer360.engine;

import io.customer360.model.Lead;
import io.customer360.output.ColumnType;
import io.customer360.output.CustomerRow;
import io.customer360.output.OutputColumn;
import io.customer360.output.OutputSchema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer table's columns and how one customer becomes a row: identity and lead columns,
 * the built-in transaction aggregator's columns, the customer's transaction ids, the built-in
 * web aggregator's columns, the activity summary (derived from the built-in columns), then the
 * custom aggregators' columns in the order added.
 */
final class CustomerTable {
    private static final List<OutputColumn> IDENTITY_COLUMNS = List.of(
            OutputColumn.required("customer_id", ColumnType.STRING),
            OutputColumn.optional("primary_email", ColumnType.STRING),
            OutputColumn.required("emails", ColumnType.STRING_LIST),
            OutputColumn.required("user_uuids", ColumnType.STRING_LIST),
            OutputColumn.optional("lead_id", ColumnType.STRING),
            OutputColumn.optional("full_name", ColumnType.STRING),
            OutputColumn.optional("phone", ColumnType.STRING),
            OutputColumn.optional("lead_source", ColumnType.STRING),
            OutputColumn.optional("lead_created_at", ColumnType.TIMESTAMP_MILLIS));
    private static final OutputColumn TRANSACTION_IDS =
            OutputColumn.required("transaction_ids", ColumnType.STRING_LIST);
    private static final List<OutputColumn> SUMMARY_COLUMNS = List.of(
            OutputColumn.optional("last_activity_at", ColumnType.TIMESTAMP_MILLIS),
            OutputColumn.required("has_lead", ColumnType.BOOLEAN),
            OutputColumn.required("has_transactions", ColumnType.BOOLEAN),
            OutputColumn.required("has_web_activity", ColumnType.BOOLEAN));

    private final AggregationPlan plan;
    private final OutputSchema schema;
    /** Where the summary's inputs lie in the built-in aggregators' outputs. */
    private final int transactionCount;
    private final int lastTransaction;
    private final int webEvents;
    private final int lastSeen;

    /**
     * @throws IllegalArgumentException when two columns share a name
     */
    CustomerTable(AggregationPlan plan) {
        this.plan = plan;
        List<OutputColumn> columns = new ArrayList<>(IDENTITY_COLUMNS);
        columns.addAll(plan.columns(AggregationPlan.TRANSACTIONS));
        columns.add(TRANSACTION_IDS);
        columns.addAll(plan.columns(AggregationPlan.WEB_ACTIVITY));
        columns.addAll(SUMMARY_COLUMNS);
        for (int a = AggregationPlan.WEB_ACTIVITY + 1; a < plan.aggregators.size(); a++) {
            columns.addAll(plan.columns(a));
        }
        this.schema = new OutputSchema(columns);
        transactionCount = indexOf(AggregationPlan.TRANSACTIONS, "transaction_count");
        lastTransaction = indexOf(AggregationPlan.TRANSACTIONS, "last_transaction_at");
        webEvents = indexOf(AggregationPlan.WEB_ACTIVITY, "web_event_count");
        lastSeen = indexOf(AggregationPlan.WEB_ACTIVITY, "last_seen_at");
    }

    private int indexOf(int aggregator, String column) {
        List<OutputColumn> columns = plan.columns(aggregator);
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).name().equals(column)) {
                return c;
            }
        }
        throw new IllegalStateException("no built-in column " + column);
    }

    OutputSchema schema() {
        return schema;
    }

    /**
     * The row of one customer.
     *
     * @param primaryLead    the primary lead, or null
     * @param transactionIds the customer's sorted transaction ids
     * @param aggregates     the customer's aggregates, every part added
     */
    CustomerRow row(String customerId, String primaryEmail, List<String> emails,
            List<String> userUuids, Lead primaryLead, List<String> transactionIds,
            RowAggregates aggregates) {
        Object[] values = new Object[schema.size()];
        int at = 0;
        values[at++] = customerId;
        values[at++] = primaryEmail;
        values[at++] = emails;
        values[at++] = userUuids;
        values[at++] = primaryLead == null ? null : primaryLead.leadId();
        values[at++] = primaryLead == null ? null : primaryLead.fullName();
        values[at++] = primaryLead == null ? null : primaryLead.phone();
        values[at++] = primaryLead == null ? null : primaryLead.leadSource();
        values[at++] = primaryLead == null ? null : primaryLead.creationDate();
        List<Object> transactions = aggregates.output(AggregationPlan.TRANSACTIONS);
        at = put(values, at, transactions);
        values[at++] = transactionIds;
        List<Object> web = aggregates.output(AggregationPlan.WEB_ACTIVITY);
        at = put(values, at, web);
        values[at++] = later((Instant) transactions.get(lastTransaction),
                (Instant) web.get(lastSeen));
        values[at++] = primaryLead != null;
        values[at++] = (Long) transactions.get(transactionCount) > 0;
        values[at++] = (Long) web.get(webEvents) > 0;
        for (int a = AggregationPlan.WEB_ACTIVITY + 1; a < plan.aggregators.size(); a++) {
            at = put(values, at, aggregates.output(a));
        }
        return CustomerRow.of(schema, values);
    }

    private static Instant later(Instant left, Instant right) {
        if (left == null || right == null) {
            return left == null ? right : left;
        }
        return left.isAfter(right) ? left : right;
    }

    private static int put(Object[] values, int at, List<Object> output) {
        int next = at;
        for (Object value : output) {
            values[next++] = value;
        }
        return next;
    }
}
