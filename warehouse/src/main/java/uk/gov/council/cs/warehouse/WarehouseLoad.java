package uk.gov.council.cs.warehouse;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.workingdays.CouncilTime;
import uk.gov.council.cs.audit.ActingAs;

/**
 * Copies from the operational schema into the warehouse: the area dimension and today's snapshot
 * of residents per area. Re-running on the same day replaces that day's snapshot, so a load can
 * always be repeated safely. One transaction: a failed load leaves the previous figures intact.
 */
@Stateless
public class WarehouseLoad {

    private static final Logger LOG = Logger.getLogger(WarehouseLoad.class.getName());

    @Resource(lookup = "java:jboss/datasources/CouncilDS")
    private DataSource dataSource;

    @Resource
    private SessionContext session;

    /** Today's snapshot, as the nightly job and the "refresh now" button take it. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public LoadResult loadToday() {
        return load(CouncilTime.today());
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public LoadResult load(LocalDate snapshotDate) {
        try (Connection c = dataSource.getConnection()) {
            ResidentsByArea counts = new ResidentsByArea();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT postcode, COUNT(*) FROM council.resident GROUP BY postcode");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.add(rs.getString(1), rs.getInt(2));
                }
            }
            Map<String, Integer> areaKeys = areaKeys(c, counts);
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM warehouse.fact_resident_snapshot WHERE snapshot_date = ?")) {
                delete.setDate(1, Date.valueOf(snapshotDate));
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO warehouse.fact_resident_snapshot (snapshot_date, area_key, residents) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, Integer> e : counts.byDistrict().entrySet()) {
                    insert.setDate(1, Date.valueOf(snapshotDate));
                    insert.setInt(2, areaKeys.get(e.getKey()));
                    insert.setInt(3, e.getValue());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            LoadResult result = new LoadResult(snapshotDate, counts.total(), counts.byDistrict().size());
            try (PreparedStatement run = c.prepareStatement(
                    "INSERT INTO warehouse.load_run (snapshot_date, loaded_at, loaded_by, residents, areas) VALUES (?, ?, ?, ?, ?)")) {
                run.setDate(1, Date.valueOf(snapshotDate));
                run.setTimestamp(2, Timestamp.from(Instant.now()));
                run.setString(3, ActingAs.who(session.getCallerPrincipal()));
                run.setInt(4, result.residents());
                run.setInt(5, result.areas());
                run.executeUpdate();
            }
            LOG.info(() -> "Warehouse load for " + snapshotDate + ": " + result.residents() + " residents in "
                    + result.areas() + " areas");
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Warehouse load for " + snapshotDate + " failed: " + e.getMessage(), e);
        }
    }

    /** Adds districts not yet in the dimension; returns the key of every district counted. */
    private static Map<String, Integer> areaKeys(Connection c, ResidentsByArea counts) throws SQLException {
        Map<String, Integer> keys = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT postcode_district, area_key FROM warehouse.dim_area");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                keys.put(rs.getString(1), rs.getInt(2));
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO warehouse.dim_area (postcode_district) VALUES (?)")) {
            boolean added = false;
            for (String district : counts.byDistrict().keySet()) {
                if (!keys.containsKey(district)) {
                    insert.setString(1, district);
                    insert.addBatch();
                    added = true;
                }
            }
            if (added) {
                insert.executeBatch();
                return areaKeys(c, counts);
            }
        }
        return keys;
    }
}
