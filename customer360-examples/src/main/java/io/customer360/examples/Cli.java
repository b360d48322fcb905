package io.customer360.examples;

import io.customer360.io.LocalFiles;
import io.customer360.SchemaException;
import io.customer360.report.RunReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The command line: {@code java -jar customer360-examples-all.jar [<input folder> <output folder>]}.
 * Without arguments it runs on the bundled sample data into {@code ./customer360-output/}.
 */
public final class Cli {
    private static final String SAMPLE = "/io/customer360/examples/sample/";
    private static final List<String> SAMPLE_FILES = List.of(LocalFiles.LEADS_FILE,
            LocalFiles.TRANSACTIONS_FILE, LocalFiles.WEB_ACTIVITY_FILE, LocalFiles.IDENTITY_MAP_FILE);

    private Cli() {
    }

    /**
     * Runs the default pipeline and prints the run summary.
     *
     * @param args nothing, or the input folder and the output folder
     */
    public static void main(String[] args) throws IOException {
        Path input;
        Path output;
        if (args.length == 0) {
            input = copySample(Files.createTempDirectory("customer360-sample"));
            deleteOnExit(input);
            output = Path.of("customer360-output");
            System.out.println("No folders given: running on the bundled sample data.");
        } else if (args.length == 2) {
            input = Path.of(args[0]);
            output = Path.of(args[1]);
        } else {
            System.err.println("usage: customer360 [<input folder> <output folder>]");
            System.exit(2);
            return;
        }
        try {
            RunReport report = LocalFiles.defaults(input, output).build().run();
            System.out.print(ReportSummary.format(report));
            System.out.println("outputs in " + output.toAbsolutePath());
        } catch (SchemaException failure) {
            System.err.println("customer360: " + failure.getMessage());
            System.exit(1);
        }
    }

    private static void deleteOnExit(Path sampleDirectory) {
        // Registered first so that the directory is deleted after its files.
        sampleDirectory.toFile().deleteOnExit();
        for (String file : SAMPLE_FILES) {
            sampleDirectory.resolve(file).toFile().deleteOnExit();
        }
    }

    /** Copies the bundled sample files into {@code directory}. */
    static Path copySample(Path directory) {
        for (String file : SAMPLE_FILES) {
            try (InputStream in = Cli.class.getResourceAsStream(SAMPLE + file)) {
                if (in == null) {
                    throw new IllegalStateException("bundled sample file missing: " + file);
                }
                Files.copy(in, directory.resolve(file));
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }
        return directory;
    }
}
