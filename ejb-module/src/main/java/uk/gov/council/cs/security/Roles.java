package uk.gov.council.cs.security;

import java.util.List;

/**
 * The staff roles of DOMAIN.md's user list. Every page, REST resource and EJB method names the
 * roles allowed to use it from these constants, so a role is spelt in exactly one place.
 */
public final class Roles {
    /** Customer service adviser (contact centre, face to face). */
    public static final String ADVISER = "adviser";
    /** Customer relations officer in the corporate complaints team. */
    public static final String COMPLAINTS_OFFICER = "complaints-officer";
    /** Investigating officer or service manager (stage 1). */
    public static final String INVESTIGATING_OFFICER = "investigating-officer";
    /** Head of service or chief officer (stage 2 reviewer). */
    public static final String HEAD_OF_SERVICE = "head-of-service";
    /** Equality and diversity officer. */
    public static final String EQUALITY_OFFICER = "equality-officer";
    /** Senior manager who receives and reads the council's reports. */
    public static final String SENIOR_MANAGER = "senior-manager";
    /** System administrator: users and roles, catalogue, calendar, policies. */
    public static final String ADMINISTRATOR = "administrator";
    /** A housing or benefits back-office system sending data through the queues. */
    public static final String BACK_OFFICE_SYSTEM = "back-office-system";

    public static final List<String> ALL = List.of(ADVISER, COMPLAINTS_OFFICER, INVESTIGATING_OFFICER,
            HEAD_OF_SERVICE, EQUALITY_OFFICER, SENIOR_MANAGER, ADMINISTRATOR, BACK_OFFICE_SYSTEM);

    private Roles() {
    }
}
