package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.reports.assessment.AnnualReportInputs;
import uk.gov.council.cs.reports.assessment.Compliance;
import uk.gov.council.cs.reports.assessment.OmbudsmanAverages;
import uk.gov.council.cs.reports.assessment.SectionAnswer;
import uk.gov.council.cs.reports.schedule.ReportPeriod;
import uk.gov.council.cs.workingdays.CouncilTime;

/**
 * What the council enters for a year's annual complaints report: its self-assessment against each section
 * of the Code (one section changed at a time, each change kept as a version) and the Ombudsman's averages
 * for similar authorities. Senior managers and the complaints team read it; administrators change it.
 */
@Named
@ViewScoped
public class AnnualReportInputsForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> ANSWER_FIELDS = Map.of("compliance:", "answer:compliance",
            "explanation:", "answer:explanation", "evidence:", "answer:evidence");
    private static final Map<String, String> AVERAGE_FIELDS = Map.of("authorityType:", "averages:authorityType",
            "upheldRate:", "averages:upheldRate", "upheldPer100k:", "averages:upheldPer100k", "complianceRate:", "averages:complianceRate",
            "remediedRate:", "averages:remediedRate", "source:", "averages:source");

    @EJB
    private transient AnnualReportInputs inputs;

    @Inject
    private StaffSession staff;

    private String year;
    private Integer section;
    private AnnualReportInputs.SelfAssessmentView assessment;
    private List<SectionAnswer> history = List.of();
    private OmbudsmanAverages averages;
    private String compliance;
    private String explanation;
    private String evidence;
    private String authorityType;
    private BigDecimal upheldRate;
    private BigDecimal upheldPer100k;
    private BigDecimal complianceRate;
    private BigDecimal remediedRate;
    private String source;

    /** The years offered: the one under way and the three before it, the last full one first chosen. */
    public List<ReportPeriod> getYears() {
        ReportPeriod current = ReportPeriod.financialYearOf(CouncilTime.today());
        return List.of(current, current.previous(), current.previous().previous(), current.previous().previous().previous());
    }

    public void load() {
        if (year == null || year.isBlank()) {
            year = ReportPeriod.financialYearOf(CouncilTime.today()).previous().code();
        }
        try {
            assessment = inputs.selfAssessment(year);
            averages = inputs.averages(year);
        } catch (DetailsRefused e) {
            assessment = null;
            section = null;
            Messages.refused(e);
            return;
        }
        if (section != null) {
            try {
                history = inputs.sectionHistory(year, section);
            } catch (DetailsRefused e) {
                // A section the Code does not have: the page still shows the year, and says why there is no form.
                section = null;
                Messages.refused(e);
            }
            if (explanation == null && !history.isEmpty()) {
                SectionAnswer latest = history.get(0);
                compliance = latest.compliance().name();
                explanation = latest.explanation();
                evidence = latest.evidence();
            }
        }
        if (averages != null && source == null) {
            authorityType = averages.authorityType();
            upheldRate = averages.upheldRate();
            upheldPer100k = averages.upheldPer100k();
            complianceRate = averages.complianceRate();
            remediedRate = averages.remediedRate();
            source = averages.source();
        }
    }

    public void saveAnswer() {
        try {
            AnnualReportInputs.SectionView kept = inputs.answer(year, section == null ? 0 : section,
                    new AnnualReportInputs.AnswerDetails(compliance, explanation, evidence));
            Messages.done("Section " + kept.number() + " kept as version " + kept.versions() + ".");
            explanation = null;
            load();
        } catch (DetailsRefused e) {
            Messages.refused(e, ANSWER_FIELDS);
        }
    }

    public void saveAverages() {
        try {
            inputs.enterAverages(year, new AnnualReportInputs.AveragesDetails(authorityType, upheldRate, upheldPer100k,
                    complianceRate, remediedRate, source));
            Messages.done("The Ombudsman's averages for " + assessment.yearLabel() + " are kept.");
            source = null;
            load();
        } catch (DetailsRefused e) {
            Messages.refused(e, AVERAGE_FIELDS);
        }
    }

    public boolean isMayChange() {
        return staff.isAdministrator();
    }

    /** The section being changed, as the Code names it. */
    public String getSectionTitle() {
        return section == null || assessment == null ? null : assessment.sections().get(section - 1).title();
    }

    public List<Compliance> getFindings() {
        return List.of(Compliance.values());
    }

    public List<String> getAuthorityTypes() {
        return OmbudsmanAverages.AUTHORITY_TYPES;
    }

    public String when(Instant instant) {
        return CouncilTime.readable(instant);
    }

    public String percent(BigDecimal value) {
        return value == null ? "not given" : OmbudsmanAverages.percentText(value);
    }

    public String decimal(BigDecimal value) {
        return value == null ? "not given" : OmbudsmanAverages.decimalText(value);
    }

    public AnnualReportInputs.SelfAssessmentView getAssessment() {
        return assessment;
    }

    public List<SectionAnswer> getHistory() {
        return history;
    }

    public OmbudsmanAverages getAverages() {
        return averages;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public Integer getSection() {
        return section;
    }

    public void setSection(Integer section) {
        this.section = section;
    }

    public String getCompliance() {
        return compliance;
    }

    public void setCompliance(String compliance) {
        this.compliance = compliance;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getAuthorityType() {
        return authorityType;
    }

    public void setAuthorityType(String authorityType) {
        this.authorityType = authorityType;
    }

    public BigDecimal getUpheldRate() {
        return upheldRate;
    }

    public void setUpheldRate(BigDecimal upheldRate) {
        this.upheldRate = upheldRate;
    }

    public BigDecimal getUpheldPer100k() {
        return upheldPer100k;
    }

    public void setUpheldPer100k(BigDecimal upheldPer100k) {
        this.upheldPer100k = upheldPer100k;
    }

    public BigDecimal getComplianceRate() {
        return complianceRate;
    }

    public void setComplianceRate(BigDecimal complianceRate) {
        this.complianceRate = complianceRate;
    }

    public BigDecimal getRemediedRate() {
        return remediedRate;
    }

    public void setRemediedRate(BigDecimal remediedRate) {
        this.remediedRate = remediedRate;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
