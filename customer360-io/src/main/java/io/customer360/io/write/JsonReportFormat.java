package io.customer360.io.write;

import com.fasterxml.jackson.core.JsonGenerator;
import io.customer360.model.Source;
import io.customer360.output.ReportFormat;
import io.customer360.report.FileReport;
import io.customer360.report.GateResult;
import io.customer360.report.IdentityReport;
import io.customer360.report.OutputReport;
import io.customer360.report.RunReport;
import io.customer360.report.SourceReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the run report as {@code run_report.json}: one JSON object, indented by two spaces,
 * UTF-8, LF line endings and a final LF. Keys always come in this order:
 *
 * <pre>{@code
 * {
 *   "library_version": "0.1.0",
 *   "started_at": "2026-11-28T10:00:00.000Z",
 *   "finished_at": "2026-11-28T10:00:01.234Z",
 *   "duration_ms": 1234,
 *   "phases_ms": {"read": 800, "resolve": 200, "write": 234},
 *   "sources": {
 *     "leads": {
 *       "path": "in/crm_leads.csv",
 *       "read": 10,
 *       "accepted": 7,
 *       "rejected": 3,
 *       "rejected_by_reason": {"DUPLICATE_LEAD": 1, "INVALID_EMAIL": 2}
 *     },
 *     "transactions": {…}
 *   },
 *   "identity": {"customers": 9, "with_lead": 7, "with_activity": 6, "linked": 4,
 *                "anonymous": 2, "groups_dropped": 1, "links_blocked": 0,
 *                "anomalous_identifiers": 0, "links_over_link_limit": 0,
 *                "links_over_customer_limit": 0,
 *                "identifiers_per_customer": {"1": 3, "2": 4, "3-4": 2}},
 *   "gates": [
 *     {"gate": "max_reject_rate", "source": "transactions", "threshold": 0.05,
 *      "measured": 0.2, "passed": false},
 *     {"gate": "max_anonymous_share", "source": null, "threshold": 0.5,
 *      "measured": 0.2222222222222222, "passed": true}
 *   ],
 *   "outputs": {
 *     "customer_360.parquet": {"rows": 9, "bytes": 4711, "sha256": "9f86d0…"},
 *     "rejects.jsonl": {"rows": 5, "bytes": 812, "sha256": "2c26b4…"}
 *   },
 *   "recovery": {"interrupted_commit": "none", "stale_files_removed": 0}
 * }
 * }</pre>
 *
 * <p>Times are UTC in ISO-8601 with exactly three fraction digits. {@code sources} holds only
 * the configured sources, in the order identity map, leads, transactions, web activity, named
 * by {@link Source#reportName()}; {@code rejected_by_reason} lists codes alphabetically and is
 * {@code {}} when nothing was rejected. A source spread over several files (a folder or a
 * pattern) has one more key after {@code rejected_by_reason}, {@code files}: an array of its
 * files in reading order, each {@code {"path": …, "read": …, "accepted": …, "rejected": …}},
 * whose counts add up to the source's; a source read from one file has no {@code files} key.
 * {@code phases_ms} (there only when measured) gives each phase's wall time in run order.
 * {@code identifiers_per_customer} is a histogram: customers by their number of identifiers,
 * in buckets {@code 1}, {@code 2}, {@code 3-4}, {@code 5-8}, ... up to the last non-empty one.
 * {@code gates} is there only when quality gates are configured: one object per gate, per
 * source in source order ({@code max_reject_rate}, then {@code min_accepted}), then the
 * run-wide {@code max_anonymous_share} (whose {@code source} is null); {@code min_accepted}'s
 * threshold and measured value are whole numbers, the others shares from 0 to 1.
 * {@code outputs} lists files in writing order, each with
 * its rows, size in bytes and SHA-256 digest (64 lower-case hexadecimal digits), so that a
 * consumer can check that the files beside the report are the ones it describes; the report
 * itself, committed last, is not listed. {@code recovery} says what the run cleaned up after
 * earlier runs: {@code interrupted_commit} is {@code none}, {@code rolled_back} or
 * {@code completed}. Instances are stateless and reusable.
 */
public final class JsonReportFormat implements ReportFormat {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** Creates the format. */
    public JsonReportFormat() {
        // nothing to configure
    }

    /**
     * {@inheritDoc}
     *
     * @throws java.nio.file.FileAlreadyExistsException when {@code file} exists
     */
    @Override
    public void write(RunReport report, Path file) throws IOException {
        Objects.requireNonNull(report, "report");
        write(report, OutputFiles.createNew(file));
    }

    /**
     * Writes the report to a stream, as to a file, and closes the stream.
     *
     * @param report the report to write
     * @param out    where to write it
     * @throws IOException when the stream cannot be written
     */
    public void write(RunReport report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        try (JsonGenerator json = OutputFiles.jsonGenerator(out)) {
            json.setPrettyPrinter(new ReportPrettyPrinter());
            writeReport(json, report);
            json.writeRaw('\n');
        }
    }

    private static void writeReport(JsonGenerator json, RunReport report) throws IOException {
        json.writeStartObject();
        json.writeStringField("library_version", OutputFiles.wellFormed(report.libraryVersion()));
        json.writeStringField("started_at", TIME.format(report.startedAt()));
        json.writeStringField("finished_at", TIME.format(report.finishedAt()));
        json.writeNumberField("duration_ms", report.durationMs());
        if (!report.phasesMs().isEmpty()) {
            json.writeObjectFieldStart("phases_ms");
            for (Map.Entry<String, Long> phase : report.phasesMs().entrySet()) {
                json.writeNumberField(phase.getKey(), phase.getValue());
            }
            json.writeEndObject();
        }
        json.writeObjectFieldStart("sources");
        for (Map.Entry<Source, SourceReport> source : report.sources().entrySet()) {
            json.writeFieldName(source.getKey().reportName());
            writeSource(json, source.getValue());
        }
        json.writeEndObject();
        writeIdentity(json, report.identity());
        if (!report.gates().isEmpty()) {
            writeGates(json, report.gates());
        }
        json.writeObjectFieldStart("outputs");
        for (Map.Entry<String, OutputReport> output : report.outputs().entrySet()) {
            json.writeObjectFieldStart(OutputFiles.wellFormed(output.getKey()));
            json.writeNumberField("rows", output.getValue().rows());
            json.writeNumberField("bytes", output.getValue().bytes());
            json.writeStringField("sha256", output.getValue().sha256());
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeObjectFieldStart("recovery");
        json.writeStringField("interrupted_commit",
                report.recovery().interruptedCommit().reportName());
        json.writeNumberField("stale_files_removed", report.recovery().staleFilesRemoved());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeSource(JsonGenerator json, SourceReport source) throws IOException {
        json.writeStartObject();
        json.writeStringField("path", OutputFiles.wellFormed(source.location()));
        json.writeNumberField("read", source.read());
        json.writeNumberField("accepted", source.accepted());
        json.writeNumberField("rejected", source.rejected());
        json.writeObjectFieldStart("rejected_by_reason");
        for (Map.Entry<String, Long> reason : source.rejectedByReason().entrySet()) {
            json.writeNumberField(reason.getKey(), reason.getValue());
        }
        json.writeEndObject();
        if (!source.files().isEmpty()) {
            json.writeArrayFieldStart("files");
            for (FileReport file : source.files()) {
                json.writeStartObject();
                json.writeStringField("path", OutputFiles.wellFormed(file.file()));
                json.writeNumberField("read", file.read());
                json.writeNumberField("accepted", file.accepted());
                json.writeNumberField("rejected", file.rejected());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writeIdentity(JsonGenerator json, IdentityReport identity) throws IOException {
        json.writeObjectFieldStart("identity");
        json.writeNumberField("customers", identity.customers());
        json.writeNumberField("with_lead", identity.withLead());
        json.writeNumberField("with_activity", identity.withActivity());
        json.writeNumberField("linked", identity.linked());
        json.writeNumberField("anonymous", identity.anonymous());
        json.writeNumberField("groups_dropped", identity.groupsDropped());
        json.writeNumberField("links_blocked", identity.linksBlocked());
        json.writeNumberField("anomalous_identifiers", identity.anomalousIdentifiers());
        json.writeNumberField("links_over_link_limit", identity.linksOverLinkLimit());
        json.writeNumberField("links_over_customer_limit", identity.linksOverCustomerLimit());
        json.writeObjectFieldStart("identifiers_per_customer");
        List<Long> histogram = identity.identifiersPerCustomer();
        for (int bucket = 0; bucket < histogram.size(); bucket++) {
            json.writeNumberField(IdentityReport.bucketLabel(bucket), histogram.get(bucket));
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeGates(JsonGenerator json, List<GateResult> gates)
            throws IOException {
        json.writeArrayFieldStart("gates");
        for (GateResult gate : gates) {
            json.writeStartObject();
            json.writeStringField("gate", gate.gate().key());
            if (gate.source() == null) {
                json.writeNullField("source");
            } else {
                json.writeStringField("source", gate.source().reportName());
            }
            if (gate.gate().isCount()) {
                json.writeNumberField("threshold", (long) gate.threshold());
                json.writeNumberField("measured", (long) gate.measured());
            } else {
                json.writeNumberField("threshold", gate.threshold());
                json.writeNumberField("measured", gate.measured());
            }
            json.writeBooleanField("passed", gate.passed());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    @Override
    public String toString() {
        return "JsonReportFormat";
    }
}
