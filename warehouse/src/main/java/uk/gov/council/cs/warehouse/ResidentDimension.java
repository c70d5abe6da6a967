package uk.gov.council.cs.warehouse;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import uk.gov.council.cs.equality.DayToDayLimitation;
import uk.gov.council.cs.equality.EqualityAnswers;
import uk.gov.council.cs.equality.EqualityProfile;
import uk.gov.council.cs.equality.EthnicGroup;
import uk.gov.council.cs.equality.GenderIdentity;
import uk.gov.council.cs.equality.LegalPartnershipStatus;
import uk.gov.council.cs.equality.LongTermCondition;
import uk.gov.council.cs.equality.PregnancyOrMaternity;
import uk.gov.council.cs.equality.Religion;
import uk.gov.council.cs.equality.Sex;
import uk.gov.council.cs.equality.SexualOrientation;
import uk.gov.council.cs.equality.UnpaidCarer;
import uk.gov.council.cs.residents.Postcode;
import uk.gov.council.cs.security.Roles;

/**
 * The resident dimension: each operational resident record with the person it belongs to after
 * merges, their area and their equality profile (the person's current answers, or "not asked").
 * A record is copied again when it, its equality answers or a merge touching it changed, and with
 * it every record of the same person, so a merge, an unmerge, new answers or a withdrawal of consent
 * reach every fact of that person at the next load without touching the facts themselves.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ResidentDimension {

    public static final String FACT = "resident";
    private static final String ANONYMISED = uk.gov.council.cs.residents.Resident.ANONYMISED;

    @Resource(lookup = "java:jboss/datasources/CouncilDS")
    private DataSource dataSource;

    /** Lists the records to copy again: those changed in the window, and every record of the same people. */
    public int listWork(LoadWindow window) {
        try (Connection c = dataSource.getConnection()) {
            LoadSteps.update(c, "DELETE FROM warehouse.load_work WHERE fact = ?", FACT);
            Timestamp from = Timestamp.from(window.from());
            Timestamp to = Timestamp.from(window.to());
            LoadSteps.update(c, "INSERT INTO warehouse.load_work (fact, id) SELECT DISTINCT CAST(? AS VARCHAR(40)), x.id FROM ("
                    + "SELECT r.id FROM council.resident r WHERE r.changed_at > ? AND r.changed_at <= ?"
                    + " UNION SELECT q.resident_id FROM council.equality_questionnaire q WHERE q.changed_at > ? AND q.changed_at <= ?"
                    + " UNION SELECT e.resident_id FROM council.erased_record e WHERE e.record_type = 'equality_questionnaire'"
                    + " AND e.erased_at > ? AND e.erased_at <= ? AND e.resident_id IS NOT NULL"
                    + " UNION SELECT m.kept_id FROM council.resident_merge m WHERE m.changed_at > ? AND m.changed_at <= ?"
                    + " UNION SELECT m.merged_id FROM council.resident_merge m WHERE m.changed_at > ? AND m.changed_at <= ?) x",
                    FACT, from, to, from, to, from, to, from, to, from, to);
            // The rest of each person: the records merged into those listed, and those they are merged into (two levels).
            // EXISTS and NOT EXISTS, not IN and NOT IN: PostgreSQL runs NOT IN over a million listed ids as a
            // nested loop (minutes); NOT EXISTS is a hash anti-join (seconds).
            String listed = " (SELECT 1 FROM warehouse.load_work w WHERE w.fact = ? AND w.id = ";
            for (int level = 0; level < 2; level++) {
                LoadSteps.update(c, "INSERT INTO warehouse.load_work (fact, id) SELECT DISTINCT CAST(? AS VARCHAR(40)), r.id"
                        + " FROM council.resident r WHERE r.merged_into IS NOT NULL AND EXISTS" + listed + "r.merged_into)"
                        + " AND NOT EXISTS" + listed + "r.id)", FACT, FACT, FACT);
                LoadSteps.update(c, "INSERT INTO warehouse.load_work (fact, id) SELECT DISTINCT CAST(? AS VARCHAR(40)), r.merged_into"
                        + " FROM council.resident r WHERE r.merged_into IS NOT NULL AND EXISTS" + listed + "r.id)"
                        + " AND NOT EXISTS" + listed + "r.merged_into)", FACT, FACT, FACT);
            }
            if (LoadSteps.update(c, "UPDATE warehouse.load_watermark SET window_to = ?, resume_after_id = NULL WHERE fact = ?",
                    to, FACT) == 0) {
                LoadSteps.update(c, "INSERT INTO warehouse.load_watermark (fact, loaded_through, window_to) VALUES (?, ?, ?)", FACT,
                        Timestamp.from(LoadWindow.BEGINNING), to);
            }
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM warehouse.load_work WHERE fact = ?")) {
                s.setString(1, FACT);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        } catch (SQLException e) {
            throw LoadSteps.failed("listing the residents to copy", e);
        }
    }

    private record Record(long id, Long mergedInto, String postcode, boolean anonymised) {
    }

    /** The outward code (postcode district) of a postcode stored normalised, "SE15 4QB": all but the last four characters. */
    private static final String DISTRICT = "CASE WHEN CHAR_LENGTH(r.postcode) >= 6 THEN SUBSTRING(r.postcode FROM 1 FOR"
            + " CHAR_LENGTH(r.postcode) - 4) END";
    /** Records in a chunk are read with IN lists; PostgreSQL takes at most 32767 parameters in a statement. */
    private static final int MOST_PER_CHUNK = 10_000;

    /**
     * Copies the next chunk of resident records after {@code afterId}; returns the last id taken, or
     * null when done. Most records belong to no merge and hold no equality answers: they are copied by
     * one INSERT ... SELECT; the rest are worked out person by person.
     */
    public Long copyChunk(long afterId, int size) {
        try (Connection c = dataSource.getConnection()) {
            Long lastId = null;
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM warehouse.load_work WHERE fact = ? AND id > ? ORDER BY id")) {
                s.setMaxRows(Math.min(size, MOST_PER_CHUNK));
                s.setString(1, FACT);
                s.setLong(2, afterId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        lastId = rs.getLong(1);
                    }
                }
            }
            if (lastId == null) {
                return null;
            }
            String chunk = " IN (SELECT w.id FROM warehouse.load_work w WHERE w.fact = ? AND w.id > ? AND w.id <= ?)";
            // Their contacts may now count under another person or other answers: the years they fall in are counted again.
            ContactAggregates.noteYearsOfResidents(c, "f.resident_id" + chunk, FACT, afterId, lastId);
            LoadSteps.update(c, "DELETE FROM warehouse.dim_resident WHERE resident_id" + chunk, FACT, afterId, lastId);
            LoadSteps.update(c, "INSERT INTO warehouse.dim_area (postcode_district) SELECT DISTINCT " + DISTRICT
                    + " FROM council.resident r WHERE r.id" + chunk + " AND " + DISTRICT + " IS NOT NULL AND NOT EXISTS (SELECT 1"
                    + " FROM warehouse.dim_area a WHERE a.postcode_district = " + DISTRICT + ")", FACT, afterId, lastId);
            Map<EqualityProfile, Integer> profileKeys = new HashMap<>();
            int unanswered = profileKey(c, EqualityProfile.UNANSWERED, profileKeys);
            LoadSteps.update(c, "INSERT INTO warehouse.dim_resident (resident_id, person_id, area_key, equality_profile_key,"
                    + " anonymised) SELECT r.id, r.id, a.area_key, " + unanswered + ", CASE WHEN r.forename = '" + ANONYMISED
                    + "' AND r.surname = '" + ANONYMISED + "' THEN TRUE ELSE FALSE END FROM council.resident r"
                    + " LEFT JOIN warehouse.dim_area a ON a.postcode_district = " + DISTRICT + " WHERE r.id" + chunk
                    + " AND r.merged_into IS NULL AND NOT EXISTS (SELECT 1 FROM council.resident m WHERE m.merged_into = r.id)"
                    + " AND NOT EXISTS (SELECT 1 FROM council.equality_questionnaire q WHERE q.resident_id = r.id"
                    + " AND q.replaced_at IS NULL)", FACT, afterId, lastId);
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT w.id FROM warehouse.load_work w WHERE w.fact = ? AND w.id > ?"
                    + " AND w.id <= ? AND NOT EXISTS (SELECT 1 FROM warehouse.dim_resident d WHERE d.resident_id = w.id)"
                    + " ORDER BY w.id")) {
                s.setString(1, FACT);
                s.setLong(2, afterId);
                s.setLong(3, lastId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            if (!ids.isEmpty()) {
                copyPeople(c, ids, profileKeys);
            }
            LoadSteps.update(c, "UPDATE warehouse.load_watermark SET resume_after_id = ? WHERE fact = ?", lastId, FACT);
            return lastId;
        } catch (SQLException e) {
            throw LoadSteps.failed("copying residents after id " + afterId, e);
        }
    }

    /** Records that belong to a merge or hold equality answers: each with its person, area and profile worked out. */
    private void copyPeople(Connection c, List<Long> ids, Map<EqualityProfile, Integer> profileKeys) throws SQLException {
        Map<Long, Record> records = records(c, ids);
        Map<Long, Long> personOf = new HashMap<>();
        for (long id : ids) {
            personOf.put(id, person(c, id, records));
        }
        Map<Long, List<Long>> groups = groups(c, new HashSet<>(personOf.values()));
        Map<Long, EqualityProfile> profiles = profiles(c, groups);
        Map<String, Integer> areas = new HashMap<>();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO warehouse.dim_resident (resident_id, person_id, area_key,"
                + " equality_profile_key, anonymised) VALUES (?, ?, ?, ?, ?)")) {
            for (long id : ids) {
                Record r = records.get(id);
                if (r == null) {
                    continue;
                }
                long person = personOf.get(id);
                Record kept = records.containsKey(person) ? records.get(person) : records(c, List.of(person)).get(person);
                insert.setLong(1, id);
                insert.setLong(2, person);
                Integer area = area(c, kept == null ? r.postcode() : kept.postcode(), areas);
                if (area == null) {
                    insert.setNull(3, java.sql.Types.INTEGER);
                } else {
                    insert.setInt(3, area);
                }
                insert.setInt(4, profileKey(c, profiles.getOrDefault(person, EqualityProfile.UNANSWERED), profileKeys));
                insert.setBoolean(5, r.anonymised());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Map<Long, Record> records(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, Record> records = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, merged_into, postcode, forename, surname FROM council.resident"
                + " WHERE id IN (" + placeholders(ids.size()) + ")")) {
            int i = 1;
            for (long id : ids) {
                s.setLong(i++, id);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long merged = rs.getLong(2);
                    Long mergedInto = rs.wasNull() ? null : merged;
                    records.put(rs.getLong(1), new Record(rs.getLong(1), mergedInto, rs.getString(3),
                            ANONYMISED.equals(rs.getString(4)) && ANONYMISED.equals(rs.getString(5))));
                }
            }
        }
        return records;
    }

    /** The record a resident's record ends at, following merges (at most ten, against a loop). */
    private static long person(Connection c, long id, Map<Long, Record> known) throws SQLException {
        long at = id;
        for (int hops = 0; hops < 10; hops++) {
            Record r = known.containsKey(at) ? known.get(at) : records(c, List.of(at)).get(at);
            if (r == null || r.mergedInto() == null) {
                return at;
            }
            known.putIfAbsent(at, r);
            at = r.mergedInto();
        }
        return at;
    }

    /** Each person's records: the kept one and those merged into it (two levels). */
    private static Map<Long, List<Long>> groups(Connection c, Set<Long> persons) throws SQLException {
        Map<Long, List<Long>> groups = new HashMap<>();
        persons.forEach(p -> groups.put(p, new ArrayList<>(List.of(p))));
        if (persons.isEmpty()) {
            return groups;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT r.id, COALESCE(p.merged_into, r.merged_into) FROM council.resident r"
                + " LEFT JOIN council.resident p ON p.id = r.merged_into WHERE r.merged_into IN (" + placeholders(persons.size())
                + ") OR p.merged_into IN (" + placeholders(persons.size()) + ")")) {
            int i = 1;
            for (int twice = 0; twice < 2; twice++) {
                for (long p : persons) {
                    s.setLong(i++, p);
                }
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    List<Long> group = groups.get(rs.getLong(2));
                    if (group != null) {
                        group.add(rs.getLong(1));
                    }
                }
            }
        }
        return groups;
    }

    /** Each person's profile: the newest current questionnaire of any of their records. */
    private static Map<Long, EqualityProfile> profiles(Connection c, Map<Long, List<Long>> groups) throws SQLException {
        Map<Long, Long> personOfRecord = new HashMap<>();
        groups.forEach((person, records) -> records.forEach(r -> personOfRecord.put(r, person)));
        Map<Long, EqualityProfile> profiles = new HashMap<>();
        if (personOfRecord.isEmpty()) {
            return profiles;
        }
        Map<Long, Timestamp> newest = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT resident_id, recorded_at, ethnic_group, sex, gender_identity,"
                + " sexual_orientation, religion, long_term_condition, day_to_day_limitation, legal_partnership_status,"
                + " pregnancy_or_maternity, unpaid_carer FROM council.equality_questionnaire WHERE replaced_at IS NULL"
                + " AND resident_id IN (" + placeholders(personOfRecord.size()) + ")")) {
            int i = 1;
            for (long r : personOfRecord.keySet()) {
                s.setLong(i++, r);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long person = personOfRecord.get(rs.getLong(1));
                    Timestamp at = rs.getTimestamp(2);
                    if (newest.containsKey(person) && !at.after(newest.get(person))) {
                        continue;
                    }
                    newest.put(person, at);
                    profiles.put(person, EqualityProfile.of(new EqualityAnswers(
                            value(EthnicGroup.class, rs.getString(3)), value(Sex.class, rs.getString(4)),
                            value(GenderIdentity.class, rs.getString(5)), null, value(SexualOrientation.class, rs.getString(6)),
                            null, value(Religion.class, rs.getString(7)), null, value(LongTermCondition.class, rs.getString(8)),
                            value(DayToDayLimitation.class, rs.getString(9)), value(LegalPartnershipStatus.class, rs.getString(10)),
                            value(PregnancyOrMaternity.class, rs.getString(11)), value(UnpaidCarer.class, rs.getString(12)))));
                }
            }
        }
        return profiles;
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static int profileKey(Connection c, EqualityProfile p, Map<EqualityProfile, Integer> cache) throws SQLException {
        Integer known = cache.get(p);
        if (known != null) {
            return known;
        }
        String where = " WHERE ethnic_group = ? AND ethnic_category = ? AND sex = ? AND gender_identity = ? AND sexual_orientation = ?"
                + " AND religion = ? AND disability = ? AND legal_partnership_status = ? AND pregnancy_or_maternity = ?"
                + " AND unpaid_carer = ?";
        for (int attempt = 0; attempt < 2; attempt++) {
            try (PreparedStatement s = c.prepareStatement("SELECT equality_profile_key FROM warehouse.dim_equality_profile" + where)) {
                bind(s, p.values());
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        cache.put(p, rs.getInt(1));
                        return rs.getInt(1);
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO warehouse.dim_equality_profile (ethnic_group, ethnic_category,"
                    + " sex, gender_identity, sexual_orientation, religion, disability, legal_partnership_status,"
                    + " pregnancy_or_maternity, unpaid_carer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(s, p.values());
                s.executeUpdate();
            }
        }
        throw new IllegalStateException("An equality profile could not be added to the warehouse.");
    }

    private static Integer area(Connection c, String postcode, Map<String, Integer> cache) throws SQLException {
        String district;
        try {
            district = Postcode.of(postcode).outwardCode();
        } catch (RuntimeException e) {
            return null;
        }
        Integer known = cache.get(district);
        if (known != null) {
            return known;
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            try (PreparedStatement s = c.prepareStatement("SELECT area_key FROM warehouse.dim_area WHERE postcode_district = ?")) {
                s.setString(1, district);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        cache.put(district, rs.getInt(1));
                        return rs.getInt(1);
                    }
                }
            }
            LoadSteps.update(c, "INSERT INTO warehouse.dim_area (postcode_district) VALUES (?)", district);
        }
        return null;
    }

    private static void bind(PreparedStatement s, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            s.setString(i + 1, values.get(i));
        }
    }

    private static String placeholders(int n) {
        return String.join(",", Collections.nCopies(Math.max(1, n), "?"));
    }
}
