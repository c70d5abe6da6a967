package uk.gov.council.cs.signin;

import java.time.Instant;
import java.util.Set;
import uk.gov.council.cs.workingdays.CouncilTime;

/**
 * The answer to a sign-in: accepted (with whom and their roles now), or refused with what the person may be told. A wrong
 * password, an unknown name and a disabled account get the same words, so that guessing learns nothing.
 */
public record SignInResult(String username, Set<String> roles, Refusal refusal, Instant lockedUntil) {

    public enum Refusal { NOT_RIGHT, LOCKED, SYSTEM_ACCOUNT, TOKEN_NOT_VALID }

    static SignInResult accepted(String username, Set<String> roles) {
        return new SignInResult(username, Set.copyOf(roles), null, null);
    }

    static SignInResult refused(Refusal why) {
        return new SignInResult(null, Set.of(), why, null);
    }

    static SignInResult locked(Instant until) {
        return new SignInResult(null, Set.of(), Refusal.LOCKED, until);
    }

    public boolean isAccepted() {
        return refusal == null;
    }

    /** What the person (or the API client) is told. */
    public String message() {
        if (refusal == null) {
            return "Signed in.";
        }
        return switch (refusal) {
            case NOT_RIGHT -> "The username or password is not right. Try again.";
            case LOCKED -> "This account is locked after too many failed sign-ins from here, until "
                    + CouncilTime.readable(lockedUntil) + ". Try again then, or ask a system administrator to lift the lock.";
            case SYSTEM_ACCOUNT -> "This is a system account: it calls the API with its token (Authorization: Bearer), never a password.";
            case TOKEN_NOT_VALID -> "The API token is not valid (unknown, revoked, or not this account's). Ask an administrator for a new one.";
        };
    }
}
