package io.customer360.model;

/**
 * The input sources of a run. The declaration order is the order in which rejects of the
 * sources are reported in {@code rejects.jsonl}.
 */
public enum Source {
    /** The optional identity map linking emails to user UUIDs. */
    IDENTITY_MAP("identity_map"),
    /** The CRM lead export. */
    LEADS("leads"),
    /** The transaction file. */
    TRANSACTIONS("transactions"),
    /** The web activity log. */
    WEB_ACTIVITY("web_activity");

    private final String reportName;

    Source(String reportName) {
        this.reportName = reportName;
    }

    /**
     * The name of this source in {@code run_report.json} and {@code rejects.jsonl}.
     *
     * @return the report name
     */
    public String reportName() {
        return reportName;
    }
}
