package io.customer360.output;

import java.util.List;

/** The file names a run writes in its output folder. */
public final class OutputNames {
    /** The customer table. */
    public static final String CUSTOMER_TABLE = "customer_360.parquet";
    /** The merge explanations: which evidence attached each identifier to its customer. */
    public static final String CUSTOMER_LINKS = "customer_links.parquet";
    /** Every rejected record, one JSON object a line. */
    public static final String REJECTS = "rejects.jsonl";
    /** The rejected transactions, one line each. */
    public static final String REJECTED_TRANSACTIONS = "rejected_transactions.log";
    /** The run report. */
    public static final String REPORT = "run_report.json";
    /** The run report as a self-contained page for people to read. */
    public static final String REPORT_PAGE = "run_report.html";
    /** Every output name, the reports last: the order outputs are committed in. */
    public static final List<String> ALL = List.of(CUSTOMER_TABLE, CUSTOMER_LINKS, REJECTS,
            REJECTED_TRANSACTIONS, REPORT, REPORT_PAGE);

    private OutputNames() {
    }
}
