package io.customer360.io.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.io.LocalFiles;
import io.customer360.model.Source;
import io.customer360.report.GateResult;
import io.customer360.report.IdentityReport;
import io.customer360.report.QualityGate;
import io.customer360.report.RecoveryReport;
import io.customer360.report.RunReport;
import io.customer360.report.SourceReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * The HTML report of a real run, opened with an HTML parser (and an XML parser for
 * well-formedness): self-contained, every source with its counts and reasons, the identity
 * figures, the guards and the outputs, and none of the inputs' e-mails; and of made-up reports:
 * the histogram of identifiers per customer, the guards' counts and the phase timings.
 */
class HtmlReportFormatTest {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w.-]+\\.[a-z]{2,}");

    @TempDir
    Path temp;

    @Test
    void theReportOfARunIsOneSelfContainedPageWithoutPersonalData() throws Exception {
        Path in = temp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve(LocalFiles.LEADS_FILE), "lead_id,full_name,email,phone,"
                + "lead_source,creation_date,user_uuid\n"
                + "L-1,ann lee,ann.lee@example.com,555,ads,2024-01-02,\n"
                + "L-2,bob roe,not-an-email,555,web,2024-01-03,\n"
                + "L-3,ann lee,ann.lee@example.com,555,web,2024-02-02,\n");
        Files.writeString(in.resolve(LocalFiles.TRANSACTIONS_FILE), "transaction_id|user_uuid|"
                + "amount|status|transaction_date|email\n"
                + "TX-1|0330fcaa-8a5c-8140-574d-d01bc0d04a58|10.00|completed|2024-01-05|"
                + "ann.lee@example.com\n"
                + "TX-2|0330fcaa-8a5c-8140-574d-d01bc0d04a58|-3|completed|2024-01-05|\n"
                + "TX-3|nope|5|completed|2024-01-05|carl@example.org\n");
        Files.writeString(in.resolve(LocalFiles.WEB_ACTIVITY_FILE), "{\"user_uuid\":"
                + "\"0330fcaa-8a5c-8140-574d-d01bc0d04a58\",\"session_id\":\"s1\","
                + "\"email\":\"dora@example.net\"}\n{\"session_id\":\"s2\"}\n");
        RunReport report = LocalFiles.defaults(in, temp.resolve("out")).build().run();
        Path page = temp.resolve("run_report.html");
        new HtmlReportFormat().write(report, page);
        String html = Files.readString(page);

        Document document = Jsoup.parse(html);
        assertThat(document.title()).isEqualTo("customer360 run report");
        assertThat(document.select("script, link, img, iframe, object, embed, base")).isEmpty();
        assertThat(document.select("[src], [href]")).isEmpty();
        assertThat(document.select("style").html()).doesNotContain("url(", "@import");
        for (Map.Entry<Source, SourceReport> source : report.sources().entrySet()) {
            Element heading = document.getElementById("source-"
                    + source.getKey().reportName());
            assertThat(heading).as(source.getKey().reportName()).isNotNull();
            String summary = heading.nextElementSibling().text();
            assertThat(summary).contains(source.getValue().read() + " read",
                    source.getValue().accepted() + " accepted",
                    source.getValue().rejected() + " rejected");
            Element table = heading.nextElementSibling().nextElementSibling()
                    .nextElementSibling();
            for (Map.Entry<String, Long> reason : source.getValue().rejectedByReason()
                    .entrySet()) {
                assertThat(table.text()).contains(reason.getKey() + " " + reason.getValue());
            }
        }
        List<String> sections = new ArrayList<>(List.of("Sources", "Identity",
                "Over-merge guards", "Outputs"));
        if (!report.phasesMs().isEmpty()) {
            sections.add("Phase timings");
        }
        assertThat(document.select("h2").eachText()).isEqualTo(sections);
        assertThat(document.select("tr.bucket"))
                .hasSize(report.identity().identifiersPerCustomer().size());
        assertThat(document.text()).contains("customers " + report.identity().customers(),
                "groups dropped (identity map only) " + report.identity().groupsDropped());
        assertThat(document.select("td code").eachText())
                .containsAll(report.outputs().values().stream().map(o -> o.sha256()).toList());

        Matcher emails = EMAIL.matcher(html);
        assertThat(emails.find()).as("an e-mail in the page").isFalse();
        parseXml(html);
    }

    @Test
    void theHistogramHasOneBarPerBucketAndTheGuardsAndPhasesTheirFigures() throws Exception {
        Map<String, Long> phases = new LinkedHashMap<>();
        phases.put("read", 600L);
        phases.put("resolve", 300L);
        phases.put("write", 50L);
        RunReport report = new RunReport("0.1.0", Instant.EPOCH, Instant.EPOCH.plusSeconds(1),
                1000, Map.of(), new IdentityReport(10, 8, 6, 4, 2, 1, 11, 12, 13, 14,
                        List.of(4L, 5L, 0L, 1L)), Map.of(), RecoveryReport.NOTHING, List.of(),
                phases);

        String html = page(report);
        Document document = Jsoup.parse(html);

        assertThat(document.select("h2").eachText()).containsExactly("Sources", "Identity",
                "Over-merge guards", "Outputs", "Phase timings");
        assertThat(document.getElementById("identifiers-per-customer")).isNotNull();
        assertThat(document.select("tr.bucket")).extracting(Element::text).containsExactly(
                "1 4 40.0%", "2 5 50.0%", "3-4 0 0.0%", "5-8 1 10.0%");
        assertThat(document.select("tr.bucket .hbar span")).extracting(bar -> bar.attr("style"))
                .containsExactly("width:80.0%", "width:100.0%", "width:0.0%", "width:20.0%");
        assertThat(document.select("tr.bucket .hbar span")).extracting(bar -> bar.attr("title"))
                .containsExactly("1: 4", "2: 5", "3-4: 0", "5-8: 1");
        assertThat(document.select("#guards tr")).extracting(Element::text).containsExactly(
                "figure count",
                "links blocked (blocklist) 11",
                "anomalous identifiers (over the link limit) 12",
                "links over the link limit 13",
                "links over the customer limit 14");
        assertThat(document.select("#phases tr")).extracting(Element::text).containsExactly(
                "phase ms share of duration", "read 600 60.0%", "resolve 300 30.0%",
                "write 50 5.0%");
        assertThat(document.select("#phases").first().previousElementSibling()
                .select("span")).extracting(bar -> bar.attr("style").replaceAll(";.*", ""))
                .containsExactly("width:60.0%", "width:30.0%", "width:5.0%");
        assertThat(document.select("script, link, img, iframe, object, embed, base, [src],"
                + " [href]")).isEmpty();
        parseXml(html);
    }

    @Test
    void withoutHistogramOrPhaseTimesThePageSaysSoAndStaysWellFormed() throws Exception {
        RunReport none = new RunReport("0.1.0", Instant.EPOCH, Instant.EPOCH, 0, Map.of(),
                new IdentityReport(0, 0, 0, 0, 0, 0), Map.of(), RecoveryReport.NOTHING);
        RunReport unmeasured = new RunReport("0.1.0", Instant.EPOCH, Instant.EPOCH, 0,
                Map.of(), new IdentityReport(3, 3, 0, 0, 0, 0), Map.of(),
                RecoveryReport.NOTHING);

        for (RunReport report : List.of(none, unmeasured)) {
            String html = page(report);
            Document document = Jsoup.parse(html);
            assertThat(document.select("h2").eachText()).containsExactly("Sources", "Identity",
                    "Over-merge guards", "Outputs");
            assertThat(document.select("tr.bucket, .hbar, #phases")).isEmpty();
            assertThat(document.getElementById("identifiers-per-customer")
                    .nextElementSibling().text()).isEqualTo(report == none ? "No customers."
                            : "Not measured in this run.");
            assertThat(document.select("#guards td:eq(1)")).extracting(Element::text)
                    .containsExactly("0", "0", "0", "0");
            parseXml(html);
        }
    }

    @Test
    void phaseNamesAreEscapedAndAZeroDurationGivesNoShare() throws Exception {
        RunReport report = new RunReport("0.1.0", Instant.EPOCH, Instant.EPOCH, 0, Map.of(),
                new IdentityReport(0, 0, 0, 0, 0, 0), Map.of(), RecoveryReport.NOTHING,
                List.of(), Map.of("<i>read</i>", 0L));

        String html = page(report);
        Document document = Jsoup.parse(html);

        assertThat(document.select("i")).isEmpty();
        assertThat(document.select("#phases tr")).extracting(Element::text)
                .containsExactly("phase ms share of duration", "<i>read</i> 0");
        parseXml(html);
    }

    private String page(RunReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportFormat().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void parseXml(String html) throws Exception {
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(html)));
    }

    @Test
    void markupInPathsIsEscaped() throws IOException {
        Map<Source, SourceReport> sources = new LinkedHashMap<>();
        sources.put(Source.LEADS, new SourceReport("in/<b>&\"leads\".csv", 4, 3, 1,
                Map.of("INVALID_EMAIL", 1L)));
        RunReport report = new RunReport("0.1.0", Instant.EPOCH, Instant.EPOCH.plusSeconds(1),
                1000, sources, new IdentityReport(3, 3, 0, 0, 0, 0), Map.of(),
                RecoveryReport.NOTHING, List.of(new GateResult(QualityGate.MAX_REJECT_RATE,
                        Source.LEADS, 0.1, 0.25, false)), Map.of());
        Path page = temp.resolve("escaped.html");
        new HtmlReportFormat().write(report, page);
        Document document = Jsoup.parse(Files.readString(page));
        assertThat(document.select("b")).isEmpty();
        assertThat(document.select("h2").eachText()).contains("Quality gates");
        assertThat(document.select("tr.failed").text())
                .isEqualTo("leads.max_reject_rate 0.1000 0.2500 FAILED");
        assertThat(document.select("code").first().text()).isEqualTo("in/<b>&\"leads\".csv");
        assertThat(List.of(Files.readString(page))).allSatisfy(html ->
                assertThat(html).contains("in/&lt;b&gt;&amp;&quot;leads&quot;.csv"));
    }
}
