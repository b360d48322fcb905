package io.customer360.examples;

import io.customer360.error.UnknownIdentifierException;
import io.customer360.explain.ChainStep;
import io.customer360.explain.Explanation;
import io.customer360.explain.ExplanationText;
import io.customer360.io.explain.CustomerLinksFile;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code customer360 explain OUT CUSTOMER [IDENTIFIER]}: from the merge explanations of a
 * finished run ({@code customer_links.parquet} in the output folder {@code OUT}), prints one
 * customer (found by its {@code customer_id}, an e-mail or a user UUID) as a tree of its
 * identifiers, or, given a second identifier, the chain of evidence from the first to the
 * second, each link with its evidence, source, file and line.
 *
 * <p>The lines hold the customer's e-mails and user UUIDs: the person asked for them. They go
 * to standard output only, never to the log. Failures are reported as {@link Cli}'s are: one
 * line on standard error, the stack trace only when verbose. An identifier no customer holds,
 * or a second identifier the customer found does not hold, exits with 2 (usage), as the
 * invocation is what is wrong; a missing or unreadable file with 3 (input); rows that do not
 * form one tree (which a run never writes) print what they hold, one line per problem on
 * standard error, and exit with 3.
 */
final class ExplainCommand {
    static final String NAME = "explain";
    static final String USAGE = "usage: customer360 explain [--verbose] OUT CUSTOMER [IDENTIFIER]";
    private static final String PREFIX = "customer360: ";

    private ExplainCommand() {
    }

    /**
     * Runs the command on the arguments after {@value #NAME}; throws nothing.
     *
     * @return an {@link ExitCode}'s code
     */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        Options options = new Options();
        CommandLine command = new CommandLine(options);
        try {
            command.parseArgs(args);
        } catch (CommandLine.ParameterException wrong) {
            err.println(PREFIX + Cli.oneLine(wrong.getMessage()));
            err.println(USAGE);
            return ExitCode.USAGE.code();
        }
        if (options.help) {
            out.print(command.getUsageMessage(CommandLine.Help.Ansi.OFF));
            return ExitCode.SUCCESS.code();
        }
        boolean verbose = options.verbose || Cli.isVerbose(env.get(Cli.VERBOSE_VARIABLE));
        try {
            Path file = CustomerLinksFile.locate(options.output);
            Explanation explanation = CustomerLinksFile.explain(file, options.customer);
            boolean connected = true;
            if (options.other == null) {
                ExplanationText.tree(explanation).forEach(out::println);
            } else {
                if (explanation.find(options.other).isEmpty()) {
                    throw new UnknownIdentifierException(file, "customer "
                            + explanation.customerId() + " has no identifier like the second"
                            + " one given");
                }
                Optional<List<ChainStep>> chain = explanation.chain(options.customer,
                        options.other);
                chain.ifPresent(steps -> ExplanationText.chain(explanation, options.customer,
                        options.other, steps).forEach(out::println));
                connected = chain.isPresent();
            }
            String at = PREFIX + file + ": customer " + explanation.customerId() + ": ";
            explanation.problems().forEach(problem -> err.println(at + problem));
            if (!connected) {
                err.println(at + "its rows do not connect the two identifiers");
            }
            return explanation.problems().isEmpty() && connected ? ExitCode.SUCCESS.code()
                    : ExitCode.INPUT.code();
        } catch (Throwable failure) {
            return Cli.report(failure, err, verbose);
        }
    }

    /** The options and arguments of the command, as picocli parses them. */
    @Command(name = "customer360 explain", sortOptions = false, synopsisHeading = "",
            usageHelpWidth = 100, customSynopsis = USAGE, descriptionHeading = "%n",
            optionListHeading = "%n", parameterListHeading = "%n",
            description = "Prints why one customer's identifiers are one customer, from the"
                    + " customer_links.parquet of a finished run: the tree of its identifiers,"
                    + " or the chain of evidence between two of them, each link with its kind"
                    + " of evidence, source, file and line.")
    static final class Options {
        @Option(names = "--verbose", description = "print a failure's stack trace")
        boolean verbose;

        @Option(names = {"-h", "--help"}, usageHelp = true,
                description = "print this help and exit")
        boolean help;

        @Parameters(index = "0", paramLabel = "OUT",
                description = "the run's output folder, or its customer_links.parquet")
        Path output;

        @Parameters(index = "1", paramLabel = "CUSTOMER",
                description = "the customer's customer_id, or one of its e-mails or user UUIDs"
                        + " (in any case)")
        String customer;

        @Parameters(index = "2", arity = "0..1", paramLabel = "IDENTIFIER",
                description = "another e-mail or user UUID of the customer: prints the chain"
                        + " of evidence from CUSTOMER to it")
        String other;
    }
}
