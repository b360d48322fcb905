package io.customer360.io.explain;

import io.customer360.error.InputException;
import io.customer360.error.UnknownIdentifierException;
import io.customer360.explain.CustomerLink;
import io.customer360.explain.Explanation;
import io.customer360.output.OutputNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The merge explanations of a finished run, {@value OutputNames#CUSTOMER_LINKS}, read back:
 * {@link #explain} finds one customer by its {@code customer_id}, one of its e-mails or one of
 * its user UUIDs and gives its {@link Explanation}, from which
 * {@link io.customer360.explain.ExplanationText} prints the customer's tree or the chain of
 * evidence between two of its identifiers.
 *
 * <p>The file is read as a stream, one row group at a time, keeping only the rows of the
 * customer being looked at: memory stays small however large the file, and the time grows with
 * the rows before the customer found. The rows must be sorted by {@code customer_id}, as a run
 * writes them, so that each customer's rows are together. Needs no Hadoop at run time.
 */
public final class CustomerLinksFile {
    private CustomerLinksFile() {
    }

    /**
     * The explanations file of an output folder, or the file itself.
     *
     * @param outputFolderOrFile a run's output folder, or its {@value OutputNames#CUSTOMER_LINKS}
     * @return {@code outputFolderOrFile}'s {@value OutputNames#CUSTOMER_LINKS} when it is a
     *         folder, else {@code outputFolderOrFile}
     */
    public static Path locate(Path outputFolderOrFile) {
        Objects.requireNonNull(outputFolderOrFile, "outputFolderOrFile");
        return Files.isDirectory(outputFolderOrFile)
                ? outputFolderOrFile.resolve(OutputNames.CUSTOMER_LINKS) : outputFolderOrFile;
    }

    /**
     * The explanation of the first customer, in file order, whose {@code customer_id} or one
     * of whose identifiers is {@code customer} once normalised as
     * {@link CustomerLink#normalise} does (white space stripped, lower-cased): e-mails match
     * in any case.
     *
     * @param outputFolderOrFile a run's output folder, or its explanations file
     * @param customer           a {@code customer_id}, e-mail or user UUID
     * @return the customer's explanation
     * @throws InputException             naming the file when it is missing, unreadable, not
     *                                    Parquet, lacks a column of
     *                                    {@link io.customer360.output.CustomerLinks#SCHEMA}, has
     *                                    a row without a required value, or is not sorted by
     *                                    {@code customer_id}
     * @throws UnknownIdentifierException naming the file when no customer matches
     */
    public static Explanation explain(Path outputFolderOrFile, String customer) {
        Objects.requireNonNull(customer, "customer");
        Path file = locate(outputFolderOrFile);
        String wanted = CustomerLink.normalise(customer);
        List<CustomerLink> current = new ArrayList<>();
        boolean found = false;
        for (Path part : parts(file)) {
            try (LinkRows rows = LinkRows.open(part)) {
                for (CustomerLink link = rows.next(); link != null; link = rows.next()) {
                    String customerId = link.customerId();
                    if (!current.isEmpty() && !customerId.equals(current.get(0).customerId())) {
                        if (found) {
                            return Explanation.of(current);
                        }
                        if (customerId.compareTo(current.get(0).customerId()) < 0) {
                            throw new InputException(part, "is not sorted by customer_id: row "
                                    + rows.row() + " comes after a greater customer_id", null);
                        }
                        current.clear();
                    }
                    current.add(link);
                    found |= link.identifier().equals(wanted)
                            || customerId.equalsIgnoreCase(wanted);
                }
            } catch (IOException closing) {
                throw InputException.of(part, "cannot be closed", closing);
            }
        }
        if (!found) {
            throw new UnknownIdentifierException(file, "no customer has the "
                    + (wanted.contains("@") ? "e-mail" : "customer_id or user UUID") + " given");
        }
        return Explanation.of(current);
    }

    /**
     * The file itself, or, for a folder of part files (as the Spark engine writes the table),
     * its files in name order but those whose names start with {@code .} or {@code _}.
     */
    private static List<Path> parts(Path file) {
        if (Files.isRegularFile(file)) {
            return List.of(file);
        }
        if (!Files.isDirectory(file)) {
            throw new InputException(file, Files.exists(file) ? "is not a file"
                    : "file not found: no finished run with merge explanations wrote it", null);
        }
        try (Stream<Path> listed = Files.list(file)) {
            List<Path> parts = listed.filter(Files::isRegularFile)
                    .filter(part -> !part.getFileName().toString().startsWith(".")
                            && !part.getFileName().toString().startsWith("_"))
                    .sorted(Comparator.comparing(part -> part.getFileName().toString()))
                    .toList();
            if (parts.isEmpty()) {
                throw new InputException(file, "is a folder without part files", null);
            }
            return parts;
        } catch (IOException failure) {
            throw InputException.of(file, "cannot be listed", failure);
        }
    }
}
