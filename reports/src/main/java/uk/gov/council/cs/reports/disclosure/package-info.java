/**
 * Small-number suppression for published tables of counts, as UK government statistics practise it.
 *
 * <p>Build a {@link uk.gov.council.cs.reports.disclosure.CountTable}, pass it to
 * {@link uk.gov.council.cs.reports.disclosure.DisclosureControl#protect}, and print the
 * {@link uk.gov.council.cs.reports.disclosure.ProtectedTable}'s texts: counts, "1 to 4" for small
 * counts, "[c]" for counts hidden so that the small ones cannot be worked out from the totals.
 *
 * <p>How it decides: the table's totals are equations a reader can solve. A linear programme
 * ({@code DisclosureAudit}) gives the least and greatest value a reader can give each suppressed cell;
 * a cell with fewer than two whole numbers in that range is disclosed. For each disclosed cell the
 * cheapest cycle of equations through it ({@code ProtectingCycle}) says which published cells to hide;
 * the audit is repeated until nothing is disclosed. Plain Java: no container, no logging.
 */
package uk.gov.council.cs.reports.disclosure;
