package io.customer360.examples;

import io.customer360.Customer360;
import io.customer360.config.Customer360Config;
import io.customer360.error.ConfigurationException;
import io.customer360.error.Customer360Exception;
import io.customer360.error.ExitStatus;
import io.customer360.error.OutputException;
import io.customer360.error.QualityGateException;
import io.customer360.io.LocalFiles;
import io.customer360.read.DateOrder;
import io.customer360.report.RunReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line: {@code customer360 [run] [--config FILE] [options] [IN] [OUT]} (see
 * {@link Options}). Without a configuration or folders it runs on the bundled sample data into
 * {@code ./customer360-output/}; {@code customer360 IN OUT} runs the default file layout.
 * {@code customer360 explain OUT CUSTOMER [IDENTIFIER]} explains one customer of a finished
 * run instead (see {@link ExplainCommand}).
 *
 * <p>A failure is reported as one line on standard error, {@code customer360: <message>}, and
 * ends the process with the status its type maps to in {@code ExitCode}; the stack trace
 * follows only with {@code --verbose} or the environment variable {@code CUSTOMER360_VERBOSE}
 * set to {@code 1} or {@code true}. A wrong argument prints one line and the usage, status 2.
 */
public final class Cli {
    static final String USAGE = "usage: customer360 [run] [--config FILE] [OPTIONS] [IN] [OUT]";
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
     * Runs the command line and exits with the status of {@link #run}.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        // Progress logs go to standard output, so that standard error holds only the error
        // line; -Dorg.slf4j.simpleLogger.logFile=... still decides.
        if (System.getProperty(LOG_FILE_PROPERTY) == null) {
            System.setProperty(LOG_FILE_PROPERTY, "System.out");
        }
        System.exit(run(args, System.out, System.err, System.getenv(),
                System.console() != null));
    }

    /**
     * Runs the command line and returns its exit status; throws nothing. Progress is printed as
     * plain lines.
     *
     * @param args the command-line arguments
     * @param out  where the run summary goes
     * @param err  where the error line (and, when asked, the stack trace) goes
     * @param env  the environment, for {@value #VERBOSE_VARIABLE}
     * @return an {@link ExitCode}'s code
     */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        return run(args, out, err, env, false);
    }

    private static int run(String[] args, PrintStream out, PrintStream err,
            Map<String, String> env, boolean terminal) {
        if (args.length > 0 && args[0].equals(ExplainCommand.NAME)) {
            return ExplainCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err, env);
        }
        Options options = new Options();
        CommandLine command = new CommandLine(options);
        String[] rest = args.length > 0 && args[0].equals("run")
                ? Arrays.copyOfRange(args, 1, args.length) : args;
        try {
            command.parseArgs(rest);
        } catch (CommandLine.ParameterException wrong) {
            err.println(PREFIX + oneLine(wrong.getMessage()));
            err.println(USAGE);
            return ExitCode.USAGE.code();
        }
        if (options.help) {
            out.print(command.getUsageMessage(CommandLine.Help.Ansi.OFF));
            return ExitCode.SUCCESS.code();
        }
        if (options.version) {
            out.println("customer360 " + Customer360.version());
            return ExitCode.SUCCESS.code();
        }
        boolean verbose = options.verbose || isVerbose(env.get(VERBOSE_VARIABLE));
        int folders = options.folders.size();
        if (folders > 2 || options.config == null && folders == 1) {
            err.println(PREFIX + (options.config == null
                    ? "expected an input folder and an output folder, or nothing, but got "
                    : "expected an output folder, or an input and an output folder, but got ")
                    + folders + (folders == 1 ? " argument" : " arguments"));
            err.println(USAGE);
            return ExitCode.USAGE.code();
        }
        try {
            Path output;
            Customer360.Builder builder;
            if (options.config != null) {
                Path input = options.folders.size() == 2 ? options.folders.get(0) : null;
                builder = Customer360Config.load(options.config, input);
                output = options.folders.isEmpty() ? null
                        : options.folders.get(options.folders.size() - 1);
                if (output != null) {
                    builder.outputDirectory(output);
                }
            } else if (options.folders.isEmpty()) {
                Path input = copySample(makeSampleFolder());
                output = Path.of(DEFAULT_OUTPUT);
                out.println("No folders given: running on the bundled sample data.");
                builder = LocalFiles.defaults(input, output);
            } else {
                output = options.folders.get(1);
                builder = LocalFiles.defaults(options.folders.get(0), output);
            }
            options.applyTo(builder);
            RunReport report = builder.listener(new ConsoleProgress(out, terminal)).build().run();
            out.print(ReportSummary.format(report));
            if (output != null) {
                out.println("outputs in " + output.toAbsolutePath());
            }
            return ExitCode.SUCCESS.code();
        } catch (QualityGateException gateFailed) {
            out.print(ReportSummary.format(gateFailed.report()));
            return report(gateFailed, err, verbose);
        } catch (Throwable failure) {
            return report(failure, err, verbose);
        }
    }

    /**
     * Prints a failure as one line, and its stack trace when {@code verbose}; returns the exit
     * status for it.
     */
    static int report(Throwable failure, PrintStream err, boolean verbose) {
        err.println(PREFIX + ExitStatus.message(failure));
        if (verbose) {
            failure.printStackTrace(err);
        }
        return ExitCode.of(failure).code();
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    static boolean isVerbose(String setting) {
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

    /** The options and arguments of the command line, as picocli parses them. */
    @Command(name = "customer360", sortOptions = false, synopsisHeading = "",
            usageHelpWidth = 100,
            customSynopsis = USAGE, descriptionHeading = "%n", optionListHeading = "%n",
            parameterListHeading = "%n",
            description = "Reads leads, transactions and web activity, links them into customers"
                    + " and writes customer_360.parquet, rejects.jsonl,"
                    + " rejected_transactions.log and run_report.json. 'customer360 explain"
                    + " OUT CUSTOMER [IDENTIFIER]' explains one customer of a finished run"
                    + " (see 'customer360 explain --help').")
    static final class Options {
        @Option(names = "--config", paramLabel = "FILE",
                description = "a YAML or JSON configuration file; IN then replaces its folder"
                        + " as the base of relative input paths, OUT its output")
        Path config;

        @Option(names = "--time-zone", paramLabel = "ZONE",
                description = "zone of timestamps without an offset, e.g. Europe/Berlin")
        ZoneId timeZone;

        @Option(names = "--date-order", paramLabel = "ORDER",
                description = "day_first or month_first: how 03/05/2024 is read")
        String dateOrder;

        @Option(names = "--threads", paramLabel = "N",
                description = "the most worker threads the run uses at once")
        Integer threads;

        @Option(names = "--work-dir", paramLabel = "DIR",
                description = "where the run's private spool folder goes")
        Path workDirectory;

        @Option(names = "--verbose", description = "print a failure's stack trace")
        boolean verbose;

        @Option(names = {"-h", "--help"}, description = "print this help and exit")
        boolean help;

        @Option(names = {"-V", "--version"}, description = "print the version and exit")
        boolean version;

        @Parameters(arity = "0..2", paramLabel = "IN OUT",
                description = "the input folder (files as in the README's quick start) and the"
                        + " output folder; with --config, OUT alone or IN and OUT")
        List<Path> folders = new ArrayList<>();

        /** Applies the settings given on the command line over the file's or the defaults. */
        void applyTo(Customer360.Builder builder) {
            if (timeZone != null) {
                builder.timeZone(timeZone);
            }
            if (dateOrder != null) {
                switch (dateOrder.strip().toLowerCase(Locale.ROOT)) {
                    case "day_first" -> builder.dateOrder(DateOrder.DAY_FIRST);
                    case "month_first" -> builder.dateOrder(DateOrder.MONTH_FIRST);
                    default -> throw new ConfigurationException("--date-order takes day_first or"
                            + " month_first but was '" + dateOrder + "'", null);
                }
            }
            if (threads != null) {
                builder.threads(threads);
            }
            if (workDirectory != null) {
                builder.workDirectory(workDirectory);
            }
        }
    }
}
