package uk.gov.council.cs.staff;

import java.util.Set;

/** A member of staff as other capabilities see them: no password hash. */
public record StaffMember(String username, String displayName, String email, String manager, Set<String> roles,
                          StaffKind kind, boolean enabled) {

    static StaffMember of(StaffAccount a) {
        return new StaffMember(a.getUsername(), a.getDisplayName(), a.getEmail(), a.getManager(), a.getRoles(),
                a.getKind(), a.isEnabled());
    }
}
