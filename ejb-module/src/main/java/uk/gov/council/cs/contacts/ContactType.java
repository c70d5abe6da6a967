package uk.gov.council.cs.contacts;

/** Contact types of the Copeland strategy (DOMAIN.md). */
public enum ContactType {
    /** Reporting a problem, paying a bill. */
    TRANSACTION,
    /** Advice, consultation, petition. */
    INTERACTION,
    /** Leaflets and other information. */
    INFORMATION
}
