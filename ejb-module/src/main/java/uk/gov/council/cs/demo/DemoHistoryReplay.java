package uk.gov.council.cs.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import uk.gov.council.cs.audit.ActingAs;
import uk.gov.council.cs.complaints.ComplaintViews;
import uk.gov.council.cs.complaints.Complaints;
import uk.gov.council.cs.complaints.FeedbackDetails;
import uk.gov.council.cs.complaints.FeedbackKind;
import uk.gov.council.cs.complaints.Ombudsman;
import uk.gov.council.cs.complaints.OmbudsmanCases;
import uk.gov.council.cs.complaints.OmbudsmanItem;
import uk.gov.council.cs.complaints.Outcome;
import uk.gov.council.cs.complaints.Remedy;
import uk.gov.council.cs.complaints.RemedyType;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.servicerequests.ServiceRequestDetails;
import uk.gov.council.cs.servicerequests.ServiceRequests;
import uk.gov.council.cs.servicerequests.Step;
import uk.gov.council.cs.workingdays.CouncilClock;
import uk.gov.council.cs.workingdays.CouncilTime;

/**
 * Plays {@link DemoHistory}'s plan through the application's own EJBs, each step on its day (the
 * council's clock is set back for the step, {@link CouncilClock#replaying}), by the demo officer whose
 * step it is. Each step is its own transaction, as when staff take it; a step the rules refuse is
 * counted and skipped, never forced.
 */
@Stateless
@RunAs(Roles.COMPLAINTS_OFFICER)
@RolesAllowed(Roles.ADMINISTRATOR)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoHistoryReplay {

    private static final Logger LOG = Logger.getLogger(DemoHistoryReplay.class.getName());
    static final String PURPOSE = "demo data: the council's past two years";

    @EJB
    private Complaints complaints;
    @EJB
    private OmbudsmanCases ombudsmanCases;
    @EJB
    private DemoInvestigatingOfficer investigator;
    @EJB
    private ServiceRequests serviceRequests;
    @EJB
    private DemoHistoryContacts contacts;

    private int refused;

    /** Replays the plan from {@code from} to four weeks before today; later steps are for staff to take. */
    public void replay(List<Long> residentIds, Map<String, Long> serviceIds, LocalDate from, long seed) {
        LocalDate today = CouncilTime.today();
        DemoHistory plan = new DemoHistory(seed);
        LocalDate until = today.minusWeeks(4);
        long started = System.nanoTime();
        refused = 0;
        int steps = contacts.replay(residentIds, serviceIds, from, today.minusDays(366), seed);
        for (DemoHistory.PlannedRating r : plan.ratings(from, until, residentIds.size())) {
            at(r.day(), 0, () -> complaints.log(residentIds.get(r.residentIndex()), new FeedbackDetails(FeedbackKind.SATISFACTION,
                    r.channel(), serviceIds.get(r.service()), "Rated the service " + r.rating().name().toLowerCase(java.util.Locale.UK) + ".",
                    null, null, Set.of(), Set.of(), null, null, r.rating(), null, null, r.day()), PURPOSE));
            steps++;
        }
        for (DemoHistory.PlannedRequest r : plan.requests(from, until, residentIds.size())) {
            steps += request(residentIds.get(r.residentIndex()), serviceIds.get(r.service()), r, today);
        }
        for (DemoHistory.PlannedComplaint c : plan.complaints(from, until, residentIds.size())) {
            steps += complaint(residentIds.get(c.residentIndex()), serviceIds.get(c.service()), c, today);
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        int skipped = refused;
        int replayed = steps;
        LOG.info(() -> "Demo mode: replayed " + replayed + " steps of the council's history since " + from + " in "
                + seconds + " s (" + skipped + " refused by the rules and skipped)");
    }

    private int request(long resident, Long service, DemoHistory.PlannedRequest r, LocalDate today) {
        Long id = at(r.received(), 1, () -> serviceRequests.log(resident, new ServiceRequestDetails(service, r.channel(),
                "Please sort out: " + r.service().toLowerCase(java.util.Locale.UK)), PURPOSE).id());
        if (id == null) {
            return 0;
        }
        int steps = 1;
        if (fits(r.received().plusDays(r.acknowledgeAfter()), today)) {
            at(r.received().plusDays(r.acknowledgeAfter()), 2, () -> serviceRequests.done(id, Step.ACKNOWLEDGE, null, PURPOSE));
            steps++;
        }
        LocalDate end = r.received().plusDays(r.fulfilAfter());
        if (fits(end, today)) {
            if (r.closedUnfulfilled()) {
                at(end, 3, () -> serviceRequests.done(id, Step.CLOSE, "A duplicate of an earlier request.", PURPOSE));
            } else {
                at(end, 3, () -> serviceRequests.done(id, Step.FULFIL, null, PURPOSE));
                at(end.plusDays(1), 3, () -> serviceRequests.done(id, Step.CLOSE, null, PURPOSE));
            }
            steps += 2;
        }
        return steps;
    }

    private int complaint(long resident, Long service, DemoHistory.PlannedComplaint c, LocalDate today) {
        LocalDate day = c.received();
        Long id = at(day, 4, () -> complaints.log(resident, new FeedbackDetails(FeedbackKind.COMPLAINT, c.channel(), service,
                "About " + c.service().toLowerCase(java.util.Locale.UK) + ": " + c.category().label().toLowerCase(java.util.Locale.UK) + ".",
                null, c.category(), Set.of(), Set.of(), null, "Housing repairs".equals(c.service()) ? Ombudsman.HOUSING : null,
                null, null, null, day), PURPOSE).id());
        if (id == null) {
            return 0;
        }
        int steps = 1;
        LocalDate acknowledged = day.plusDays(c.acknowledgeAfter());
        if (!fits(acknowledged, today)) {
            return steps;
        }
        at(acknowledged, 5, () -> complaints.acknowledge(id, PURPOSE));
        steps++;
        LocalDate closed;
        if (c.refusal() != null) {
            at(acknowledged, 6, () -> complaints.refuse(id, c.refusal(), "Checked against the complaint's dates and history.", PURPOSE));
            closed = acknowledged;
            steps++;
        } else {
            at(acknowledged, 6, () -> complaints.accept(id, PURPOSE));
            at(acknowledged, 7, () -> complaints.assign(id, DemoComplaintsTeam.INVESTIGATOR, PURPOSE));
            steps += 2;
            if (c.extendBy() > 0 && fits(acknowledged.plusDays(5), today)) {
                at(acknowledged.plusDays(5), 8, () -> {
                    investigator.extend(id, c.extendBy(), "The contractor's records are needed and take time to arrive.");
                    return null;
                });
                steps++;
            }
            LocalDate responded = day.plusDays(c.respondAfter());
            if (!fits(responded, today)) {
                return steps;
            }
            respond(DemoComplaintsTeam.INVESTIGATOR, id, responded, c.outcome(), c.financialRemedy());
            steps++;
            if (c.learningAction()) {
                steps += learning(id, responded, c.actionCompleted(), today);
            }
            if (c.rating() != null && fits(responded.plusDays(7), today)) {
                at(responded.plusDays(7), 10, () -> complaints.log(resident, new FeedbackDetails(FeedbackKind.SATISFACTION, c.channel(),
                        service, "Rated how the complaint was handled.", null, null, Set.of(), Set.of(), null, null, c.rating(), null,
                        id, responded.plusDays(7)), PURPOSE));
                steps++;
            }
            closed = responded.plusDays(10);
            if (c.escalated()) {
                LocalDate escalated = day.plusDays(c.escalateAfter());
                if (!fits(escalated, today)) {
                    return steps;
                }
                at(escalated, 11, () -> complaints.escalate(id, "The resident is not satisfied with the stage 1 response.", PURPOSE));
                at(escalated.plusDays(2), 11, () -> complaints.acknowledge(id, PURPOSE));
                at(escalated.plusDays(2), 12, () -> complaints.assign(id, DemoComplaintsTeam.REVIEWER, PURPOSE));
                steps += 3;
                LocalDate reviewed = day.plusDays(c.stage2RespondAfter());
                if (!fits(reviewed, today)) {
                    return steps;
                }
                respond(DemoComplaintsTeam.REVIEWER, id, reviewed, c.stage2Outcome(), false);
                steps++;
                closed = reviewed.plusDays(5);
            }
            if (!fits(closed, today)) {
                return steps;
            }
            at(closed, 13, () -> complaints.close(id, "Response sent; nothing further asked.", PURPOSE));
            steps++;
        }
        if (c.ombudsman()) {
            steps += ombudsman(id, closed.plusDays(30), c, today);
        }
        return steps;
    }

    private void respond(String officer, long id, LocalDate day, Outcome outcome, boolean financial) {
        List<Remedy> remedies = outcome == Outcome.NOT_UPHELD ? List.of()
                : financial ? List.of(new Remedy(RemedyType.FINANCIAL, "For time and trouble", new BigDecimal("75")))
                : List.of(new Remedy(RemedyType.APOLOGY, "For the delay and the distress caused", null));
        at(day, 9, () -> {
            investigator.respondAs(officer, id, new ComplaintViews.Response(outcome, switch (outcome) {
                case UPHELD -> "We found that the service fell short of its standard; we are sorry and have put it right.";
                case PARTLY_UPHELD -> "Part of what you told us was right, and we have put that part right.";
                case NOT_UPHELD -> "We looked at the records and spoke to the staff involved; the service met its standard.";
            }, remedies, outcome == Outcome.NOT_UPHELD ? null : "Check the service's records before replying to a resident."));
            return null;
        });
    }

    private int learning(long id, LocalDate responded, boolean completed, LocalDate today) {
        ComplaintViews.ComplaintFile file = at(responded, 14, () -> complaints.addAction(id,
                "Brief the team on what this complaint showed", DemoComplaintsTeam.INVESTIGATOR, responded.plusDays(30), PURPOSE));
        if (file == null || file.actions().isEmpty() || !completed || !fits(responded.plusDays(25), today)) {
            return 1;
        }
        long action = file.actions().get(file.actions().size() - 1).id();
        at(responded.plusDays(20), 15, () -> {
            investigator.reportActionDone(action);
            return null;
        });
        at(responded.plusDays(25), 15, () -> complaints.completeAction(action, "Team briefing notes seen.", PURPOSE));
        return 3;
    }

    private int ombudsman(long id, LocalDate referred, DemoHistory.PlannedComplaint c, LocalDate today) {
        if (!fits(referred, today)) {
            return 0;
        }
        ComplaintViews.ComplaintFile file = at(referred, 16, () -> complaints.referToOmbudsman(id,
                String.format("%02d %03d %03d", referred.getYear() % 100, id % 1000, (id * 7) % 1000), referred, PURPOSE));
        if (file == null || file.ombudsmanCases().isEmpty()) {
            return 0;
        }
        long caseId = file.ombudsmanCases().get(file.ombudsmanCases().size() - 1).id();
        LocalDate decided = referred.plusDays(90);
        if (!fits(decided, today)) {
            return 1;
        }
        at(decided, 17, () -> ombudsmanCases.decide(caseId, c.ombudsmanDecision(), decided, c.remediedFirst(),
                "The Ombudsman's decision as published.", PURPOSE));
        boolean fault = List.of("Upheld", "Maladministration", "Service failure", "Severe maladministration").contains(c.ombudsmanDecision());
        if (fault) {
            at(decided, 18, () -> ombudsmanCases.addItem(caseId, OmbudsmanItem.Kind.RECOMMENDATION,
                    "Apologise in writing and pay £150 for the distress caused", decided.plusDays(30), PURPOSE));
            ComplaintViews.OmbudsmanCaseView view = at(decided, 18, () -> complaints.find(id, PURPOSE)).ombudsmanCases().stream()
                    .filter(o -> o.id() == caseId).findFirst().orElse(null);
            if (view != null && !view.items().isEmpty() && (id % 6 != 0) && fits(decided.plusDays(21), today)) {
                long item = view.items().get(view.items().size() - 1).id();
                at(decided.plusDays(21), 19, () -> ombudsmanCases.itemDone(item, "Letter and payment sent.", PURPOSE));
            }
        }
        return 3;
    }

    private static boolean fits(LocalDate day, LocalDate today) {
        return !day.isAfter(today.minusDays(1));
    }

    /** Does the step as the complaints officer on {@code day}, a few minutes after ten so that steps keep their order. */
    private <T> T at(LocalDate day, int order, Supplier<T> step) {
        Instant moment = day.atTime(LocalTime.of(10, 0).plusMinutes(order * 7L)).atZone(CouncilTime.ZONE).toInstant();
        try {
            return CouncilClock.replaying(moment, () -> ActingAs.job(DemoComplaintsTeam.OFFICER, step::get));
        } catch (DetailsRefused e) {
            refused++;
            return null;
        }
    }
}
