package uk.gov.council.cs.audit;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who a job or a feed is while it acts with no person signed in (the nightly retention run, the
 * back-office intake). The container's run-as identity for such work is "anonymous", and an audit
 * row that says "anonymous" tells the data protection officer nothing, so the audit trail names the
 * job instead. Held for the length of one synchronous call on the current thread, as an EJB call is.
 */
public final class ActingAs {

    static final String ANONYMOUS = "anonymous";
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ActingAs() {
    }

    /** Does {@code work} as the named job, for the audit rows it writes. */
    public static <T> T job(String name, Supplier<T> work) {
        String before = CURRENT.get();
        CURRENT.set(name);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    /**
     * Who is acting, for the "by" of whatever they record: the signed-in person, else the job or
     * named officer this thread acts as, else "anonymous" (which no screen should ever show).
     */
    public static String who(java.security.Principal caller) {
        String name = caller == null ? null : caller.getName();
        if (name == null || name.equals(ANONYMOUS)) {
            return current().orElse(ANONYMOUS);
        }
        return name;
    }

    static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
