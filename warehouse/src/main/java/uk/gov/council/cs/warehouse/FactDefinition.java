package uk.gov.council.cs.warehouse;

/**
 * How one fact table is loaded, as SQL the loads run in chunks:
 *
 * @param name           the fact's name in watermarks, work and reconciliation ("contact")
 * @param table          the fact table in the warehouse schema
 * @param keyColumn      the fact's column holding the operational id the load works by
 * @param changedIds     a SELECT of the ids (one column, {@code id}) whose rows changed in a window:
 *                       {@code windowPairs} pairs of parameters (from, to)
 * @param windowPairs    how many (from, to) pairs {@code changedIds} and {@code erased} take
 * @param insert         INSERT ... SELECT of the facts for the work ids of one chunk; its last three
 *                       parameters are the fact's name and the chunk's ids (after, up to)
 * @param erased         DELETE of facts whose records were erased in the window (from, to), or null
 * @param operationalCount counts per month (period, count) in the operational schema
 * @param periodColumn   the date key column the fact is counted by month on
 * @param operationalMonth the count of one month in the operational schema, its bounds (from inclusive,
 *                         to exclusive) as two parameters: moments if {@code countsMoments}, else days
 * @param countsMoments    whether the operational records are dated by a moment (UTC) or by a day
 */
public record FactDefinition(String name, String table, String keyColumn, String changedIds, int windowPairs, String insert,
                             String erased, String operationalCount, String periodColumn, String operationalMonth,
                             boolean countsMoments) {

    /** Counts per month (period yyyy-mm, count) in the warehouse. */
    public String warehouseCount() {
        return "SELECT x.period, COUNT(*) FROM (SELECT CAST(" + periodColumn + " / 10000 AS VARCHAR(4)) || '-' || CASE WHEN MOD("
                + periodColumn + " / 100, 100) < 10 THEN '0' ELSE '' END || CAST(MOD(" + periodColumn + " / 100, 100) AS VARCHAR(2))"
                + " AS period FROM warehouse." + table + ") x GROUP BY x.period";
    }

    /** The warehouse's count of one month: the first and last date keys of the month as parameters. */
    public String warehouseMonth() {
        return "SELECT COUNT(*) FROM warehouse." + table + " WHERE " + periodColumn + " BETWEEN ? AND ?";
    }

    /** The months of the facts about to be removed because their records were erased in the window (from, to). */
    public String monthsOfErased() {
        return erased == null ? null : "SELECT DISTINCT CAST(" + periodColumn + " / 100 AS INTEGER) FROM warehouse." + table
                + " WHERE " + erased.substring(erased.indexOf(" WHERE ") + 7);
    }

    /** The facts of one chunk of work, deleted before they are copied again. */
    public String deleteChunk() {
        return "DELETE FROM warehouse." + table + " WHERE " + keyColumn + " IN (SELECT w.id FROM warehouse.load_work w"
                + " WHERE w.fact = ? AND w.id > ? AND w.id <= ?)";
    }

    /** The months of the facts of one chunk, so reconciliation can look at the months a load touched. */
    public String monthsOfChunk() {
        return "SELECT DISTINCT CAST(f.period_key / 100 AS INTEGER) FROM (SELECT " + periodColumn + " AS period_key FROM warehouse."
                + table + " WHERE " + keyColumn + " IN (SELECT w.id FROM warehouse.load_work w WHERE w.fact = ? AND w.id > ?"
                + " AND w.id <= ?)) f";
    }
}
