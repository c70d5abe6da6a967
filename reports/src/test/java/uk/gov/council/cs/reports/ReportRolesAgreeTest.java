package uk.gov.council.cs.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.reports.content.ReportKind;

/** The roles the pages and the API offer each report to are those its EJB method allows. */
class ReportRolesAgreeTest {

    @Test
    void eachReportsRolesAreItsMethodsRoles() throws Exception {
        Map<ReportKind, String> methods = Map.of(ReportKind.QUARTERLY_PERFORMANCE, "quarterlyPerformance",
                ReportKind.ANNUAL_COMPLAINTS, "annualComplaints", ReportKind.EQUALITY, "equality");
        for (ReportKind kind : ReportKind.values()) {
            RolesAllowed allowed = CommitteeReports.class.getMethod(methods.get(kind), String.class, ReportFormat.class)
                    .getAnnotation(RolesAllowed.class);
            assertEquals(Set.of(allowed.value()), Set.copyOf(kind.roles()), kind::name);
        }
    }
}
