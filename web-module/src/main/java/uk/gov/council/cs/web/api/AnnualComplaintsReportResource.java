package uk.gov.council.cs.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.reports.assessment.AnnualReportInputs;
import uk.gov.council.cs.reports.assessment.OmbudsmanAverages;
import uk.gov.council.cs.reports.assessment.SectionAnswer;
import uk.gov.council.cs.security.Roles;

/**
 * What the council enters for a year's annual complaints report: its self-assessment against each section
 * of the Complaint Handling Code, and the Ombudsman's averages for similar authorities. Every change is a
 * new version; the report prints the latest.
 */
@Path("annual-complaints-report/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports and warehouse")
public class AnnualComplaintsReportResource {

    @EJB
    private AnnualReportInputs inputs;

    @GET
    @Path("self-assessment")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SENIOR_MANAGER, Roles.COMPLAINTS_OFFICER})
    @Operation(summary = "The year's self-assessment: each section of the Code with its latest answer, if any.")
    public AnnualReportInputs.SelfAssessmentView selfAssessment(@PathParam("year") String year) {
        return inputs.selfAssessment(year);
    }

    @PUT
    @Path("self-assessment/sections/{section}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Record the council's answer for one section (1 to 9): compliance COMPLIES, PARTLY or DOES_NOT_COMPLY,"
            + " explanation and evidence. Kept as a new version.")
    public AnnualReportInputs.SectionView answer(@PathParam("year") String year, @PathParam("section") int section,
                                                 AnnualReportInputs.AnswerDetails details) {
        return inputs.answer(year, section, details);
    }

    @GET
    @Path("self-assessment/sections/{section}/versions")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SENIOR_MANAGER, Roles.COMPLAINTS_OFFICER})
    @Operation(summary = "Every version of one section's answer for the year, newest first.")
    public List<SectionAnswer> sectionHistory(@PathParam("year") String year, @PathParam("section") int section) {
        return inputs.sectionHistory(year, section);
    }

    @GET
    @Path("ombudsman-averages")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SENIOR_MANAGER, Roles.COMPLAINTS_OFFICER})
    @Operation(summary = "The averages for similar authorities from the Ombudsman's letter for the year, as last entered.")
    public OmbudsmanAverages averages(@PathParam("year") String year) {
        OmbudsmanAverages averages = inputs.averages(year);
        if (averages == null) {
            throw new NotFound("Ombudsman averages for the year", year);
        }
        return averages;
    }

    @PUT
    @Path("ombudsman-averages")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Enter the averages from the Ombudsman's letter: authorityType, upheldRate, upheldPer100k, complianceRate,"
            + " remediedRate (percentages as printed; leave out what the letter does not give) and source. Kept as a new version.")
    public OmbudsmanAverages enterAverages(@PathParam("year") String year, AnnualReportInputs.AveragesDetails details) {
        return inputs.enterAverages(year, details);
    }

    @GET
    @Path("ombudsman-averages/versions")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SENIOR_MANAGER, Roles.COMPLAINTS_OFFICER})
    @Operation(summary = "Every version of the year's averages, newest first.")
    public List<OmbudsmanAverages> averagesHistory(@PathParam("year") String year) {
        return inputs.averagesHistory(year);
    }
}
