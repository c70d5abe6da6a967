package uk.gov.council.cs.reports.assessment;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The self-assessment and the Ombudsman's averages as kept in the warehouse schema, one version per change:
 * read for the annual report and the administrators' forms, and written by {@link AnnualReportInputs}.
 */
public final class AssessmentRecords {

    private static final String ANSWER_COLUMNS = "code_section, compliance, explanation, evidence, version, recorded_at, recorded_by";
    private static final String AVERAGE_COLUMNS = "authority_type, upheld_rate, upheld_per_100k, compliance_rate, remedied_rate,"
            + " source, version, recorded_at, recorded_by";

    private final Connection connection;

    public AssessmentRecords(Connection connection) {
        this.connection = connection;
    }

    /** The latest answer of each section the council has assessed for the year, in the Code's order. */
    public List<SectionAnswer> latestAnswers(String year) throws SQLException {
        return answers("SELECT " + ANSWER_COLUMNS + " FROM warehouse.code_self_assessment a WHERE financial_year = ?"
                + " AND version = (SELECT MAX(version) FROM warehouse.code_self_assessment b WHERE b.financial_year = a.financial_year"
                + " AND b.code_section = a.code_section) ORDER BY code_section", year);
    }

    /** Every version of one section's answer for the year, newest first. */
    public List<SectionAnswer> answerHistory(String year, CodeSection section) throws SQLException {
        return answers("SELECT " + ANSWER_COLUMNS + " FROM warehouse.code_self_assessment WHERE financial_year = ? AND code_section = ?"
                + " ORDER BY version DESC", year, section.number());
    }

    /** Keeps a new version of a section's answer and returns its number. */
    public int recordAnswer(String year, CodeSection section, Compliance compliance, String explanation, String evidence,
                            String by, Instant at) throws SQLException {
        int version = next("SELECT MAX(version) FROM warehouse.code_self_assessment WHERE financial_year = ? AND code_section = ?",
                year, section.number());
        update("INSERT INTO warehouse.code_self_assessment (financial_year, code_section, version, compliance, explanation, evidence,"
                + " recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", year, section.number(), version, compliance.name(),
                explanation.strip(), evidence.strip(), Timestamp.from(at), by);
        return version;
    }

    /** The averages the council last entered for the year, if any. */
    public Optional<OmbudsmanAverages> latestAverages(String year) throws SQLException {
        List<OmbudsmanAverages> found = averages("SELECT " + AVERAGE_COLUMNS + " FROM warehouse.ombudsman_averages WHERE financial_year = ?"
                + " ORDER BY version DESC", year);
        return found.stream().findFirst();
    }

    public List<OmbudsmanAverages> averagesHistory(String year) throws SQLException {
        return averages("SELECT " + AVERAGE_COLUMNS + " FROM warehouse.ombudsman_averages WHERE financial_year = ? ORDER BY version DESC", year);
    }

    public int recordAverages(String year, String authorityType, BigDecimal upheldRate, BigDecimal upheldPer100k,
                              BigDecimal complianceRate, BigDecimal remediedRate, String source, String by, Instant at) throws SQLException {
        int version = next("SELECT MAX(version) FROM warehouse.ombudsman_averages WHERE financial_year = ?", year);
        update("INSERT INTO warehouse.ombudsman_averages (financial_year, version, authority_type, upheld_rate, upheld_per_100k,"
                + " compliance_rate, remedied_rate, source, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                year, version, authorityType.strip(), upheldRate, upheldPer100k, complianceRate, remediedRate, source.strip(),
                Timestamp.from(at), by);
        return version;
    }

    private List<SectionAnswer> answers(String sql, Object... parameters) throws SQLException {
        List<SectionAnswer> found = new ArrayList<>();
        try (PreparedStatement s = prepare(sql, parameters); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(new SectionAnswer(CodeSection.numbered(rs.getInt(1)), Compliance.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getTimestamp(6).toInstant(), rs.getString(7)));
            }
        }
        return found;
    }

    private List<OmbudsmanAverages> averages(String sql, Object... parameters) throws SQLException {
        List<OmbudsmanAverages> found = new ArrayList<>();
        try (PreparedStatement s = prepare(sql, parameters); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(new OmbudsmanAverages(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getString(6), rs.getInt(7), rs.getTimestamp(8).toInstant(), rs.getString(9)));
            }
        }
        return found;
    }

    private int next(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = prepare(sql, parameters); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1) + 1;
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = prepare(sql, parameters)) {
            s.executeUpdate();
        }
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement s = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] == null) {
                s.setNull(i + 1, java.sql.Types.DECIMAL);
            } else {
                s.setObject(i + 1, parameters[i]);
            }
        }
        return s;
    }
}
