package uk.gov.council.cs.schema;

import java.util.Locale;
import java.util.Optional;

/**
 * PostgreSQL's errors quote the row they refused ("Failing row contains (...)"), and the server
 * logs failed writes with their errors, so a refused note or name would reach the log. The
 * PostgreSQL driver leaves that detail out when the connection URL says
 * {@code logServerErrorDetail=false}; the application will not start on PostgreSQL without it.
 */
public final class DatabaseErrorDetail {

    public static final String SETTING = "logServerErrorDetail=false";

    private DatabaseErrorDetail() {
    }

    /** Why the application must not run on this connection; empty when it may. */
    public static Optional<String> problem(String databaseProduct, String url) {
        boolean postgres = databaseProduct != null && databaseProduct.toLowerCase(Locale.ROOT).contains("postgres");
        if (!postgres || (url != null && url.replace(" ", "").toLowerCase(Locale.ROOT).contains(SETTING.toLowerCase(Locale.ROOT)))) {
            return Optional.empty();
        }
        return Optional.of("Add " + SETTING + " to council.db.url (for example jdbc:postgresql://host:5432/council?" + SETTING
                + "): without it PostgreSQL's error messages quote the rows they refuse, and those reach the server log.");
    }
}
