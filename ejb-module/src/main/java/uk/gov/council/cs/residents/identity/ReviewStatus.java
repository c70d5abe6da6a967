package uk.gov.council.cs.residents.identity;

/** Where a pair in the identity review queue stands. */
public enum ReviewStatus {
    /** Waiting for a member of staff. */
    OPEN,
    /** Staff found them the same person and merged the records. */
    MERGED,
    /** Staff found them different people; the pair will not be raised again. */
    DIFFERENT_PEOPLE
}
