package io.customer360.examples;

import io.customer360.io.LocalFiles;
import io.customer360.report.RunReport;
import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * The default pipeline plus a custom validator (amounts above 10,000 are rejected as
 * {@code AMOUNT_ABOVE_LIMIT}) and a custom aggregator column
 * ({@code largest_transaction_amount}).
 */
public final class ExtensionExample {
    private ExtensionExample() {
    }

    /**
     * Runs the extended pipeline.
     *
     * @param args the input folder and the output folder
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ExtensionExample <input folder> <output folder>");
            System.exit(2);
        }
        RunReport report = LocalFiles.defaults(Path.of(args[0]), Path.of(args[1]))
                .addTransactionValidator(new AmountLimitValidator(new BigDecimal("10000")))
                .addAggregator(new LargestTransactionAggregator())
                .build()
                .run();
        System.out.print(ReportSummary.format(report));
    }
}
