package uk.gov.council.cs.complaints;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.gov.council.cs.contacts.Channel;

/**
 * What is recorded when feedback arrives. For a complaint also its category, the other services it
 * concerns, the staff it names and the service request whose handling it is about.
 */
public record FeedbackDetails(FeedbackKind kind, Channel channel, Long serviceId, String summary, String contractor,
                              ComplaintCategory category, Set<Long> otherServiceIds, Set<String> involvedStaff,
                              Long serviceRequestId, Ombudsman ombudsman, Satisfaction rating, String ratingReason,
                              Long aboutComplaintId, java.time.LocalDate receivedOn) {

    public FeedbackDetails {
        otherServiceIds = otherServiceIds == null ? Set.of() : Set.copyOf(otherServiceIds);
        involvedStaff = involvedStaff == null ? Set.of() : Set.copyOf(involvedStaff);
    }

    /** A complaint as an adviser logs it. */
    public static FeedbackDetails complaint(Channel channel, Long serviceId, String summary, ComplaintCategory category) {
        return new FeedbackDetails(FeedbackKind.COMPLAINT, channel, serviceId, summary, null, category, Set.of(), Set.of(),
                null, null, null, null, null, null);
    }

    /** Every reason these details cannot be recorded, in words for the member of staff. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (kind == null) {
            problems.add("Say what kind of feedback it is: comment, compliment, complaint or satisfaction response.");
        }
        if (channel == null) {
            problems.add("Say how it reached the council (channel).");
        }
        if (summary == null || summary.isBlank()) {
            problems.add("Say what the resident told us (summary).");
        } else if (summary.length() > 4000) {
            problems.add("The summary is longer than 4000 characters.");
        }
        if (contractor != null && contractor.length() > 200) {
            problems.add("The contractor's name is longer than 200 characters.");
        }
        if (kind == FeedbackKind.COMPLAINT) {
            if (serviceId == null) {
                problems.add("Choose the service the complaint is about; it leads the response.");
            }
            if (category == null) {
                problems.add("Choose the complaint's category.");
            }
            if (serviceId != null && otherServiceIds.contains(serviceId)) {
                problems.add("The lead service is listed again among the other services.");
            }
        } else if (category != null || serviceRequestId != null || !involvedStaff.isEmpty()) {
            problems.add("A category, named staff and a service request belong to complaints only.");
        }
        if (kind == FeedbackKind.SATISFACTION && rating == null) {
            problems.add("A satisfaction response needs its rating: good, average or poor.");
        }
        if (kind != FeedbackKind.SATISFACTION && (rating != null || aboutComplaintId != null)) {
            problems.add("A rating belongs to satisfaction responses only.");
        }
        if (receivedOn != null) {
            java.time.LocalDate today = uk.gov.council.cs.workingdays.CouncilTime.today();
            if (receivedOn.isAfter(today)) {
                problems.add("The day it was received cannot be in the future.");
            } else if (receivedOn.isBefore(today.minusYears(1))) {
                problems.add("The day it was received is more than a year ago; log it as received today and note the date in the summary.");
            }
        }
        if (ratingReason != null && ratingReason.length() > 200) {
            problems.add("The reason for the rating is longer than 200 characters.");
        }
        return problems;
    }
}
