package uk.gov.council.cs.warehouse;

import java.util.List;
import java.util.Map;
import uk.gov.council.cs.equality.AgeBands;

/**
 * The few SQL expressions that H2 and PostgreSQL write differently, for the loads' INSERT ... SELECT
 * statements: the council's day of a moment stored in UTC, seconds between two moments, and a day
 * some years earlier. Everything else the loads write is standard SQL both accept.
 */
public enum Dialect {
    H2, POSTGRESQL;

    public static Dialect of(String databaseProductName) {
        return databaseProductName.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? POSTGRESQL : H2;
    }

    /** The day in Europe/London of a TIMESTAMP column holding UTC (the application's moments). */
    public String londonDay(String utcTimestamp) {
        return switch (this) {
            case POSTGRESQL -> "CAST((" + utcTimestamp + " AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/London' AS DATE)";
            // H2 casts a zoned moment to DATE in the session's zone (UTC), not the moment's own, so an
            // evening in British Summer Time would fall on the day before: add London's offset instead.
            case H2 -> {
                String london = "(CAST(" + utcTimestamp + " AS TIMESTAMP WITH TIME ZONE) AT TIME ZONE 'Europe/London')";
                yield "CAST(DATEADD(SECOND, EXTRACT(TIMEZONE_HOUR FROM " + london + ") * 3600 + EXTRACT(TIMEZONE_MINUTE FROM "
                        + london + ") * 60, " + utcTimestamp + ") AS DATE)";
            }
        };
    }

    /** The date dimension's key (yyyymmdd) of a DATE expression; null stays null. */
    public String dateKey(String date) {
        return "CAST(EXTRACT(YEAR FROM " + date + ") * 10000 + EXTRACT(MONTH FROM " + date + ") * 100 + EXTRACT(DAY FROM "
                + date + ") AS INTEGER)";
    }

    /** The month (yyyy-mm) of a DATE expression, as reconciliation counts by. */
    public String month(String date) {
        return switch (this) {
            case POSTGRESQL -> "TO_CHAR(" + date + ", 'YYYY-MM')";
            case H2 -> "FORMATDATETIME(" + date + ", 'yyyy-MM')";
        };
    }

    /** Whole seconds from one TIMESTAMP to another. */
    public String secondsBetween(String from, String to) {
        return switch (this) {
            case POSTGRESQL -> "CAST(EXTRACT(EPOCH FROM (" + to + " - " + from + ")) AS INTEGER)";
            case H2 -> "CAST(DATEDIFF('SECOND', " + from + ", " + to + ") AS INTEGER)";
        };
    }

    /** The DATE {@code years} years before a DATE expression. */
    public String yearsBefore(String date, int years) {
        return switch (this) {
            case POSTGRESQL -> "CAST(" + date + " - INTERVAL '" + years + " years' AS DATE)";
            case H2 -> "DATEADD(YEAR, -" + years + ", " + date + ")";
        };
    }

    /**
     * Empties tables for a rebuild. PostgreSQL's TRUNCATE is transactional and frees twenty million
     * rows at once; H2's TRUNCATE would commit the enclosing transaction, so H2 deletes.
     */
    public List<String> emptying(List<String> tables) {
        return switch (this) {
            case POSTGRESQL -> List.of("TRUNCATE TABLE " + String.join(", ", tables));
            case H2 -> tables.stream().map(t -> "DELETE FROM " + t).toList();
        };
    }

    /**
     * The age band key of someone born on {@code dateOfBirth} on {@code day}: a CASE over the bands,
     * youngest first, so each person falls in the first band whose upper age they have not passed.
     */
    public String ageBandKey(String dateOfBirth, String day, AgeBands bands, Map<String, Integer> keys) {
        StringBuilder sql = new StringBuilder("CASE WHEN ").append(dateOfBirth).append(" IS NULL THEN NULL");
        List<AgeBands.Band> all = bands.bands();
        for (int i = 0; i < all.size() - 1; i++) {
            // Younger than the next band's first age: born after the day that many years before.
            sql.append(" WHEN ").append(dateOfBirth).append(" > ").append(yearsBefore(day, all.get(i + 1).from()))
                    .append(" THEN ").append(keys.get(all.get(i).label()));
        }
        return sql.append(" ELSE ").append(keys.get(all.get(all.size() - 1).label())).append(" END").toString();
    }
}
