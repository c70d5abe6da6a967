package uk.gov.council.cs.reports.delivery;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import uk.gov.council.cs.security.Roles;

/**
 * Who a subscription sends to: everyone in a role ({@code role:senior-manager}), a named member of staff
 * ({@code staff:username}), or an address outside the council, allowed only in the domains an
 * administrator lists ({@code council.reports.external-domains}).
 */
public record Recipient(Kind kind, String value) {

    public enum Kind { ROLE, STAFF, EXTERNAL }

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@([A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+)");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    /** Reads one recipient as written on the form or in the API; refuses with words saying what is expected. */
    public static Recipient parse(String text, Set<String> externalDomains) {
        String t = text == null ? "" : text.strip();
        if (t.startsWith("role:")) {
            String role = t.substring(5).strip();
            if (!Roles.ALL.contains(role) || Roles.BACK_OFFICE_SYSTEM.equals(role)) {
                throw new IllegalArgumentException("\"" + t + "\" names no staff role; the roles are " + String.join(", ",
                        Roles.ALL.stream().filter(r -> !r.equals(Roles.BACK_OFFICE_SYSTEM)).toList()) + ".");
            }
            return new Recipient(Kind.ROLE, role);
        }
        if (t.startsWith("staff:")) {
            String username = t.substring(6).strip();
            if (!USERNAME.matcher(username).matches()) {
                throw new IllegalArgumentException("\"" + t + "\" is not a staff sign-in name; write staff: and the name, as in staff:senior-manager.");
            }
            return new Recipient(Kind.STAFF, username);
        }
        var address = ADDRESS.matcher(t);
        if (!address.matches()) {
            throw new IllegalArgumentException("\"" + t + "\" is not a recipient; write role:senior-manager, staff:a-username"
                    + " or an e-mail address.");
        }
        String domain = address.group(1).toLowerCase(Locale.UK);
        if (!externalDomains.contains(domain)) {
            throw new IllegalArgumentException("Reports may not be sent to " + domain + (externalDomains.isEmpty()
                    ? "; no address outside the council is allowed (council.reports.external-domains)."
                    : "; the domains allowed are " + String.join(", ", externalDomains.stream().sorted().toList()) + "."));
        }
        return new Recipient(Kind.EXTERNAL, t);
    }

    /** As stored and shown: "role:senior-manager", "staff:alex", "clerk@example.gov.uk". */
    public String text() {
        return switch (kind) {
            case ROLE -> "role:" + value;
            case STAFF -> "staff:" + value;
            case EXTERNAL -> value;
        };
    }
}
