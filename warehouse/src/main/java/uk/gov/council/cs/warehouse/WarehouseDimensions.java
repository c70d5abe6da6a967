package uk.gov.council.cs.warehouse;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import uk.gov.council.cs.complaints.ComplaintCategory;
import uk.gov.council.cs.complaints.Outcome;
import uk.gov.council.cs.complaints.RefusalReason;
import uk.gov.council.cs.contacts.AvoidableContactReason;
import uk.gov.council.cs.contacts.Channel;
import uk.gov.council.cs.contacts.ContactType;
import uk.gov.council.cs.equality.AgeBands;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.workingdays.CouncilCalendar;
import uk.gov.council.cs.workingdays.WorkingDayCalendar;

/**
 * The conformed dimensions, brought up to date before the facts that refer to them: codes and
 * their words from the application's own lists, services and complaint stages from the operational
 * records, days with the council's working-day calendar, and the council's age bands.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WarehouseDimensions {

    /** Days the date dimension always holds: from 2000 to three years ahead. */
    static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

    @Resource(lookup = "java:jboss/datasources/CouncilDS")
    private DataSource dataSource;

    @Inject
    private CouncilCalendar councilCalendar;

    /** Brings every dimension up to date; returns the age bands' keys by label. */
    public Map<String, Integer> refresh(AgeBands bands, LocalDate today) {
        try (Connection c = dataSource.getConnection()) {
            codes(c, "dim_channel", Channel.values(), Channel::label);
            codes(c, "dim_contact_type", ContactType.values(), t -> t.name().charAt(0) + t.name().substring(1).toLowerCase());
            codes(c, "dim_avoidable_reason", AvoidableContactReason.values(), AvoidableContactReason::label);
            codes(c, "dim_complaint_category", ComplaintCategory.values(), ComplaintCategory::label);
            codes(c, "dim_outcome", Outcome.values(), Outcome::label);
            codes(c, "dim_refusal_reason", RefusalReason.values(), RefusalReason::wording);
            LoadSteps.update(c, "INSERT INTO warehouse.dim_service (service_id, lgsl_id, name, local_service)"
                    + " SELECT s.id, s.lgsl_id, s.name, s.local FROM council.service s"
                    + " WHERE NOT EXISTS (SELECT 1 FROM warehouse.dim_service d WHERE d.service_id = s.id)");
            LoadSteps.update(c, "UPDATE warehouse.dim_service d SET name = (SELECT s.name FROM council.service s"
                    + " WHERE s.id = d.service_id) WHERE EXISTS (SELECT 1 FROM council.service s"
                    + " WHERE s.id = d.service_id AND s.name <> d.name)");
            LoadSteps.update(c, "INSERT INTO warehouse.dim_complaint_stage (policy_id, stage, code, label)"
                    + " SELECT DISTINCT c.policy_id, st.stage, c.policy_id || '/' || CAST(st.stage AS VARCHAR(2)),"
                    + " 'Stage ' || CAST(st.stage AS VARCHAR(2)) FROM council.complaint_stage st"
                    + " JOIN council.complaint c ON c.id = st.complaint_id WHERE NOT EXISTS (SELECT 1 FROM"
                    + " warehouse.dim_complaint_stage d WHERE d.policy_id = c.policy_id AND d.stage = st.stage)");
            LoadSteps.update(c, "INSERT INTO warehouse.dim_ombudsman_decision (code, ombudsman, decision, label)"
                    + " SELECT DISTINCT o.ombudsman || '/' || COALESCE(o.decision, ''), o.ombudsman, o.decision,"
                    + " COALESCE(o.decision, 'No decision yet') FROM council.ombudsman_case o WHERE NOT EXISTS (SELECT 1 FROM"
                    + " warehouse.dim_ombudsman_decision d WHERE d.code = o.ombudsman || '/' || COALESCE(o.decision, ''))");
            days(c, today);
            populationBaseline(c);
            return ageBands(c, bands);
        } catch (SQLException e) {
            throw LoadSteps.failed("refreshing the dimensions", e);
        }
    }

    private static <E extends Enum<E>> void codes(Connection c, String table, E[] values, Function<E, String> label)
            throws SQLException {
        Map<String, String> held = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT code, label FROM warehouse." + table);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                held.put(rs.getString(1), rs.getString(2));
            }
        }
        for (E value : values) {
            String words = label.apply(value);
            if (!held.containsKey(value.name())) {
                LoadSteps.update(c, "INSERT INTO warehouse." + table + " (code, label) VALUES (?, ?)", value.name(), words);
            } else if (!held.get(value.name()).equals(words)) {
                LoadSteps.update(c, "UPDATE warehouse." + table + " SET label = ? WHERE code = ?", words, value.name());
            }
        }
    }

    /** The Census baseline is a few hundred rows that change only when re-imported: copied whole each time. */
    private static void populationBaseline(Connection c) throws SQLException {
        LoadSteps.update(c, "DELETE FROM warehouse.population_baseline");
        LoadSteps.update(c, "INSERT INTO warehouse.population_baseline (census_table, geography_code, census_label, column_kind,"
                + " category, age_from, age_to, residents) SELECT census_table, geography_code, census_label, column_kind,"
                + " category, age_from, age_to, residents FROM council.census_population");
    }

    /** Adds the days not yet held, and sets the working days of the last and next year from today's calendar. */
    private void days(Connection c, LocalDate today) throws SQLException {
        WorkingDayCalendar calendar = councilCalendar.calendar();
        LocalDate last = FIRST_DAY.minusDays(1);
        try (PreparedStatement s = c.prepareStatement("SELECT MAX(calendar_day) FROM warehouse.dim_date"); ResultSet rs = s.executeQuery()) {
            if (rs.next() && rs.getDate(1) != null) {
                last = rs.getDate(1).toLocalDate();
            }
        }
        LocalDate until = today.plusYears(3);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO warehouse.dim_date (date_key, calendar_day, calendar_year,"
                + " calendar_month, month_name, weekday, financial_year, financial_quarter, financial_month, working_day)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int batched = 0;
            for (LocalDate day = last.plusDays(1); !day.isAfter(until); day = day.plusDays(1)) {
                insert.setInt(1, FinancialCalendar.dateKey(day));
                insert.setDate(2, Date.valueOf(day));
                insert.setInt(3, day.getYear());
                insert.setInt(4, day.getMonthValue());
                insert.setString(5, FinancialCalendar.monthName(day));
                insert.setString(6, FinancialCalendar.weekday(day));
                insert.setString(7, FinancialCalendar.financialYear(day));
                insert.setString(8, FinancialCalendar.quarter(day));
                insert.setInt(9, FinancialCalendar.financialMonth(day));
                insert.setBoolean(10, calendar.isWorkingDay(day));
                insert.addBatch();
                if (++batched % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        // Closures and new bank holidays are announced for the coming year: keep the recent and coming days true.
        try (PreparedStatement update = c.prepareStatement("UPDATE warehouse.dim_date SET working_day = ? WHERE date_key = ?"
                + " AND working_day <> ?")) {
            for (LocalDate day = today.minusYears(1); !day.isAfter(today.plusYears(1)); day = day.plusDays(1)) {
                boolean working = calendar.isWorkingDay(day);
                update.setBoolean(1, working);
                update.setInt(2, FinancialCalendar.dateKey(day));
                update.setBoolean(3, working);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static Map<String, Integer> ageBands(Connection c, AgeBands bands) throws SQLException {
        Map<String, Integer> keys = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT code, age_band_key FROM warehouse.dim_age_band");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                keys.put(rs.getString(1), rs.getInt(2));
            }
        }
        boolean added = false;
        for (AgeBands.Band band : bands.bands()) {
            if (!keys.containsKey(band.label())) {
                LoadSteps.update(c, "INSERT INTO warehouse.dim_age_band (code, age_from, age_to) VALUES (?, ?, ?)", band.label(),
                        band.from(), band.to());
                added = true;
            }
        }
        return added ? ageBands(c, bands) : keys;
    }
}
