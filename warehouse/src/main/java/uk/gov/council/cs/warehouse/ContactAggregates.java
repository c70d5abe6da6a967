package uk.gov.council.cs.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The contact aggregates the committee reports read (migration V6): contacts per day and measure, and
 * the people of each financial year by profile, first age band and the channels they used. Kept a whole
 * financial year at a time: whatever changes a year's contact facts, or the person or answers of a
 * resident with contacts in it, notes the year in the same transaction; the load then counts each noted
 * year again from the facts. Plain JDBC on the caller's connection and transaction; H2 and PostgreSQL alike.
 */
public final class ContactAggregates {

    /** The channels the equality report shows take-up of, each a column of {@code agg_people_year}; the rest are "other". */
    public static final List<String> TAKE_UP_CHANNELS = List.of("TELEPHONE", "WEB", "EMAIL", "FACE_TO_FACE");

    /** The fact whose rows the aggregates count. */
    static final String CONTACT_FACT = "contact";

    private static final String NOTE_IF_NEW = " AND NOT EXISTS (SELECT 1 FROM warehouse.aggregate_recount a WHERE a.financial_year = ";

    private ContactAggregates() {
    }

    /** The financial year ("2025-26") of a month written yyyymm, as the loads note the months they touch. */
    static String yearOfMonth(int yyyymm) {
        return FinancialCalendar.financialYear(LocalDate.of(yyyymm / 100, yyyymm % 100, 1));
    }

    /** Notes the financial years of these months (yyyymm) for counting again. */
    static void noteMonths(Connection c, Collection<Integer> months) throws SQLException {
        Set<String> years = new TreeSet<>();
        months.forEach(m -> years.add(yearOfMonth(m)));
        years.removeAll(noted(c));
        for (String year : years) {
            // One load at a time (StarSchemaLoad is a locked singleton), so nothing notes the year in between.
            LoadSteps.update(c, "INSERT INTO warehouse.aggregate_recount (financial_year) VALUES (?)", year);
        }
    }

    /**
     * Notes the years in which the residents chosen by {@code residents} (a condition on {@code f.resident_id},
     * with its parameters) have contacts: their person or answers changed, so their contacts count elsewhere.
     */
    static void noteYearsOfResidents(Connection c, String residents, Object... parameters) throws SQLException {
        LoadSteps.update(c, "INSERT INTO warehouse.aggregate_recount (financial_year) SELECT DISTINCT d.financial_year"
                + " FROM warehouse.fact_contact f JOIN warehouse.dim_date d ON d.date_key = f.date_key WHERE " + residents
                + NOTE_IF_NEW + "d.financial_year)", parameters);
    }

    /** Notes every year with contacts or with aggregates (a rebuild: those with none left are emptied). */
    static void noteEveryYear(Connection c) throws SQLException {
        LoadSteps.update(c, "INSERT INTO warehouse.aggregate_recount (financial_year) SELECT DISTINCT d.financial_year"
                + " FROM warehouse.dim_date d WHERE (d.date_key BETWEEN (SELECT MIN(date_key) FROM warehouse.fact_contact)"
                + " AND (SELECT MAX(date_key) FROM warehouse.fact_contact) OR d.financial_year IN (SELECT financial_year"
                + " FROM warehouse.agg_people_year))" + NOTE_IF_NEW + "d.financial_year)");
    }

    /** The years noted for counting again, oldest first. */
    static List<String> noted(Connection c) throws SQLException {
        List<String> years = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT financial_year FROM warehouse.aggregate_recount ORDER BY financial_year");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                years.add(rs.getString(1));
            }
        }
        return years;
    }

    /**
     * Counts one financial year's aggregates again from the facts, and clears its note. Public for test
     * fixtures that write facts straight into the warehouse, as a load would have counted them.
     */
    public static void recount(Connection c, String financialYear) throws SQLException {
        LocalDate first = LocalDate.of(Integer.parseInt(financialYear.substring(0, 4)), 4, 1);
        int from = FinancialCalendar.dateKey(first);
        int to = FinancialCalendar.dateKey(first.plusYears(1).minusDays(1));
        String waitRecorded = "CASE WHEN f.answer_target_seconds IS NULL THEN FALSE ELSE TRUE END";
        String inTarget = "COALESCE(f.answered_in_target, FALSE)";
        String measures = "f.date_key, f.channel_key, f.contact_type_key, f.resolved_first_point, f.avoidable, f.avoidable_reason_key, "
                + waitRecorded + ", " + inTarget;
        LoadSteps.update(c, "DELETE FROM warehouse.agg_contact_day WHERE date_key BETWEEN ? AND ?", from, to);
        LoadSteps.update(c, "INSERT INTO warehouse.agg_contact_day (date_key, channel_key, contact_type_key, resolved_first_point,"
                + " avoidable, avoidable_reason_key, wait_recorded, answered_in_target, contacts) SELECT " + measures + ", COUNT(*)"
                + " FROM warehouse.fact_contact f WHERE f.date_key BETWEEN ? AND ? GROUP BY " + measures, from, to);

        StringBuilder used = new StringBuilder();
        for (String channel : TAKE_UP_CHANNELS) {
            used.append(", MAX(CASE WHEN ch.code = '").append(channel).append("' THEN 1 ELSE 0 END) AS ").append(channel.toLowerCase());
        }
        String listed = "'" + String.join("', '", TAKE_UP_CHANNELS) + "'";
        used.append(", MAX(CASE WHEN ch.code IN (").append(listed).append(") THEN 0 ELSE 1 END) AS other_channel");
        String flags = "y.telephone, y.web, y.email, y.face_to_face, y.other_channel";
        LoadSteps.update(c, "DELETE FROM warehouse.agg_people_year WHERE financial_year = ?", financialYear);
        // Each person once (after merges), with the youngest band of the year: the band of their first contact.
        LoadSteps.update(c, "INSERT INTO warehouse.agg_people_year (financial_year, equality_profile_key, first_age_band_key,"
                + " telephone, web, email, face_to_face, other_channel, people) SELECT CAST(? AS VARCHAR(7)), y.profile, b.age_band_key, "
                + flags + ", COUNT(*) FROM (SELECT r.person_id AS person_id, MIN(r.equality_profile_key) AS profile,"
                + " MIN(ab.age_from) AS age_from" + used + " FROM warehouse.fact_contact f"
                + " JOIN warehouse.dim_resident r ON r.resident_id = f.resident_id"
                + " JOIN warehouse.dim_channel ch ON ch.channel_key = f.channel_key"
                + " LEFT JOIN warehouse.dim_age_band ab ON ab.age_band_key = f.age_band_key"
                + " WHERE f.date_key BETWEEN ? AND ? GROUP BY r.person_id) y"
                + " LEFT JOIN warehouse.dim_age_band b ON b.age_from = y.age_from"
                + " GROUP BY y.profile, b.age_band_key, " + flags, financialYear, from, to);
        LoadSteps.update(c, "DELETE FROM warehouse.aggregate_recount WHERE financial_year = ?", financialYear);
    }
}
