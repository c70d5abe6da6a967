package uk.gov.council.cs.reports.assessment;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.math.BigDecimal;
import java.util.List;
import uk.gov.council.cs.audit.ActingAs;
import uk.gov.council.cs.reports.schedule.ReportPeriod;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.workingdays.CouncilTime;

/**
 * In demo mode, the demo borough's self-assessment against the Code and the Ombudsman's averages for the
 * last full financial year, as a complaints manager would have written them, so that the annual report's
 * first section and its Ombudsman table read as they would at a real council. Entered once.
 */
@Singleton
@Startup
@DependsOn({"DemoMode", "WarehouseSchema"})
@RunAs(Roles.ADMINISTRATOR)
@DenyAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoSelfAssessment {

    private record Answer(int section, String compliance, String explanation, String evidence) {
    }

    private static final List<Answer> ANSWERS = List.of(
            new Answer(1, "COMPLIES", "The complaints policy uses the Code's definition word for word, and advisers log any"
                    + " expression of dissatisfaction as a complaint unless the resident only wants a service.",
                    "Complaints policy (published on the website); adviser training record."),
            new Answer(2, "COMPLIES", "Every refusal names the exclusion relied on and tells the resident of their right to go"
                    + " to the Ombudsman; refusals are reviewed monthly by the complaints manager.",
                    "Refusal letter template; monthly refusals review notes."),
            new Answer(3, "PARTLY", "Complaints can be made by telephone, e-mail, web form, letter and in person; the web form"
                    + " is not yet available in Easy Read. An Easy Read version is due by 30 September.",
                    "Accessibility statement; Easy Read project plan."),
            new Answer(4, "COMPLIES", "A complaints officer in each directorate, with authority to resolve complaints, and"
                    + " annual training for all investigating officers.", "Training register; officer job descriptions."),
            new Answer(5, "COMPLIES", "One two-stage procedure for all services; the system keeps every complaint, letter and"
                    + " deadline and warns before a deadline is missed.", "Complaints procedure; system deadline reports."),
            new Answer(6, "PARTLY", "Stage 1 responses met the Code's timescales in most cases, but stage 2 responses were late"
                    + " too often in the first half of the year. A second investigating officer post was filled in January.",
                    "Quarterly performance reports to Overview and Scrutiny; recruitment record."),
            new Answer(7, "COMPLIES", "Remedies follow the Ombudsman's guidance on remedies, including payments for time and"
                    + " trouble, and are tracked until done.", "Remedies guidance; remedy log in the complaints system."),
            new Answer(8, "COMPLIES", "This annual report goes to the Audit and Governance committee and is published with the"
                    + " committee's response.", "Committee minutes; the council's website."),
            new Answer(9, "PARTLY", "The lead member for complaints receives quarterly reports, but learning actions are not yet"
                    + " reviewed by the member responsible. Quarterly reviews start in the new municipal year.",
                    "Member briefing notes; the learning actions log."));

    @EJB
    private AnnualReportInputs inputs;

    @PostConstruct
    void enter() {
        if (!Boolean.getBoolean("council.demo")) {
            return;
        }
        String year = ReportPeriod.financialYearOf(CouncilTime.today()).previous().code();
        ActingAs.job("demo-data", () -> {
            if (inputs.selfAssessment(year).sections().stream().allMatch(s -> s.latest() == null)) {
                for (Answer a : ANSWERS) {
                    inputs.answer(year, a.section(), new AnnualReportInputs.AnswerDetails(a.compliance(), a.explanation(), a.evidence()));
                }
            }
            if (inputs.averages(year) == null) {
                inputs.enterAverages(year, new AnnualReportInputs.AveragesDetails("Metropolitan boroughs", new BigDecimal("80"),
                        new BigDecimal("4.6"), new BigDecimal("99.6"), new BigDecimal("13"),
                        "The Ombudsman's annual review letter for " + ReportPeriod.parse(year).label()));
            }
            return null;
        });
    }
}
