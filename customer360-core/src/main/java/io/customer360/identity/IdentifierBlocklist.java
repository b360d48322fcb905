package io.customer360.identity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifiers that never link: placeholder e-mails such as {@code test@test.com} or
 * {@code noreply@...} that many unrelated people's records carry, and that would otherwise merge
 * them into one customer. A record with a blocked identifier keeps whatever else identifies it;
 * only the link through the blocked identifier is not used. Entries are normalised e-mails or
 * user UUIDs, compared case-insensitively; {@code *} in an entry stands for any run of
 * characters ({@code noreply@*}). Immutable.
 */
public final class IdentifierBlocklist implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final List<String> DEFAULTS = List.of(
            "test@test.com", "test@example.com", "example@example.com", "email@example.com",
            "user@example.com", "none@none.com", "null@null.com", "a@a.com", "abc@abc.com",
            "asdf@asdf.com", "noreply@*", "no-reply@*", "no_reply@*", "donotreply@*",
            "do-not-reply@*", "do_not_reply@*");
    /** An empty list: every identifier links. */
    public static final IdentifierBlocklist NONE = new IdentifierBlocklist(List.of());

    /** The entries, lower-cased, in the order given. */
    private final List<String> entries;
    /** Per entry with a {@code *}, its pattern, compiled again after deserialisation. */
    private transient List<Pattern> patterns;

    private IdentifierBlocklist(List<String> entries) {
        List<String> lower = new ArrayList<>();
        for (String entry : entries) {
            Objects.requireNonNull(entry, "entry");
            String normalised = entry.strip().toLowerCase(Locale.ROOT);
            if (normalised.isEmpty() || normalised.chars().allMatch(c -> c == '*')) {
                throw new IllegalArgumentException("a blocklist entry must name an identifier,"
                        + " not '" + entry + "'");
            }
            lower.add(normalised);
        }
        this.entries = List.copyOf(lower);
        this.patterns = compile(this.entries);
    }

    private static List<Pattern> compile(List<String> entries) {
        List<Pattern> patterns = new ArrayList<>();
        for (String entry : entries) {
            if (entry.indexOf('*') >= 0 && !isPrefix(entry)) {
                StringBuilder regex = new StringBuilder();
                for (String part : entry.split("\\*", -1)) {
                    if (regex.length() > 0) {
                        regex.append(".*");
                    }
                    regex.append(Pattern.quote(part));
                }
                patterns.add(Pattern.compile(regex.toString()));
            }
        }
        return List.copyOf(patterns);
    }

    /**
     * The default list: obvious placeholder e-mails ({@code test@test.com},
     * {@code test@example.com}, {@code noreply@*}, {@code donotreply@*}, ...); never a whole
     * ordinary domain.
     *
     * @return the default list
     */
    public static IdentifierBlocklist defaults() {
        return new IdentifierBlocklist(DEFAULTS);
    }

    /**
     * A list of the given entries, replacing the default list.
     *
     * @param entries e-mails or user UUIDs, with {@code *} for any run of characters
     * @return the list
     * @throws IllegalArgumentException when an entry is blank or only {@code *}
     */
    public static IdentifierBlocklist of(List<String> entries) {
        return new IdentifierBlocklist(List.copyOf(entries));
    }

    /**
     * The entries, lower-cased, in the order given.
     *
     * @return the entries
     */
    public List<String> entries() {
        return entries;
    }

    /**
     * Whether an identifier is blocked.
     *
     * @param identifier a normalised e-mail or user UUID
     * @return true when an entry names it
     */
    public boolean blocks(String identifier) {
        if (entries.isEmpty()) {
            return false;
        }
        String lower = identifier.toLowerCase(Locale.ROOT);
        for (String entry : entries) {
            if (entry.indexOf('*') < 0 ? entry.equals(lower)
                    : isPrefix(entry) && lower.regionMatches(0, entry, 0, entry.length() - 1)) {
                return true;
            }
        }
        for (Pattern pattern : patterns()) {
            if (pattern.matcher(lower).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some entry could block a user UUID (an entry without {@code @}); engines skip the
     * check of UUIDs otherwise.
     *
     * @return true when a UUID can be blocked
     */
    public boolean mayBlockUuids() {
        return entries.stream().anyMatch(entry -> entry.indexOf('@') < 0);
    }

    /** Whether an entry's only {@code *} is its last character: a prefix. */
    private static boolean isPrefix(String entry) {
        return entry.indexOf('*') == entry.length() - 1;
    }

    private List<Pattern> patterns() {
        if (patterns == null) {
            patterns = compile(entries);
        }
        return patterns;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdentifierBlocklist list && list.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "IdentifierBlocklist" + entries;
    }
}
