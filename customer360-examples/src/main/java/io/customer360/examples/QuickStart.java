package io.customer360.examples;

import io.customer360.io.LocalFiles;
import io.customer360.report.RunReport;
import java.nio.file.Path;

/**
 * The seed job in a few lines: read the default files from one folder, write the default
 * outputs to another.
 */
public final class QuickStart {
    private QuickStart() {
    }

    /**
     * Runs the default pipeline.
     *
     * @param args the input folder and the output folder
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: QuickStart <input folder> <output folder>");
            System.exit(2);
        }
        RunReport report = LocalFiles.defaults(Path.of(args[0]), Path.of(args[1])).build().run();
        System.out.print(ReportSummary.format(report));
    }
}
