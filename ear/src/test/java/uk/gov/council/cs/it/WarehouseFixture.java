package uk.gov.council.cs.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Rows written straight into the warehouse's facts, in a financial year long before any record of the
 * demo borough, so that a report for that year shows exactly the figures a test counted by hand. The
 * reports read only the warehouse; how the warehouse is loaded from the operational records is the star
 * schema tests' business. Every row has an id from {@link #FIRST_ID} up and is removed afterwards, so
 * that no later load finds the warehouse out of step with the operational records.
 */
final class WarehouseFixture implements AutoCloseable {

    static final long FIRST_ID = 990_000_000L;
    private static final List<String> FACTS = List.of("fact_contact:contact_id", "fact_complaint_stage:complaint_id",
            "fact_satisfaction:feedback_id", "fact_service_request_step:request_id", "fact_learning_action:action_id",
            "fact_ombudsman_case:case_id", "dim_resident:resident_id");

    private final Connection connection;
    private final java.util.List<Integer> profilesAdded = new java.util.ArrayList<>();

    WarehouseFixture() throws SQLException {
        connection = CouncilDatabase.asOwner();
        close(false);
    }

    /** The key of a small dimension's member by its code. */
    int key(String dimension, String code) throws SQLException {
        String column = dimension.substring(4) + "_key";
        try (PreparedStatement s = connection.prepareStatement("SELECT " + column + " FROM warehouse." + dimension + " WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("The warehouse has no " + dimension + " " + code + "; was it loaded?");
                }
                return rs.getInt(1);
            }
        }
    }

    /** Any service of the warehouse, by its name. */
    int service(String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT service_key FROM warehouse.dim_service WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("The warehouse has no service " + name);
                }
                return rs.getInt(1);
            }
        }
    }

    /** A stage of the 2024 Code, added to the dimension if the demo has not used it yet. */
    int stage(int stage) throws SQLException {
        String code = "complaint-handling-code-2024/" + stage;
        try (PreparedStatement s = connection.prepareStatement("SELECT complaint_stage_key FROM warehouse.dim_complaint_stage WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return rs.getInt(1);
                }
            }
        }
        insert("INSERT INTO warehouse.dim_complaint_stage (policy_id, stage, code, label) VALUES (?, ?, ?, ?)",
                "complaint-handling-code-2024", stage, code, "Stage " + stage);
        return stage(stage);
    }

    /**
     * A resident record of the fixture (its person is itself) whose equality profile has {@code sex} and
     * every other answer not asked; the profile is added to the dimension if the demo has none like it.
     */
    void resident(long residentId, String sex) throws SQLException {
        String notAsked = "NOT_ASKED";
        Object[] values = {notAsked, notAsked, sex, notAsked, notAsked, notAsked, notAsked, notAsked, notAsked, notAsked};
        String where = " WHERE ethnic_group = ? AND ethnic_category = ? AND sex = ? AND gender_identity = ? AND sexual_orientation = ?"
                + " AND religion = ? AND disability = ? AND legal_partnership_status = ? AND pregnancy_or_maternity = ? AND unpaid_carer = ?";
        Integer key = profile(where, values);
        if (key == null) {
            insert("INSERT INTO warehouse.dim_equality_profile (ethnic_group, ethnic_category, sex, gender_identity, sexual_orientation,"
                    + " religion, disability, legal_partnership_status, pregnancy_or_maternity, unpaid_carer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    values);
            key = profile(where, values);
            profilesAdded.add(key);
        }
        insert("INSERT INTO warehouse.dim_resident (resident_id, person_id, area_key, equality_profile_key, anonymised)"
                + " VALUES (?, ?, NULL, ?, FALSE)", residentId, residentId, key);
    }

    private Integer profile(String where, Object[] values) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT equality_profile_key FROM warehouse.dim_equality_profile" + where)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }

    /**
     * Counts the contact aggregates the reports read again for the years of the fixture's contacts, as the
     * load that would have copied them does: call it once the fixture's facts are written.
     */
    void countContactsAgain() throws SQLException {
        for (String year : contactYears()) {
            uk.gov.council.cs.warehouse.ContactAggregates.recount(connection, year);
        }
    }

    private java.util.Set<String> contactYears() throws SQLException {
        java.util.Set<String> years = new java.util.TreeSet<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT DISTINCT d.financial_year FROM warehouse.fact_contact f"
                + " JOIN warehouse.dim_date d ON d.date_key = f.date_key WHERE f.contact_id >= " + FIRST_ID);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                years.add(rs.getString(1));
            }
        }
        return years;
    }

    void insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        close(true);
    }

    private void close(boolean andConnection) throws SQLException {
        java.util.Set<String> years = contactYears();
        try (Statement s = connection.createStatement()) {
            for (String fact : FACTS) {
                String[] tableAndId = fact.split(":");
                s.executeUpdate("DELETE FROM warehouse." + tableAndId[0] + " WHERE " + tableAndId[1] + " >= " + FIRST_ID);
            }
            for (Integer key : profilesAdded) {
                s.executeUpdate("DELETE FROM warehouse.dim_equality_profile WHERE equality_profile_key = " + key);
            }
        }
        for (String year : years) {
            uk.gov.council.cs.warehouse.ContactAggregates.recount(connection, year);
        }
        if (andConnection) {
            connection.close();
        }
    }
}
