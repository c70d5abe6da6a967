package uk.gov.council.cs.reports.disclosure;

/** What a published table shows for one cell. */
public enum CellState {

    /** The count is shown. */
    PUBLISHED,

    /** Primary suppression: the count is small (1 to threshold - 1) and shown as the words "1 to 4". */
    SMALL,

    /**
     * Secondary suppression: the count is safe in itself (never 0, never small) but is hidden, shown as
     * "[c]", so that no small count can be worked out from the totals.
     */
    HIDDEN;

    public boolean isSuppressed() {
        return this != PUBLISHED;
    }
}
