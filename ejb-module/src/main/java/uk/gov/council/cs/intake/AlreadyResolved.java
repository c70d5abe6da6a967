package uk.gov.council.cs.intake;

import jakarta.ejb.ApplicationException;

/** A rejected record that was already replayed or discarded cannot be resolved again. */
@ApplicationException(rollback = true)
public class AlreadyResolved extends RuntimeException {
    public AlreadyResolved(String message) {
        super(message);
    }
}
