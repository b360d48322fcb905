package io.customer360.examples;

import io.customer360.error.Customer360Exception;
import io.customer360.error.OutputException;
import io.customer360.io.LocalFiles;
import io.customer360.report.RunReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command line: {@code java -jar customer360.jar [--verbose] [--help] [<input folder>
 * <output folder>]}. Without folders it runs on the bundled sample data into
 * {@code ./customer360-output/}.
 *
 * <p>A failure is reported as one line on standard error, {@code customer360: <message>}, and
 * ends the process with the status its type maps to in {@code ExitCode}; the stack trace
 * follows only with {@code --verbose} or the environment variable {@code CUSTOMER360_VERBOSE}
 * set to {@code 1} or {@code true}.
 */
public final class Cli {
    static final String USAGE =
            "usage: customer360 [--verbose] [--help] [<input folder> <output folder>]";
    static final String VERBOSE_VARIABLE = "CUSTOMER360_VERBOSE";
    private static final String PREFIX = "customer360: ";
    private static final String DEFAULT_OUTPUT = "customer360-output";
    private static final String SAMPLE = "/io/customer360/examples/sample/";
    private static final List<String> SAMPLE_FILES = List.of(LocalFiles.LEADS_FILE,
            LocalFiles.TRANSACTIONS_FILE, LocalFiles.WEB_ACTIVITY_FILE, LocalFiles.IDENTITY_MAP_FILE);
    /** slf4j-simple's setting for where log lines go. */
    private static final String LOG_FILE_PROPERTY = "org.slf4j.simpleLogger.logFile";

    private Cli() {
    }

    /**
     * Runs the default pipeline, prints the run summary and exits with the status of
     * {@link #run}.
     *
     * @param args {@code --verbose} or {@code --help} anywhere, and nothing or the input
     *             folder and the output folder
     */
    public static void main(String[] args) {
        // Progress logs go to standard output, so that standard error holds only the error
        // line; -Dorg.slf4j.simpleLogger.logFile=... still decides.
        if (System.getProperty(LOG_FILE_PROPERTY) == null) {
            System.setProperty(LOG_FILE_PROPERTY, "System.out");
        }
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    /**
     * Runs the command line and returns its exit status; throws nothing.
     *
     * @param args the command-line arguments
     * @param out  where the run summary goes
     * @param err  where the error line (and, when asked, the stack trace) goes
     * @param env  the environment, for {@value #VERBOSE_VARIABLE}
     * @return an {@link ExitCode}'s code
     */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        Arguments arguments = Arguments.parse(args, isVerbose(env.get(VERBOSE_VARIABLE)));
        if (arguments.problem() != null) {
            err.println(PREFIX + arguments.problem());
            err.println(USAGE);
            return ExitCode.USAGE.code();
        }
        if (arguments.help()) {
            out.println(USAGE);
            return ExitCode.SUCCESS.code();
        }
        try {
            Path input;
            Path output;
            if (arguments.folders().isEmpty()) {
                input = copySample(makeSampleFolder());
                output = Path.of(DEFAULT_OUTPUT);
                out.println("No folders given: running on the bundled sample data.");
            } else {
                input = arguments.folders().get(0);
                output = arguments.folders().get(1);
            }
            RunReport report = LocalFiles.defaults(input, output)
                    .listener(new ConsoleProgress(out)).build().run();
            out.print(ReportSummary.format(report));
            out.println("outputs in " + output.toAbsolutePath());
            return ExitCode.SUCCESS.code();
        } catch (Throwable failure) {
            return report(failure, err, arguments.verbose());
        }
    }

    /**
     * Prints a failure as one line, and its stack trace when {@code verbose}; returns the exit
     * status for it.
     */
    static int report(Throwable failure, PrintStream err, boolean verbose) {
        err.println(PREFIX + message(failure));
        if (verbose) {
            failure.printStackTrace(err);
        }
        return ExitCode.of(failure).code();
    }

    /**
     * The error line's message: a library failure's own message (written to name the path and
     * reason, never records), anything else as an internal error with its type.
     */
    private static String message(Throwable failure) {
        if (!(failure instanceof Customer360Exception)) {
            return "internal error: " + oneLine(failure.toString());
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getName()
                : oneLine(message);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static boolean isVerbose(String setting) {
        return setting != null && (setting.strip().equals("1")
                || setting.strip().toLowerCase(Locale.ROOT).equals("true"));
    }

    private static Path makeSampleFolder() {
        try {
            Path folder = Files.createTempDirectory("customer360-sample");
            deleteOnExit(folder);
            return folder;
        } catch (IOException failure) {
            throw new OutputException(Path.of(System.getProperty("java.io.tmpdir")),
                    "cannot make a folder for the sample data: " + reason(failure), failure);
        }
    }

    private static void deleteOnExit(Path sampleDirectory) {
        // Registered first so that the directory is deleted after its files.
        sampleDirectory.toFile().deleteOnExit();
        for (String file : SAMPLE_FILES) {
            sampleDirectory.resolve(file).toFile().deleteOnExit();
        }
    }

    /**
     * Copies the bundled sample files into {@code directory}.
     *
     * @throws OutputException naming the file that could not be written
     */
    static Path copySample(Path directory) {
        for (String file : SAMPLE_FILES) {
            Path target = directory.resolve(file);
            try (InputStream in = Cli.class.getResourceAsStream(SAMPLE + file)) {
                if (in == null) {
                    throw new IllegalStateException("bundled sample file missing: " + file);
                }
                Files.copy(in, target);
            } catch (IOException failure) {
                throw new OutputException(target, "cannot copy the sample data: "
                        + reason(failure), failure);
            }
        }
        return directory;
    }

    /** The system's reason for an I/O failure, such as {@code Permission denied}. */
    private static String reason(IOException failure) {
        if (failure instanceof FileSystemException) {
            String reason = ((FileSystemException) failure).getReason();
            return reason != null ? oneLine(reason) : failure.getClass().getSimpleName();
        }
        String message = failure.getMessage();
        return message != null ? oneLine(message) : failure.getClass().getSimpleName();
    }

    /**
     * The parsed command line: the folders (none or two), whether to print stack traces and
     * usage, or the usage problem found, which is null when there is none.
     */
    private record Arguments(List<Path> folders, boolean verbose, boolean help, String problem) {
        static Arguments parse(String[] args, boolean verboseByEnvironment) {
            boolean verbose = verboseByEnvironment;
            boolean help = false;
            List<Path> folders = new ArrayList<>();
            for (String arg : args) {
                if (arg.equals("--verbose")) {
                    verbose = true;
                } else if (arg.equals("--help")) {
                    help = true;
                } else if (arg.startsWith("-") && arg.length() > 1) {
                    return problem("unknown option " + arg);
                } else {
                    try {
                        folders.add(Path.of(arg));
                    } catch (InvalidPathException notPath) {
                        return problem(oneLine(notPath.getMessage()));
                    }
                }
            }
            if (!help && !folders.isEmpty() && folders.size() != 2) {
                return problem("expected an input folder and an output folder, or nothing, but"
                        + " got " + folders.size() + (folders.size() == 1 ? " argument"
                        : " arguments"));
            }
            return new Arguments(List.copyOf(folders), verbose, help, null);
        }

        private static Arguments problem(String problem) {
            return new Arguments(List.of(), false, false, problem);
        }
    }
}
