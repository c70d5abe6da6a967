package uk.gov.council.cs.warehouse;

import java.time.Instant;
import java.util.List;

/** What one load of the star schema did, and whether its figures reconcile with the operational records. */
public record FactLoadReport(long id, String kind, Instant startedAt, Instant finishedAt, String startedBy, String status,
                             long rowsCopied, long rowsRemoved, String detail, List<Reconciliation.Difference> differences) {
}
