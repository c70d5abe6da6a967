package uk.gov.council.cs.reports.assessment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import uk.gov.council.cs.audit.ActingAs;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.reports.schedule.ReportPeriod;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.workingdays.CouncilTime;

/**
 * What administrators enter for the annual complaints report: the council's self-assessment against each
 * section of the Complaint Handling Code, and the Ombudsman's averages for similar authorities. Each change
 * is kept as a new version; the report prints the latest. Neither holds personal data.
 */
@Stateless
public class AnnualReportInputs {

    /** A section as the self-assessment form shows it: the Code's words, the latest answer (if any) and how many versions. */
    public record SectionView(int number, String title, SectionAnswer latest, int versions) implements Serializable {
    }

    public record SelfAssessmentView(String year, String yearLabel, List<SectionView> sections) implements Serializable {
    }

    /** An answer as typed: COMPLIES, PARTLY or DOES_NOT_COMPLY, the explanation and where the evidence is. */
    public record AnswerDetails(String compliance, String explanation, String evidence) implements Serializable {
    }

    /** The averages as typed from the letter: percentages, upheld per 100,000 residents, and the letter's source. */
    public record AveragesDetails(String authorityType, BigDecimal upheldRate, BigDecimal upheldPer100k,
                                  BigDecimal complianceRate, BigDecimal remediedRate, String source) implements Serializable {
    }

    @Resource(lookup = "java:jboss/datasources/CouncilDS")
    private DataSource dataSource;

    @Resource
    private SessionContext session;

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SENIOR_MANAGER, Roles.COMPLAINTS_OFFICER})
    public SelfAssessmentView selfAssessment(String year) {
        ReportPeriod period = year(year, "The self-assessment was not found.");
        Map<CodeSection, SectionAnswer> latest = read(r -> r.latestAnswers(period.code())).stream()
                .collect(Collectors.toMap(SectionAnswer::section, a -> a));
        List<SectionView> sections = new ArrayList<>();
        for (CodeSection section : CodeSection.values()) {
            SectionAnswer answer = latest.get(section);
            sections.add(new SectionView(section.number(), section.title(), answer, answer == null ? 0 : answer.version()));
        }
        return new SelfAssessmentView(period.code(), period.label(), sections);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SENIOR_MANAGER, Roles.COMPLAINTS_OFFICER})
    public List<SectionAnswer> sectionHistory(String year, int section) {
        ReportPeriod period = year(year, "The section's history was not found.");
        CodeSection s = section(section, "The section's history was not found.");
        return read(r -> r.answerHistory(period.code(), s));
    }

    /** Keeps a new version of one section's answer for the year. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public SectionView answer(String year, int section, AnswerDetails details) {
        String refused = "The self-assessment was not changed.";
        ReportPeriod period = year(year, refused);
        CodeSection s = section(section, refused);
        List<String> problems = details == null ? List.of("compliance: send the answer.")
                : SectionAnswer.problems(details.compliance(), details.explanation(), details.evidence());
        if (!problems.isEmpty()) {
            throw new DetailsRefused(refused, problems);
        }
        String who = ActingAs.who(session.getCallerPrincipal());
        read(r -> r.recordAnswer(period.code(), s, Compliance.of(details.compliance()), details.explanation(), details.evidence(),
                who, Instant.now()));
        return selfAssessment(period.code()).sections().get(s.ordinal());
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SENIOR_MANAGER, Roles.COMPLAINTS_OFFICER})
    public OmbudsmanAverages averages(String year) {
        ReportPeriod period = year(year, "The averages were not found.");
        return read(r -> r.latestAverages(period.code())).orElse(null);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SENIOR_MANAGER, Roles.COMPLAINTS_OFFICER})
    public List<OmbudsmanAverages> averagesHistory(String year) {
        ReportPeriod period = year(year, "The averages were not found.");
        return read(r -> r.averagesHistory(period.code()));
    }

    /** Keeps a new version of the year's averages. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public OmbudsmanAverages enterAverages(String year, AveragesDetails d) {
        String refused = "The averages were not kept.";
        ReportPeriod period = year(year, refused);
        List<String> problems = d == null ? List.of("authorityType: send the averages.")
                : OmbudsmanAverages.problems(d.authorityType(), d.upheldRate(), d.upheldPer100k(), d.complianceRate(), d.remediedRate(), d.source());
        if (!problems.isEmpty()) {
            throw new DetailsRefused(refused, problems);
        }
        String who = ActingAs.who(session.getCallerPrincipal());
        read(r -> r.recordAverages(period.code(), d.authorityType(), d.upheldRate(), d.upheldPer100k(), d.complianceRate(),
                d.remediedRate(), d.source(), who, Instant.now()));
        return averages(period.code());
    }

    /** A financial year that has begun, such as 2025-26. */
    private static ReportPeriod year(String code, String refused) {
        ReportPeriod period;
        try {
            period = ReportPeriod.parse(code == null ? "" : code.strip());
        } catch (IllegalArgumentException e) {
            throw new DetailsRefused(refused, List.of("year: " + e.getMessage()));
        }
        if (period.kind() != ReportPeriod.Kind.YEAR) {
            throw new DetailsRefused(refused, List.of("year: give a financial year, such as 2025-26."));
        }
        if (period.first().isAfter(CouncilTime.today())) {
            throw new DetailsRefused(refused, List.of("year: " + period.label() + " has not begun."));
        }
        return period;
    }

    private static CodeSection section(int number, String refused) {
        try {
            return CodeSection.numbered(number);
        } catch (IllegalArgumentException e) {
            throw new DetailsRefused(refused, List.of("section: " + e.getMessage()));
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T on(AssessmentRecords records) throws SQLException;
    }

    private <T> T read(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.on(new AssessmentRecords(c));
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState()) || "23000".equals(e.getSQLState())) {
                // Two administrators saved the same section at once: the second is told, nothing is lost.
                throw new DetailsRefused("Someone else changed it at the same moment.", List.of("version: open it again, check their"
                        + " change and save yours once more."));
            }
            throw new IllegalStateException("The warehouse could not be reached (" + e.getSQLState() + ")", e);
        }
    }
}
