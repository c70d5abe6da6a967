package uk.gov.council.cs.web.errors;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A fault of ours, logged so that it can be found and fixed without anything a person sent reaching
 * the log: an incident number (quoted to the user), where it happened, and the exception's types and
 * stack frames. Exception messages are left out because they often quote input (a date of birth, a
 * name, a SQL value).
 */
public final class Incidents {

    private static final Logger LOG = Logger.getLogger(Incidents.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int DEPTH = 12;

    private Incidents() {
    }

    /** Logs the fault and returns its incident number, eight capital letters and digits. */
    public static String record(String where, Throwable fault) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().withUpperCase().formatHex(bytes);
        LOG.log(Level.SEVERE, "Incident " + id + " in " + where + ": " + types(fault), withoutMessages(fault, 0));
        return id;
    }

    /** "jakarta.ejb.EJBException < java.lang.NullPointerException": the chain of causes by type. */
    static String types(Throwable fault) {
        StringBuilder b = new StringBuilder();
        Throwable t = fault;
        for (int i = 0; t != null && i < DEPTH; i++, t = t.getCause()) {
            if (i > 0) {
                b.append(" < ");
            }
            b.append(t.getClass().getName());
        }
        return b.toString();
    }

    /** A copy of the chain with each exception's type and frames but not its message. */
    static Throwable withoutMessages(Throwable fault, int depth) {
        if (fault == null || depth >= DEPTH) {
            return null;
        }
        return new Stripped(fault.getClass().getName(), fault.getStackTrace(), withoutMessages(fault.getCause(), depth + 1));
    }

    private static final class Stripped extends Throwable {
        private static final long serialVersionUID = 1L;
        private final String type;

        Stripped(String type, StackTraceElement[] frames, Throwable cause) {
            super(null, cause, false, true);
            this.type = type;
            setStackTrace(frames);
        }

        @Override
        public String toString() {
            return type;
        }
    }
}
