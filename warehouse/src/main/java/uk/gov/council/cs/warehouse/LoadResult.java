package uk.gov.council.cs.warehouse;

import java.time.LocalDate;

/** What one warehouse load did. */
public record LoadResult(LocalDate snapshotDate, int residents, int areas) {
}
