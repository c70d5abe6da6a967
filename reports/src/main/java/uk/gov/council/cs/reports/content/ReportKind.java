package uk.gov.council.cs.reports.content;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The reports the council must produce (DOMAIN.md, "Reports the council must produce"), and what period each covers. */
public enum ReportKind {
    ANNUAL_COMPLAINTS("annual-complaints", "Annual complaints performance and service improvement report", true,
            "For the governing body and publication (Complaint Handling Code, section 8)."),
    EQUALITY("equality", "Equality report", true,
            "Public Sector Equality Duty: who contacts the council and who complains, compared with the borough."),
    QUARTERLY_PERFORMANCE("quarterly-performance", "Quarterly performance report", false,
            "For the Overview and Scrutiny committee, with the four quarters before as a trend.");

    private final String code;
    private final String title;
    private final boolean yearly;
    private final String purpose;

    ReportKind(String code, String title, boolean yearly, String purpose) {
        this.code = code;
        this.title = title;
        this.yearly = yearly;
        this.purpose = purpose;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** A financial year's report; otherwise a financial quarter's. */
    public boolean yearly() {
        return yearly;
    }

    public String purpose() {
        return purpose;
    }

    /**
     * The roles that own the report and may run it; the report EJB's methods declare the same (an
     * annotation cannot read this), and ReportRolesAgreeTest holds the two together.
     */
    public java.util.List<String> roles() {
        return switch (this) {
            case QUARTERLY_PERFORMANCE -> java.util.List.of(uk.gov.council.cs.security.Roles.SENIOR_MANAGER,
                    uk.gov.council.cs.security.Roles.ADMINISTRATOR, uk.gov.council.cs.security.Roles.COMPLAINTS_OFFICER,
                    uk.gov.council.cs.security.Roles.HEAD_OF_SERVICE);
            case ANNUAL_COMPLAINTS -> java.util.List.of(uk.gov.council.cs.security.Roles.SENIOR_MANAGER,
                    uk.gov.council.cs.security.Roles.ADMINISTRATOR, uk.gov.council.cs.security.Roles.COMPLAINTS_OFFICER);
            case EQUALITY -> java.util.List.of(uk.gov.council.cs.security.Roles.SENIOR_MANAGER,
                    uk.gov.council.cs.security.Roles.ADMINISTRATOR, uk.gov.council.cs.security.Roles.EQUALITY_OFFICER);
        };
    }

    public static ReportKind ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no report \"" + code + "\"; the reports are "
                        + Arrays.stream(values()).map(ReportKind::code).collect(Collectors.joining(", ")) + "."));
    }
}
