package uk.gov.council.cs.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.reports.BoroughProfileReport;
import uk.gov.council.cs.reports.CommitteeReports;
import uk.gov.council.cs.reports.ReportDocument;
import uk.gov.council.cs.reports.ReportFigureRecords;
import uk.gov.council.cs.reports.ReportFormat;
import uk.gov.council.cs.reports.figures.FigureRecords;
import uk.gov.council.cs.reports.content.ReportKind;
import uk.gov.council.cs.security.Roles;

/**
 * The committee reports, run now for a period and downloaded as PDF, CSV or a workbook. Each report
 * has the roles that own it; {@code GET /reports} lists those the caller may run, with their periods.
 */
@Path("reports")
@Tag(name = "Reports and warehouse")
public class CommitteeReportsResource {

    /** A report the caller may run, and the periods it can be run for now (newest first). */
    public record AvailableReport(String report, String title, String purpose, List<String> periods, List<String> formats) {
    }

    static final String PERIOD = "The financial quarter (2026-27-Q2) or year (2026-27) the report covers.";
    static final String FORMAT = "pdf (the default), csv or xlsx.";

    @EJB
    private CommitteeReports reports;

    @EJB
    private BoroughProfileReport boroughProfile;

    @EJB
    private ReportFigureRecords figureRecords;

    @Context
    private SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR, Roles.COMPLAINTS_OFFICER, Roles.HEAD_OF_SERVICE, Roles.EQUALITY_OFFICER})
    @Operation(summary = "The committee reports the caller may run, each with the periods it can be run for now.")
    public List<AvailableReport> available() {
        List<AvailableReport> available = new ArrayList<>();
        for (ReportKind kind : ReportKind.values()) {
            if (mayRun(kind)) {
                available.add(new AvailableReport(kind.code(), kind.title(), kind.purpose(),
                        reports.periodsFor(kind.code()).stream().map(p -> p.code()).toList(),
                        List.of(ReportFormat.values()).stream().map(ReportFormat::extension).toList()));
            }
        }
        return available;
    }

    private boolean mayRun(ReportKind kind) {
        return kind.roles().stream().anyMatch(security::isUserInRole);
    }

    @GET
    @Path("quarterly-performance")
    @Produces({"application/pdf", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR, Roles.COMPLAINTS_OFFICER, Roles.HEAD_OF_SERVICE})
    @Operation(summary = "The quarterly performance report to Overview and Scrutiny for a financial quarter, with the four"
            + " quarters before it as a trend.")
    public Response quarterlyPerformance(@QueryParam("period") @Parameter(description = PERIOD) String period,
                                         @QueryParam("format") @Parameter(description = FORMAT) String format) {
        return download(reports.quarterlyPerformance(period, format(format)));
    }

    @GET
    @Path("annual-complaints")
    @Produces({"application/pdf", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR, Roles.COMPLAINTS_OFFICER})
    @Operation(summary = "The annual complaints performance and service improvement report (Complaint Handling Code section 8)"
            + " for a financial year, with the Ombudsmen's figures.")
    public Response annualComplaints(@QueryParam("period") @Parameter(description = PERIOD) String period,
                                     @QueryParam("format") @Parameter(description = FORMAT) String format) {
        return download(reports.annualComplaints(period, format(format)));
    }

    @GET
    @Path("equality")
    @Produces({"application/pdf", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR, Roles.EQUALITY_OFFICER})
    @Operation(summary = "The equality report for a financial year: contacts, service requests, complaints and satisfaction by"
            + " protected characteristic beside the borough's population, with small numbers suppressed.")
    public Response equality(@QueryParam("period") @Parameter(description = PERIOD) String period,
                             @QueryParam("format") @Parameter(description = FORMAT) String format) {
        return download(reports.equality(period, format(format)));
    }

    @GET
    @Path("{report}/records")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR, Roles.COMPLAINTS_OFFICER, Roles.HEAD_OF_SERVICE, Roles.EQUALITY_OFFICER})
    @Operation(summary = "The warehouse records behind one figure of a report, named as the CSV names it: its table, row and column."
            + " Only the roles that own the report; figures selected by an equality answer only for the equality officer (audited).")
    public ReportFigureRecords.FigureRecordsView records(@PathParam("report") String report,
                                                         @QueryParam("period") @Parameter(description = PERIOD) String period,
                                                         @QueryParam("table") @Parameter(description = "The table's caption.") String table,
                                                         @QueryParam("row") @Parameter(description = "The row's label.") String row,
                                                         @QueryParam("column") @Parameter(description = "The column's heading.") String column,
                                                         @QueryParam("max") @DefaultValue("200") @Min(1) @Max(FigureRecords.MOST)
                                                         @Parameter(description = "The most records to list (1 to 1000).") int max) {
        return figureRecords.records(report, period, table, row, column, max);
    }

    @GET
    @Path("borough-profile.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR, Roles.EQUALITY_OFFICER, Roles.COMPLAINTS_OFFICER})
    @Operation(summary = "The borough profile (residents per postcode district) as PDF, from the warehouse.")
    public Response boroughProfile() {
        return Response.ok(boroughProfile.renderPdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"borough-profile.pdf\"")
                .build();
    }

    static ReportFormat format(String format) {
        try {
            return format == null || format.isBlank() ? ReportFormat.PDF : ReportFormat.of(format.strip());
        } catch (IllegalArgumentException e) {
            throw new DetailsRefused("The report was not produced.", List.of("format: " + e.getMessage()));
        }
    }

    static Response download(ReportDocument document) {
        return Response.ok(document.content(), document.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"")
                .build();
    }
}
