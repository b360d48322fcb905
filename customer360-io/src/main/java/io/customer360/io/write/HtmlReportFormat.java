package io.customer360.io.write;

import io.customer360.model.Source;
import io.customer360.output.ReportFormat;
import io.customer360.report.GateResult;
import io.customer360.report.IdentityReport;
import io.customer360.report.OutputReport;
import io.customer360.report.RunReport;
import io.customer360.report.SourceReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the run report as one self-contained HTML page ({@code run_report.html}) for people to
 * look at: per source a bar of accepted and rejected records by reason with the counts, the
 * identity figures with a bar of customers with and without a lead and a histogram of
 * identifiers per customer, what the over-merge guards kept from linking, the quality gates when
 * configured, the outputs, and the time of each phase of the run when measured. Styles are
 * inline; the page loads nothing (no script, image, font or style sheet from elsewhere). It
 * holds what the JSON report holds: counts, reason codes and paths, never a record's values.
 * The markup is also well-formed XML. Instances are stateless and reusable.
 */
public final class HtmlReportFormat implements ReportFormat {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    /** Colours of the reasons' segments, in turn; accepted records are green. */
    private static final String[] REASON_COLOURS = {"#d9534f", "#f0ad4e", "#8e6c8a", "#5bc0de",
        "#b5651d", "#777777", "#c71585", "#2f4f4f"};
    /** Colours of the phases' segments, in turn. */
    private static final String[] PHASE_COLOURS = {"#5bc0de", "#337ab7", "#8e6c8a", "#f0ad4e"};
    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em;"
            + "color:#222}table{border-collapse:collapse;margin:.5em 0 1.5em}"
            + "td,th{border:1px solid #ccc;padding:.25em .6em;text-align:right}"
            + "th:first-child,td:first-child{text-align:left}"
            + ".bar{display:flex;width:40em;max-width:100%;height:1.2em;border:1px solid #999}"
            + ".bar span{display:block;height:100%}.key{display:inline-block;width:.8em;"
            + "height:.8em;margin-right:.3em}.accepted{background:#5cb85c}"
            + ".lead{background:#337ab7}.anonymous{background:#bbb}"
            + "code{font-size:.9em}tr.failed td{background:#f8d7da}"
            + ".hbar{width:20em;height:1em;border:1px solid #999}"
            + ".hbar span{display:block;height:100%;background:#337ab7}";

    /** Creates the format. */
    public HtmlReportFormat() {
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
     * Writes the page to a stream and closes the stream.
     *
     * @param report the report to show
     * @param out    where to write it
     * @throws IOException when the stream cannot be written
     */
    public void write(RunReport report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        try (Writer html = new BufferedWriter(new OutputStreamWriter(out,
                StandardCharsets.UTF_8))) {
            html.write(page(report));
        }
    }

    private static String page(RunReport report) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
                .append("<title>customer360 run report</title><style>").append(STYLE)
                .append("</style></head><body>\n<h1>customer360 run report</h1>\n<p>")
                .append("customer360 ").append(text(report.libraryVersion()))
                .append(", started ").append(TIME.format(report.startedAt()))
                .append(", finished ").append(TIME.format(report.finishedAt()))
                .append(", ").append(report.durationMs()).append(" ms</p>\n");
        html.append("<h2>Sources</h2>\n");
        for (Map.Entry<Source, SourceReport> source : report.sources().entrySet()) {
            source(html, source.getKey().reportName(), source.getValue());
        }
        identity(html, report.identity());
        histogram(html, report.identity());
        guards(html, report.identity());
        gates(html, report.gates());
        outputs(html, report.outputs());
        phases(html, report.phasesMs(), report.durationMs());
        html.append("</body></html>\n");
        return html.toString();
    }

    private static void source(StringBuilder html, String name, SourceReport source) {
        html.append("<h3 id=\"source-").append(name).append("\">").append(name).append("</h3>\n")
                .append("<p><code>").append(text(source.location())).append("</code>: ")
                .append(source.read()).append(" read, ").append(source.accepted())
                .append(" accepted, ").append(source.rejected()).append(" rejected</p>\n")
                .append("<div class=\"bar\" role=\"img\" aria-label=\"accepted and rejected")
                .append(" records of ").append(name).append("\">");
        segment(html, "accepted", null, source.accepted(), source.read(), "accepted");
        int colour = 0;
        for (Map.Entry<String, Long> reason : source.rejectedByReason().entrySet()) {
            segment(html, null, REASON_COLOURS[colour++ % REASON_COLOURS.length],
                    reason.getValue(), source.read(), reason.getKey());
        }
        html.append("</div>\n<table><tr><th>records</th><th>count</th><th>share</th></tr>");
        row(html, "accepted", "accepted", null, source.accepted(), source.read());
        colour = 0;
        for (Map.Entry<String, Long> reason : source.rejectedByReason().entrySet()) {
            row(html, reason.getKey(), null, REASON_COLOURS[colour++ % REASON_COLOURS.length],
                    reason.getValue(), source.read());
        }
        html.append("</table>\n");
    }

    private static void identity(StringBuilder html, IdentityReport identity) {
        html.append("<h2>Identity</h2>\n<div class=\"bar\" role=\"img\" aria-label=\"customers")
                .append(" with and without a lead\">");
        segment(html, "lead", null, identity.withLead(), identity.customers(), "with a lead");
        segment(html, "anonymous", null, identity.anonymous(), identity.customers(),
                "without a lead");
        html.append("</div>\n<table><tr><th>figure</th><th>count</th></tr>");
        figure(html, "customers", identity.customers());
        figure(html, "with a lead", identity.withLead());
        figure(html, "with activity", identity.withActivity());
        figure(html, "linked (lead and activity)", identity.linked());
        figure(html, "anonymous (no lead)", identity.anonymous());
        figure(html, "groups dropped (identity map only)", identity.groupsDropped());
        html.append("</table>\n");
    }

    /** One bar per bucket, as long as its count relative to the fullest bucket. */
    private static void histogram(StringBuilder html, IdentityReport identity) {
        html.append("<h3 id=\"identifiers-per-customer\">Identifiers per customer</h3>\n");
        List<Long> buckets = identity.identifiersPerCustomer();
        if (buckets.isEmpty()) {
            html.append("<p>").append(identity.customers() == 0 ? "No customers."
                    : "Not measured in this run.").append("</p>\n");
            return;
        }
        long fullest = 0;
        long total = 0;
        for (long count : buckets) {
            fullest = Math.max(fullest, count);
            total += count;
        }
        html.append("<table><tr><th>identifiers</th><th>customers</th><th>count</th>")
                .append("<th>share</th></tr>");
        for (int bucket = 0; bucket < buckets.size(); bucket++) {
            long count = buckets.get(bucket);
            String label = IdentityReport.bucketLabel(bucket);
            html.append("<tr class=\"bucket\"><td>").append(label)
                    .append("</td><td><div class=\"hbar\" role=\"img\" aria-label=\"")
                    .append("customers with ").append(label)
                    .append(bucket == 0 ? " identifier" : " identifiers").append("\">")
                    .append("<span style=\"width:").append(percent(count, fullest))
                    .append("%\" title=\"").append(label).append(": ").append(count)
                    .append("\"></span></div></td><td>").append(count).append("</td><td>")
                    .append(percent(count, total)).append("%</td></tr>");
        }
        html.append("</table>\n");
    }

    private static void guards(StringBuilder html, IdentityReport identity) {
        html.append("<h2>Over-merge guards</h2>\n<table id=\"guards\"><tr><th>figure</th>")
                .append("<th>count</th></tr>");
        figure(html, "links blocked (blocklist)", identity.linksBlocked());
        figure(html, "anomalous identifiers (over the link limit)",
                identity.anomalousIdentifiers());
        figure(html, "links over the link limit", identity.linksOverLinkLimit());
        figure(html, "links over the customer limit", identity.linksOverCustomerLimit());
        html.append("</table>\n");
    }

    /** A bar of the phases' shares of the run's duration and a table of their times. */
    private static void phases(StringBuilder html, Map<String, Long> phases, long durationMs) {
        if (phases.isEmpty()) {
            return;
        }
        html.append("<h2>Phase timings</h2>\n<div class=\"bar\" role=\"img\" aria-label=\"")
                .append("time of each phase in milliseconds\">");
        int colour = 0;
        for (Map.Entry<String, Long> phase : phases.entrySet()) {
            segment(html, null, PHASE_COLOURS[colour++ % PHASE_COLOURS.length],
                    phase.getValue(), durationMs, phase.getKey());
        }
        html.append("</div>\n<table id=\"phases\"><tr><th>phase</th><th>ms</th>")
                .append("<th>share of duration</th></tr>");
        colour = 0;
        for (Map.Entry<String, Long> phase : phases.entrySet()) {
            row(html, phase.getKey(), null, PHASE_COLOURS[colour++ % PHASE_COLOURS.length],
                    phase.getValue(), durationMs);
        }
        html.append("</table>\n");
    }

    private static void gates(StringBuilder html, List<GateResult> gates) {
        if (gates.isEmpty()) {
            return;
        }
        html.append("<h2>Quality gates</h2>\n<table><tr><th>gate</th><th>threshold</th>")
                .append("<th>measured</th><th>result</th></tr>");
        for (GateResult gate : gates) {
            html.append("<tr class=\"").append(gate.passed() ? "passed" : "failed")
                    .append("\"><td>").append(text(gate.name())).append("</td><td>")
                    .append(number(gate.threshold())).append("</td><td>")
                    .append(number(gate.measured())).append("</td><td>")
                    .append(gate.passed() ? "passed" : "FAILED").append("</td></tr>");
        }
        html.append("</table>\n");
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.4f", value);
    }

    private static void outputs(StringBuilder html, Map<String, OutputReport> outputs) {
        html.append("<h2>Outputs</h2>\n<table><tr><th>output</th><th>rows</th><th>bytes</th>")
                .append("<th>SHA-256</th></tr>");
        for (Map.Entry<String, OutputReport> output : outputs.entrySet()) {
            html.append("<tr><td>").append(text(output.getKey())).append("</td><td>")
                    .append(output.getValue().rows()).append("</td><td>")
                    .append(output.getValue().bytes()).append("</td><td><code>")
                    .append(text(output.getValue().sha256())).append("</code></td></tr>");
        }
        html.append("</table>\n");
    }

    private static void segment(StringBuilder html, String cssClass, String colour, long count,
            long total, String label) {
        if (count <= 0 || total <= 0) {
            return;
        }
        html.append("<span");
        if (cssClass != null) {
            html.append(" class=\"").append(cssClass).append('"');
        }
        html.append(" style=\"width:").append(percent(count, total)).append('%');
        if (colour != null) {
            html.append(";background:").append(colour);
        }
        html.append("\" title=\"").append(text(label)).append(": ").append(count)
                .append("\"></span>");
    }

    private static void row(StringBuilder html, String label, String cssClass, String colour,
            long count, long total) {
        html.append("<tr><td><span class=\"key");
        if (cssClass != null) {
            html.append(' ').append(cssClass);
        }
        html.append('"');
        if (colour != null) {
            html.append(" style=\"background:").append(colour).append('"');
        }
        html.append("></span>").append(text(label)).append("</td><td>").append(count)
                .append("</td><td>").append(total <= 0 ? "" : percent(count, total) + "%")
                .append("</td></tr>");
    }

    private static void figure(StringBuilder html, String label, long count) {
        html.append("<tr><td>").append(label).append("</td><td>").append(count)
                .append("</td></tr>");
    }

    private static String percent(long count, long total) {
        return String.format(Locale.ROOT, "%.1f", 100.0 * count / total);
    }

    /** Text with the characters that HTML and XML give meaning to escaped. */
    private static String text(String value) {
        String wellFormed = OutputFiles.wellFormed(value);
        StringBuilder escaped = new StringBuilder(wellFormed.length());
        for (int i = 0; i < wellFormed.length(); i++) {
            char c = wellFormed.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c < 0x20 && c != '\t' ? ' ' : c);
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return "HtmlReportFormat";
    }
}
