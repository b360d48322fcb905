package io.customer360.output;

import io.customer360.model.Source;
import java.util.List;

/**
 * The merge explanations, {@value OutputNames#CUSTOMER_LINKS}: one row per customer and
 * identifier, saying which evidence attached the identifier to its customer. A customer's rows
 * form a tree rooted at its anchor (the identifier its {@code customer_id} is made from): every
 * other identifier names the identifier it is linked to on the way to the anchor, the kind of
 * evidence and the first record (source, file, line) that carries that link. Rows are sorted
 * by {@code customer_id}, then {@code identifier}.
 */
public final class CustomerLinks {
    /** The customer, as in the customer table. */
    public static final String CUSTOMER_ID = "customer_id";
    /** The normalised e-mail or user UUID. */
    public static final String IDENTIFIER = "identifier";
    /** {@value #EMAIL} or {@value #USER_UUID}. */
    public static final String IDENTIFIER_TYPE = "identifier_type";
    /**
     * The kind of evidence that attached the identifier: {@value #BY_IDENTITY_MAP},
     * {@value #BY_LEAD_USER_UUID}, {@value #BY_TRANSACTION_EMAIL} or {@value #BY_WEB_EMAIL};
     * null for the anchor and for an identifier its customer holds alone.
     */
    public static final String EVIDENCE = "evidence";
    /** The identifier on the other side of that evidence, one step nearer the anchor. */
    public static final String LINKED_TO = "linked_to";
    /** The source of the first record carrying the evidence, as the report names sources. */
    public static final String SOURCE = "source";
    /** The file of that record. */
    public static final String FILE = "file";
    /** The 1-based physical line where that record starts. */
    public static final String LINE = "line";
    /**
     * Why some of the identifier's links were not used, or null: {@value #GUARD_BLOCKLIST},
     * {@value #GUARD_LINK_LIMIT} or {@value #GUARD_CUSTOMER_LIMIT}.
     */
    public static final String GUARD = "guard";

    /** The {@link #IDENTIFIER_TYPE} of an e-mail. */
    public static final String EMAIL = "email";
    /** The {@link #IDENTIFIER_TYPE} of a user UUID. */
    public static final String USER_UUID = "user_uuid";

    /** Evidence of an identity-map row. */
    public static final String BY_IDENTITY_MAP = "identity_map";
    /** Evidence of a lead's {@code user_uuid} (the newest lead of its e-mail). */
    public static final String BY_LEAD_USER_UUID = "lead_user_uuid";
    /** Evidence of a transaction's {@code email}. */
    public static final String BY_TRANSACTION_EMAIL = "transaction_email";
    /** Evidence of a web event's {@code email}. */
    public static final String BY_WEB_EMAIL = "web_email";

    /** The identifier is on the blocklist: none of its links was used. */
    public static final String GUARD_BLOCKLIST = "blocklist";
    /** The identifier is linked to more identifiers than the link limit: none of its links was used. */
    public static final String GUARD_LINK_LIMIT = "link_limit";
    /** A link of the identifier was not used: it would have made a customer too large. */
    public static final String GUARD_CUSTOMER_LIMIT = "customer_limit";

    /** The columns, in file order. */
    public static final OutputSchema SCHEMA = new OutputSchema(List.of(
            OutputColumn.required(CUSTOMER_ID, ColumnType.STRING),
            OutputColumn.required(IDENTIFIER, ColumnType.STRING),
            OutputColumn.required(IDENTIFIER_TYPE, ColumnType.STRING),
            OutputColumn.optional(EVIDENCE, ColumnType.STRING),
            OutputColumn.optional(LINKED_TO, ColumnType.STRING),
            OutputColumn.optional(SOURCE, ColumnType.STRING),
            OutputColumn.optional(FILE, ColumnType.STRING),
            OutputColumn.optional(LINE, ColumnType.INT64),
            OutputColumn.optional(GUARD, ColumnType.STRING)));

    private CustomerLinks() {
    }

    /**
     * The {@link #EVIDENCE} of a link made by a record of {@code source}.
     *
     * @param source the source of the record carrying the link
     * @return the kind of evidence
     */
    public static String evidenceOf(Source source) {
        switch (source) {
            case IDENTITY_MAP:
                return BY_IDENTITY_MAP;
            case LEADS:
                return BY_LEAD_USER_UUID;
            case TRANSACTIONS:
                return BY_TRANSACTION_EMAIL;
            case WEB_ACTIVITY:
                return BY_WEB_EMAIL;
            default:
                throw new IllegalArgumentException("unknown source " + source);
        }
    }
}
