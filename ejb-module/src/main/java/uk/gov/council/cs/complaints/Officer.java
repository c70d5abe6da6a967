package uk.gov.council.cs.complaints;

import java.util.Set;

/** A member of staff acting on a complaint, with the roles they signed in with. */
public record Officer(String username, Set<String> roles) {

    public Officer {
        roles = Set.copyOf(roles);
    }

    public boolean hasAnyOf(Set<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }
}
