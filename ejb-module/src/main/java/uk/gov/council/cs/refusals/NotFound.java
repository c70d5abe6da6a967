package uk.gov.council.cs.refusals;

import jakarta.ejb.ApplicationException;

/** Asked for a record that does not exist: the caller's mistake, not a fault, so not logged as one. */
@ApplicationException(rollback = true, inherited = true)
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFound(String what, long id) {
        super("There is no " + what + " " + id + ".", null, false, false);
    }
}
