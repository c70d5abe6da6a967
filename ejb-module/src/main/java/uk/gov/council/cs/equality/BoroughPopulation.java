package uk.gov.council.cs.equality;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import uk.gov.council.cs.intake.RejectedRecords;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.audit.ActingAs;

/**
 * The borough's population by characteristic, imported by administrators from the Census 2021 tables
 * ONS publishes for local authorities: the baseline the equality report compares the council's
 * customers with. Importing a table again replaces its figures; a row that cannot be read is kept as
 * a rejected record with its reason, to be corrected and replayed.
 */
@Stateless
public class BoroughPopulation {

    /** The council's GSS area code, to pick its row from files covering every area. */
    public static final String AREA_SETTING = "council.census.geography-code";
    /** Where refused rows of a Census import wait to be corrected and imported again. */
    public static final String CENSUS_IMPORT = "file:Census";
    private static final Logger LOG = Logger.getLogger(BoroughPopulation.class.getName());

    /** What an import did. */
    public record ImportReport(CensusTable table, String title, String areaCode, String areaName, int figuresKept,
                               int rowsRefused, int otherAreas) {
        public String describe() {
            return table + " (" + title + "): " + (areaCode == null ? "no figures kept" : figuresKept + " figures kept for "
                    + areaName + " (" + areaCode + ")") + "; " + rowsRefused + (rowsRefused == 1 ? " row" : " rows")
                    + " refused" + (rowsRefused > 0 ? " (see Rejected records)" : "") + "; " + otherAreas
                    + (otherAreas == 1 ? " other area" : " other areas") + " in the file left out.";
        }
    }

    /** One figure as staff and reports read it. */
    public record Figure(CensusTable table, String areaCode, String areaName, String censusLabel, CensusTable.Column.Kind kind,
                         String category, Integer ageFrom, Integer ageTo, long residents, Instant importedAt) {
    }

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @EJB
    private RejectedRecords rejected;

    @Resource
    private SessionContext session;

    @RolesAllowed(Roles.ADMINISTRATOR)
    public ImportReport importCensus(String csv) {
        CensusFile.Contents contents = read(csv, "The Census table was not imported.");
        Instant now = Instant.now();
        CensusFile.Area area = contents.area();
        if (area != null) {
            List<Long> old = em.createQuery("SELECT f.id FROM CensusFigure f WHERE f.censusTable = :t"
                    + " AND f.geographyCode = :area", Long.class).setParameter("t", contents.table())
                    .setParameter("area", area.code().toUpperCase(java.util.Locale.UK)).getResultList();
            if (!old.isEmpty()) {
                em.createQuery("DELETE FROM CensusFigure f WHERE f.id IN :ids").setParameter("ids", old).executeUpdate();
            }
            String by = ActingAs.who(session.getCallerPrincipal());
            area.counts().forEach(c -> em.persist(new CensusFigure(contents.table(), area, c, now, by)));
        }
        for (CensusFile.RefusedRow row : contents.refused()) {
            rejected.quarantine(CENSUS_IMPORT + " " + contents.table().name(), row.text(), row.reason());
        }
        ImportReport report = new ImportReport(contents.table(), contents.table().title(), area == null ? null : area.code(),
                area == null ? null : area.name(), area == null ? 0 : area.counts().size(), contents.refused().size(),
                contents.otherAreas());
        LOG.info(() -> "Census import: " + report.describe());
        return report;
    }

    /** A corrected row is imported only if it now reads, so that no new rejected record appears. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public ImportReport replayRow(String csv) {
        List<String> reasons = read(csv, "The corrected row is still not right.").refused().stream()
                .map(CensusFile.RefusedRow::reason).toList();
        if (!reasons.isEmpty()) {
            throw new DetailsRefused("The corrected row is still not right.", reasons);
        }
        return importCensus(csv);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.EQUALITY_OFFICER, Roles.SENIOR_MANAGER})
    public List<Figure> figures() {
        return em.createQuery("SELECT f FROM CensusFigure f ORDER BY f.censusTable, f.geographyCode, f.id", CensusFigure.class)
                .getResultList().stream().map(f -> new Figure(f.getCensusTable(), f.getGeographyCode(), f.getGeographyName(),
                        f.getCensusLabel(), f.getKind(), f.getCategory(), f.getAgeFrom(), f.getAgeTo(), f.getResidents(),
                        f.getImportedAt())).toList();
    }

    private static CensusFile.Contents read(String csv, String refusal) {
        // The demo borough's files name it and two neighbours; a live council sets its own code.
        String area = System.getProperty(AREA_SETTING, Boolean.getBoolean("council.demo")
                ? uk.gov.council.cs.demo.DemoEquality.AREA : null);
        try {
            return CensusFile.read(new StringReader(csv == null ? "" : csv), area == null || area.isBlank() ? null : area.strip());
        } catch (CensusFile.Unreadable e) {
            throw new DetailsRefused(refusal, List.of(e.getMessage()));
        }
    }
}
