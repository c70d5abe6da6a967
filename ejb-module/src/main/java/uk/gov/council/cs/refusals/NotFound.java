package uk.gov.council.cs.refusals;

import jakarta.ejb.ApplicationException;

/** Asked for a record that does not exist: the caller's mistake, not a fault, so not logged as one. */
@ApplicationException(rollback = true, inherited = true)
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFound(String what, long id) {
        this(what, Long.toString(id));
    }

    /** A record found by something other than its number: "There is no council closure on 2027-06-15." */
    public NotFound(String what, String key) {
        super("There is no " + what + " " + key + ".", null, false, false);
    }
}
