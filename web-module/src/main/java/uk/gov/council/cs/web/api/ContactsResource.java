package uk.gov.council.cs.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.council.cs.contacts.ContactLog;
import uk.gov.council.cs.contacts.ContactSummary;
import uk.gov.council.cs.security.Roles;

/** One logged contact: where a contact's timeline entry (source "contact") and its Location header lead. */
@Path("contacts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
public class ContactsResource {

    @EJB
    private ContactLog contacts;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    @Operation(summary = "One contact. Reading it is audited as a read of the resident's record.")
    public ContactSummary find(@PathParam("id") long id, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return contacts.find(id, ResidentsResource.purposeOrDefault(purpose));
    }
}
