package uk.gov.council.cs.desk;

import java.util.List;
import uk.gov.council.cs.complaints.ComplaintViews;
import uk.gov.council.cs.complaints.ContactRestrictions;
import uk.gov.council.cs.residents.ResidentProfile;
import uk.gov.council.cs.servicerequests.ServiceRequestSummary;
import uk.gov.council.cs.timeline.TimelinePage;

/**
 * What an adviser sees first on opening a resident: who they are, any restriction of their contact,
 * their open complaints and service requests, and the latest on their timeline.
 */
public record ResidentOverview(ResidentProfile profile, List<ContactRestrictions.RestrictionView> restrictions,
                               List<ComplaintViews.QueueLine> openComplaints, List<ServiceRequestSummary> openRequests,
                               TimelinePage latest) {
}
