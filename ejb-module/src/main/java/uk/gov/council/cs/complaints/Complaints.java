package uk.gov.council.cs.complaints;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.council.cs.audit.AuditTrail;
import uk.gov.council.cs.complaints.ComplaintViews.ComplaintFile;
import uk.gov.council.cs.complaints.ComplaintViews.Logged;
import uk.gov.council.cs.complaints.ComplaintViews.QueueFilter;
import uk.gov.council.cs.complaints.ComplaintViews.QueueLine;
import uk.gov.council.cs.complaints.ComplaintViews.Response;
import uk.gov.council.cs.complaints.policy.ComplaintPolicy;
import uk.gov.council.cs.complaints.policy.StepDeadline;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.refusals.NotPermitted;
import uk.gov.council.cs.residents.ExternalReference;
import uk.gov.council.cs.residents.Resident;
import uk.gov.council.cs.residents.identity.MergedRecords;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.servicerequests.ServiceRequest;
import uk.gov.council.cs.services.Service;
import uk.gov.council.cs.staff.StaffAccounts;
import uk.gov.council.cs.staff.StaffKind;
import uk.gov.council.cs.staff.StaffMember;
import uk.gov.council.cs.timeline.TimelineRecorder;
import uk.gov.council.cs.workingdays.CouncilCalendar;
import uk.gov.council.cs.workingdays.CouncilTime;
import uk.gov.council.cs.audit.ActingAs;

/**
 * The "Have your say" register and the complaints procedure. Each step checks who may take it and
 * whether it is allowed now ({@link ComplaintLifecycle}), moves the clocks ({@link ComplaintClock}),
 * sends the complainant's letter, records the history, the timeline entry and the audit row, and
 * publishes the event: all in one transaction.
 */
@Stateless
public class Complaints {

    private static final String RESIDENT = "resident";

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @Inject
    private MergedRecords mergedRecords;

    @Inject
    private AuditTrail audit;

    @Inject
    private TimelineRecorder timeline;

    @Inject
    private CouncilCalendar councilCalendar;

    @Inject
    private CouncilComplaintPolicy policies;

    @Inject
    private ComplaintLetters letters;

    @Inject
    private ComplaintEvents events;

    @EJB
    private StaffAccounts staff;

    @Resource
    private SessionContext session;

    private final Clock clock = uk.gov.council.cs.workingdays.CouncilClock.UTC;

    // ---------------------------------------------------------------- the register

    /** Records feedback of any kind; a complaint starts its stage 1 clocks under the policy now in force. */
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.ADMINISTRATOR})
    public Logged log(long residentId, FeedbackDetails details, String purpose) {
        Resident resident = em.find(Resident.class, residentId);
        if (resident == null) {
            throw new NotFound(RESIDENT, residentId);
        }
        List<String> problems = new ArrayList<>(details.problems());
        String what = details.kind() == null ? "feedback" : details.kind().label().toLowerCase(Locale.UK);
        if (details.serviceId() != null) {
            Service.problemChoosing(details.serviceId(), em.find(Service.class, details.serviceId())).ifPresent(problems::add);
        }
        for (Long other : details.otherServiceIds()) {
            Service.problemChoosing(other, em.find(Service.class, other)).ifPresent(problems::add);
        }
        if (details.serviceRequestId() != null) {
            ServiceRequest request = em.find(ServiceRequest.class, details.serviceRequestId());
            if (request == null || request.getResidentId() != residentId) {
                problems.add("Service request " + details.serviceRequestId() + " is not one of this resident's.");
            }
        }
        for (String named : details.involvedStaff()) {
            if (staff.member(named) == null) {
                problems.add("There is no member of staff with the username " + named + ".");
            }
        }
        if (details.aboutComplaintId() != null) {
            problemAskingSatisfaction(details.aboutComplaintId(), residentId).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new DetailsRefused("The " + what + " was not logged.", problems);
        }
        Instant now = clock.instant();
        LocalDate today = details.receivedOn() == null ? CouncilTime.today(clock) : details.receivedOn();
        // Received on an earlier day: the start of that working day stands for the hour, which is not known.
        Instant receivedAt = details.receivedOn() == null || details.receivedOn().equals(CouncilTime.today(clock)) ? now
                : details.receivedOn().atTime(9, 0).atZone(CouncilTime.ZONE).toInstant();
        Feedback feedback = new Feedback(details.kind(), residentId, details, receivedAt, caller());
        em.persist(feedback);
        em.flush();
        String summary;
        if (details.kind() == FeedbackKind.COMPLAINT) {
            ComplaintPolicy policy = policies.forNewComplaint(today);
            Ombudsman ombudsman = details.ombudsman() == null ? Ombudsman.LGSCO : details.ombudsman();
            Complaint complaint = new Complaint(feedback.getId(), policy, details, ombudsman);
            if (session.isCallerInRole(Roles.COMPLAINTS_OFFICER)) {
                complaint.lead(caller());
            }
            em.persist(complaint);
            em.persist(new ComplaintStage(complaint.getId(), 1, today, null));
            startClocks(complaint, policy, 1, ComplaintPolicy.Anchor.RECEIVED, today);
            history(complaint, "logged", details.channel().name().toLowerCase(Locale.UK).replace('_', ' '), now);
            events.publish(event(ComplaintEvent.OPENED, complaint, feedback, null, now));
            summary = "Complaint " + complaint.getReference() + " (" + details.category().label() + "): " + details.summary();
        } else if (details.kind() == FeedbackKind.SATISFACTION) {
            summary = "Satisfaction: " + details.rating().name().toLowerCase(Locale.UK)
                    + (details.aboutComplaintId() == null ? "" : " with the handling of complaint "
                    + Complaint.reference(details.aboutComplaintId()))
                    + (feedback.getRatingReason() == null ? "" : " – " + feedback.getRatingReason());
        } else {
            summary = details.kind().label() + ": " + details.summary();
        }
        timeline.record(residentId, receivedAt, details.kind().timelineKind(), details.serviceId(), summary,
                details.kind().timelineKind(), feedback.getId());
        audit.record(AuditTrail.Action.UPDATE, RESIDENT, residentId, purpose);
        return new Logged(feedback.getId(), details.kind() == FeedbackKind.COMPLAINT ? Complaint.reference(feedback.getId())
                : "F" + feedback.getId(), details.kind(), residentId, now);
    }

    /** Satisfaction with complaint handling is asked after the formal response. */
    private Optional<String> problemAskingSatisfaction(long complaintId, long residentId) {
        Complaint complaint = em.find(Complaint.class, complaintId);
        Feedback feedback = em.find(Feedback.class, complaintId);
        if (complaint == null || feedback.getResidentId() != residentId) {
            return Optional.of("Complaint " + Complaint.reference(complaintId) + " is not one of this resident's.");
        }
        if (complaint.getState().open()) {
            return Optional.of("Satisfaction with complaint " + complaint.getReference()
                    + " is asked after its response; it is " + complaint.getState().label().toLowerCase(Locale.UK) + ".");
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- the procedure

    @RolesAllowed(Roles.COMPLAINTS_OFFICER)
    public ComplaintFile acknowledge(long id, String purpose) {
        Step step = begin(Transition.ACKNOWLEDGE, id);
        step.stage().acknowledged(step.now());
        complete(step, "acknowledge");
        startClocks(step.complaint(), step.policy(), step.complaint().getStage(), ComplaintPolicy.Anchor.ACKNOWLEDGED, step.today());
        if (step.complaint().getLeadOfficer() == null) {
            step.complaint().lead(caller());
        }
        step.complaint().moveTo(ComplaintLifecycle.after(Transition.ACKNOWLEDGE, step.facts()));
        letter(step, step.complaint().getStage() == 1 ? LetterKind.ACKNOWLEDGEMENT : LetterKind.ESCALATION_ACKNOWLEDGEMENT, Map.of());
        return finish(step, null, purpose);
    }

    /** Under a procedure with informal resolution (the legacy one): closes a new complaint resolved without stage 1. */
    @RolesAllowed(Roles.COMPLAINTS_OFFICER)
    public ComplaintFile resolveInformally(long id, String howResolved, String purpose) {
        Step step = begin(Transition.RESOLVE_INFORMALLY, id);
        refuseIfAny(step, StepRequirements.informalResolution(howResolved));
        runningSteps(step).forEach(s -> s.done(step.now(), step.today()));
        step.complaint().moveTo(ComplaintLifecycle.after(Transition.RESOLVE_INFORMALLY, step.facts()));
        events.publish(event(ComplaintEvent.CLOSED, step.complaint(), step.feedback(), null, step.now()));
        return finish(step, howResolved.strip(), purpose);
    }

    @RolesAllowed(Roles.COMPLAINTS_OFFICER)
    public ComplaintFile accept(long id, String purpose) {
        Step step = begin(Transition.ACCEPT, id);
        step.complaint().moveTo(ComplaintLifecycle.after(Transition.ACCEPT, step.facts()));
        return finish(step, null, purpose);
    }

    @RolesAllowed(Roles.COMPLAINTS_OFFICER)
    public ComplaintFile refuse(long id, RefusalReason reason, String evidence, String purpose) {
        Step step = begin(Transition.REFUSE, id);
        refuseIfAny(step, StepRequirements.refusal(reason, evidence));
        step.complaint().refuse(reason, evidence.strip());
        runningSteps(step).forEach(s -> s.done(step.now(), step.today()));
        step.complaint().moveTo(ComplaintState.REFUSED);
        letter(step, LetterKind.REFUSAL, Map.of("refusalReason", reason.wording()));
        events.publish(event(ComplaintEvent.CLOSED, step.complaint(), step.feedback(), null, step.now()));
        return finish(step, reason.wording() + " Evidence: " + evidence.strip(), purpose);
    }

    /** Assigns the investigating officer (stage 1) or the reviewer (later stages). */
    @RolesAllowed(Roles.COMPLAINTS_OFFICER)
    public ComplaintFile assign(long id, String username, String purpose) {
        Step step = begin(Transition.ASSIGN, id);
        if (username == null || username.isBlank()) {
            refuseIfAny(step, List.of("Say who is to investigate: the username of an investigating officer or head of service."));
        }
        StaffMember assignee = staff.member(username.strip());
        if (assignee == null) {
            refuseIfAny(step, List.of("There is no member of staff with the username " + username.strip() + "."));
        }
        refuseIfAny(step, ComplaintLifecycle.assigneeProblems(step.facts(), new Officer(assignee.username(), assignee.roles())));
        step.complaint().assign(assignee.username());
        step.complaint().moveTo(ComplaintState.INVESTIGATING);
        return finish(step, assignee.username(), purpose);
    }

    /** Extends the running response deadline within the policy's limit (or, under the legacy procedure, by holding letter). */
    @RolesAllowed({Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE})
    public ComplaintFile extend(long id, int workingDays, String reason, String purpose) {
        Step step = begin(Transition.EXTEND, id);
        // The lifecycle has already refused a complaint with no response deadline running.
        ComplaintStep respond = runningSteps(step).stream().filter(s -> s.getStep().equals("respond")).findFirst()
                .orElseThrow();
        StepDeadline extended;
        try {
            extended = respond.deadline(step.policy()).extend(workingDays, reason, councilCalendar.calendar());
        } catch (IllegalArgumentException e) {
            throw new DetailsRefused(notDone(step), List.of(e.getMessage()));
        }
        respond.extended(extended, reason.strip());
        boolean holding = extended.step().extensionLimit() == null && extended.step().holdingLetterAllowed();
        letter(step, holding ? LetterKind.HOLDING : LetterKind.EXTENSION, Map.of("extensionReason", reason.strip(),
                "dueOn", ComplaintLetters.day(extended.due())));
        return finish(step, workingDays + " working days to " + extended.due() + ": " + reason.strip(), purpose);
    }

    @RolesAllowed({Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE})
    public ComplaintFile respond(long id, Response response, String purpose) {
        Step step = begin(Transition.RESPOND, id);
        refuseIfAny(step, StepRequirements.response(response));
        List<Remedy> remedies = response.remedies() == null ? List.of() : response.remedies();
        Complaint c = step.complaint();
        step.stage().responded(caller(), step.now(), response.outcome(), response.response().strip());
        runningSteps(step).forEach(s -> s.done(step.now(), step.today()));
        remedies.forEach(r -> em.persist(new ComplaintRemedy(c.getId(), c.getStage(), r)));
        if (response.lessonsLearned() != null && !response.lessonsLearned().isBlank()) {
            c.learn(c.getLessonsLearned() == null ? response.lessonsLearned().strip()
                    : c.getLessonsLearned() + "\n" + response.lessonsLearned().strip());
        }
        c.moveTo(ComplaintState.RESPONDED);
        int lastStage = step.policy().lastStage();
        boolean last = c.getStage() >= lastStage;
        letter(step, last ? LetterKind.FINAL_RESPONSE : LetterKind.RESPONSE, Map.of(
                "outcome", response.outcome().label().toLowerCase(Locale.UK),
                "response", response.response().strip(),
                "remedies", StepRequirements.remediesWording(remedies),
                "nextStep", StepRequirements.nextStepWording(c.getStage(), lastStage,
                        last ? "" : step.policy().stage(c.getStage() + 1).name())));
        events.publish(event(ComplaintEvent.RESPONDED, c, step.feedback(), response.outcome(), step.now()));
        return finish(step, response.outcome().label(), purpose);
    }

    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER})
    public ComplaintFile escalate(long id, String reason, String purpose) {
        Step step = begin(Transition.ESCALATE, id);
        refuseIfAny(step, StepRequirements.escalation(reason, step.complaint().getStage() + 1));
        Complaint c = step.complaint();
        c.nextStage();
        em.persist(new ComplaintStage(c.getId(), c.getStage(), step.today(), reason.strip()));
        startClocks(c, step.policy(), c.getStage(), ComplaintPolicy.Anchor.ESCALATION_REQUESTED, step.today());
        c.moveTo(ComplaintState.RECEIVED);
        events.publish(event(ComplaintEvent.ESCALATED, c, step.feedback(), null, step.now()));
        return finish(step, reason.strip(), purpose);
    }

    @RolesAllowed(Roles.COMPLAINTS_OFFICER)
    public ComplaintFile close(long id, String note, String purpose) {
        Step step = begin(Transition.CLOSE, id);
        step.complaint().moveTo(ComplaintState.CLOSED);
        events.publish(event(ComplaintEvent.CLOSED, step.complaint(), step.feedback(), null, step.now()));
        return finish(step, note == null || note.isBlank() ? null : note.strip(), purpose);
    }

    /** Reopens a complaint at its current stage with a new response clock; the reason is kept in its history. */
    @RolesAllowed(Roles.COMPLAINTS_OFFICER)
    public ComplaintFile reopen(long id, String reason, String purpose) {
        Step step = begin(Transition.REOPEN, id);
        refuseIfAny(step, StepRequirements.reopening(reason));
        Complaint c = step.complaint();
        ComplaintState before = c.getState();
        c.moveTo(ComplaintLifecycle.after(Transition.REOPEN, step.facts()));
        if (before == ComplaintState.REFUSED) {
            c.clearRefusal();
        } else {
            step.stage().reopened();
        }
        // Reopened, the stage is answered again: its response clock starts today, whatever ended it.
        em.persist(new ComplaintStep(c.getId(),
                StepDeadline.start(step.policy(), c.getStage(), "respond", step.today(), councilCalendar.calendar())));
        return finish(step, reason.strip(), purpose);
    }

    /** Records that the Ombudsman has opened a case on the complaint. */
    @RolesAllowed(Roles.COMPLAINTS_OFFICER)
    public ComplaintFile referToOmbudsman(long id, String reference, LocalDate receivedOn, String purpose) {
        Step step = begin(Transition.REFER_TO_OMBUDSMAN, id);
        Ombudsman ombudsman = step.complaint().getOmbudsman();
        Optional<String> written = Ombudsman.normalisedReference(reference);
        boolean recorded = written.isPresent() && !em.createQuery("SELECT o FROM OmbudsmanCase o WHERE o.ombudsman = :o"
                        + " AND o.reference = :r", OmbudsmanCase.class)
                .setParameter("o", ombudsman).setParameter("r", written.get()).getResultList().isEmpty();
        refuseIfAny(step, StepRequirements.referral(written, recorded, ombudsman, receivedOn,
                step.feedback().getReceivedAt().atZone(CouncilTime.ZONE).toLocalDate(), step.today()));
        em.persist(new OmbudsmanCase(id, ombudsman, written.get(), receivedOn == null ? step.today() : receivedOn, caller()));
        step.complaint().moveTo(ComplaintState.REFERRED_TO_OMBUDSMAN);
        return finish(step, ombudsman.title() + " case " + written.get(), purpose);
    }

    // ---------------------------------------------------------------- actions from learning

    @RolesAllowed({Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE})
    public ComplaintFile addAction(long id, String description, String owner, LocalDate dueOn, String purpose) {
        Complaint c = complaint(id);
        LocalDate today = CouncilTime.today(clock);
        Optional<String> problem = LearningActions.problemSetting(description, owner, dueOn, today);
        if (problem.isEmpty()) {
            StaffMember member = staff.member(owner.strip());
            problem = member == null ? Optional.of("There is no member of staff with the username " + owner.strip() + ".")
                    : LearningActions.problemOwning(member.username(), member.kind() == StaffKind.PERSON, member.roles());
        }
        problem.ifPresent(p -> {
            throw new DetailsRefused("The action was not added to complaint " + c.getReference() + ".", List.of(p));
        });
        em.persist(new ComplaintAction(id, description, owner, dueOn));
        history(c, "action added", description.strip() + " (" + owner.strip() + ", due " + dueOn + ")", clock.instant());
        return file(c, purpose);
    }

    /** The owner says it is done; the learning stays open until the evidence is recorded. */
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.EQUALITY_OFFICER, Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR})
    public ComplaintFile reportActionDone(long actionId, String purpose) {
        ComplaintAction action = action(actionId);
        Complaint c = complaint(action.getComplaintId());
        LearningActions.whoMayReport(action.getOwner(), caller()).ifPresent(p -> {
            throw new NotPermitted("The action was not reported done.", p);
        });
        LearningActions.problemReporting(action.progress()).ifPresent(p -> {
            throw new DetailsRefused("The action was not reported done.", List.of(p));
        });
        action.reportedDone(CouncilTime.today(clock));
        history(c, "action reported done", action.getDescription(), clock.instant());
        return file(c, purpose);
    }

    /** The complaints team, or the owner's manager, confirms an action done with its evidence. */
    @RolesAllowed({Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE, Roles.SENIOR_MANAGER,
            Roles.ADMINISTRATOR})
    public ComplaintFile completeAction(long actionId, String evidence, String purpose) {
        ComplaintAction action = action(actionId);
        Complaint c = complaint(action.getComplaintId());
        StaffMember owner = staff.member(action.getOwner());
        boolean team = session.isCallerInRole(Roles.COMPLAINTS_OFFICER);
        LearningActions.whoMayConfirm(action.getOwner(), owner == null ? null : owner.manager(), caller(), team).ifPresent(p -> {
            throw new NotPermitted("The action was not completed.", p);
        });
        LearningActions.problemCompleting(action.progress(), evidence).ifPresent(p -> {
            throw new DetailsRefused("The action was not completed.", List.of(p));
        });
        action.completed(CouncilTime.today(clock), evidence, caller());
        history(c, "action completed", action.getDescription() + " – evidence: " + evidence.strip(), clock.instant());
        return file(c, purpose);
    }

    // ---------------------------------------------------------------- reasonable adjustments (Code 5.6)

    @RolesAllowed({Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE})
    public ComplaintFile agreeAdjustment(long id, String adjustment, LocalDate reviewOn, String purpose) {
        Complaint c = complaint(id);
        LocalDate today = CouncilTime.today(clock);
        List<String> problems = StepRequirements.adjustment(adjustment, reviewOn, today);
        if (!problems.isEmpty()) {
            throw new DetailsRefused("The adjustment was not recorded on complaint " + c.getReference() + ".", problems);
        }
        ComplaintAdjustment agreed = new ComplaintAdjustment(id, adjustment, caller(), today, reviewOn);
        em.persist(agreed);
        em.flush();
        history(c, "adjustment agreed", adjustment.strip() + " (review " + reviewOn + ")", clock.instant());
        Feedback f = em.find(Feedback.class, id);
        timeline.record(f.getResidentId(), clock.instant(), FeedbackKind.COMPLAINT.timelineKind(), f.getServiceId(),
                "Complaint " + c.getReference() + ": reasonable adjustment agreed, " + adjustment.strip() + " (review "
                        + reviewOn + ")", "complaint-adjustment", agreed.getId());
        audit.record(AuditTrail.Action.UPDATE, RESIDENT, f.getResidentId(), purpose);
        return file(c, null);
    }

    /** Reviews an adjustment: a next review date keeps it, none ends it. */
    @RolesAllowed({Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE})
    public ComplaintFile reviewAdjustment(long adjustmentId, String note, LocalDate nextReviewOn, String purpose) {
        ComplaintAdjustment a = em.find(ComplaintAdjustment.class, adjustmentId);
        if (a == null) {
            throw new NotFound("adjustment", adjustmentId);
        }
        Complaint c = complaint(a.getComplaintId());
        LocalDate today = CouncilTime.today(clock);
        List<String> problems = StepRequirements.adjustmentReview(note, nextReviewOn, today);
        if (!problems.isEmpty()) {
            throw new DetailsRefused("The review was not recorded.", problems);
        }
        a.reviewed(today, note, nextReviewOn);
        String outcome = nextReviewOn == null ? " (ended)" : " (next review " + nextReviewOn + ")";
        history(c, "adjustment reviewed", a.getAdjustment() + ": " + note.strip() + outcome, clock.instant());
        Feedback f = em.find(Feedback.class, c.getId());
        timeline.record(f.getResidentId(), clock.instant(), FeedbackKind.COMPLAINT.timelineKind(), f.getServiceId(),
                "Complaint " + c.getReference() + ": reasonable adjustment reviewed, " + a.getAdjustment() + outcome,
                "complaint-adjustment", a.getId());
        audit.record(AuditTrail.Action.UPDATE, RESIDENT, f.getResidentId(), purpose);
        return file(c, null);
    }

    // ---------------------------------------------------------------- letter templates

    /** The wording each letter uses now: the council's own where saved, else the shipped wording. */
    @RolesAllowed({Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE, Roles.ADMINISTRATOR})
    public List<LetterTemplate> letterTemplates() {
        return java.util.Arrays.stream(LetterKind.values()).map(letters::template).toList();
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public LetterTemplate editLetterTemplate(LetterKind kind, String subject, String body) {
        List<String> problems = LetterTemplate.problems(subject, body);
        if (kind == null) {
            problems = new ArrayList<>(problems);
            problems.add(0, "Say which letter this is the wording of.");
        }
        if (!problems.isEmpty()) {
            throw new DetailsRefused("The letter's wording was not saved.", problems);
        }
        StoredLetterTemplate stored = em.find(StoredLetterTemplate.class, kind);
        if (stored == null) {
            stored = new StoredLetterTemplate(kind);
            stored.edit(subject.strip(), body.strip(), caller(), clock.instant());
            em.persist(stored);
        } else {
            stored.edit(subject.strip(), body.strip(), caller(), clock.instant());
        }
        return stored.template();
    }

    // ---------------------------------------------------------------- reading

    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    public ComplaintFile find(long id, String purpose) {
        return file(complaint(id), purpose);
    }

    /**
     * Everything the register and the complaints procedure hold on one person (their records
     * merged into one), for the subject access export, which audits itself as an export.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Held heldFor(List<Long> residentGroup) {
        List<Feedback> all = em.createQuery("SELECT f FROM Feedback f WHERE f.residentId IN :g ORDER BY f.receivedAt DESC",
                Feedback.class).setParameter("g", residentGroup).getResultList();
        Map<Long, String> names = Service.namesOf(em, all.stream().map(Feedback::getServiceId).toList());
        List<ComplaintViews.FeedbackLine> other = all.stream().filter(f -> f.getKind() != FeedbackKind.COMPLAINT)
                .map(f -> feedbackLine(f, names)).toList();
        List<ComplaintFile> complaintFiles = all.stream().filter(f -> f.getKind() == FeedbackKind.COMPLAINT)
                .map(f -> file(complaint(f.getId()), null)).toList();
        return new Held(other, complaintFiles);
    }

    /** What {@link #heldFor} finds: comments, compliments and survey answers; complaints in full. */
    public record Held(List<ComplaintViews.FeedbackLine> feedback, List<ComplaintFile> complaints) {
    }

    /** The resident's complaints (and those of records merged into theirs' are theirs too), newest first. */
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    public List<QueueLine> ofResident(long residentId, String purpose) {
        List<Object[]> rows = em.createQuery("SELECT c, f FROM Complaint c, Feedback f WHERE f.id = c.id AND f.residentId IN :group"
                + " ORDER BY f.receivedAt DESC", Object[].class).setParameter("group", mergedRecords.groupOf(residentId)).getResultList();
        audit.record(AuditTrail.Action.READ, RESIDENT, residentId, purpose);
        return lines(rows);
    }

    /** A workbench queue, the most urgent first: overdue, then by next due date. */
    @RolesAllowed({Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE, Roles.ADMINISTRATOR})
    public List<QueueLine> queue(QueueFilter filter) {
        StringBuilder jpql = new StringBuilder("SELECT c, f FROM Complaint c, Feedback f WHERE f.id = c.id");
        Map<String, Object> params = new HashMap<>();
        if (filter.state() != null) {
            jpql.append(" AND c.state = :state");
            params.put("state", filter.state());
        } else if (filter.openOnly()) {
            jpql.append(" AND c.state IN :open");
            params.put("open", List.of(ComplaintState.RECEIVED, ComplaintState.ACKNOWLEDGED, ComplaintState.ACCEPTED,
                    ComplaintState.INVESTIGATING));
        }
        if (filter.assignee() != null && !filter.assignee().isBlank()) {
            jpql.append(" AND (c.investigator = :who OR (c.investigator IS NULL AND c.leadOfficer = :who))");
            params.put("who", filter.assignee().strip());
        }
        if (filter.serviceId() != null) {
            jpql.append(" AND f.serviceId = :service");
            params.put("service", filter.serviceId());
        }
        jpql.append(" ORDER BY f.receivedAt");
        var query = em.createQuery(jpql.toString(), Object[].class).setMaxResults(1000);
        params.forEach(query::setParameter);
        List<QueueLine> lines = lines(query.getResultList());
        return lines.stream().filter(l -> filter.dueBy() == null || (l.nextDue() != null && !l.nextDue().isAfter(filter.dueBy())))
                .sorted(Comparator.comparing((QueueLine l) -> l.nextDue() == null).thenComparing(QueueLine::nextDue,
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(QueueLine::receivedAt))
                .toList();
    }

    /** Comments, compliments and satisfaction responses received in a period, newest first. */
    @RolesAllowed({Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE, Roles.SENIOR_MANAGER,
            Roles.ADMINISTRATOR})
    public List<ComplaintViews.FeedbackLine> otherFeedback(LocalDate from, LocalDate to) {
        List<Feedback> found = em.createQuery("SELECT f FROM Feedback f WHERE f.kind <> :complaint AND f.receivedAt >= :from"
                        + " AND f.receivedAt < :to ORDER BY f.receivedAt DESC", Feedback.class)
                .setParameter("complaint", FeedbackKind.COMPLAINT)
                .setParameter("from", from.atStartOfDay(CouncilTime.ZONE).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(CouncilTime.ZONE).toInstant())
                .setMaxResults(1000).getResultList();
        Map<Long, String> names = Service.namesOf(em, found.stream().map(Feedback::getServiceId).toList());
        audit.recordAll(AuditTrail.Action.READ, RESIDENT, found.stream().map(Feedback::getResidentId).distinct().toList(),
                "feedback register");
        return found.stream().map(f -> feedbackLine(f, names)).toList();
    }

    private static ComplaintViews.FeedbackLine feedbackLine(Feedback f, Map<Long, String> serviceNames) {
        return new ComplaintViews.FeedbackLine(f.getId(), f.getKind(), f.getResidentId(), f.getChannel().label(),
                serviceNames.get(f.getServiceId()), f.getSummary(), f.getContractor(), f.getRating(), f.getRatingReason(),
                f.getAboutComplaintId(), f.getReceivedAt(), f.getLoggedBy());
    }

    // ---------------------------------------------------------------- the mechanics of a step

    /** A step under way: the complaint locked, its policy, its facts, the caller's identity and the time. */
    private record Step(Transition transition, Complaint complaint, Feedback feedback, ComplaintStage stage,
                        ComplaintPolicy policy, ComplaintFacts facts, Instant now, LocalDate today) {
    }

    private Step begin(Transition transition, long id) {
        Officer me = me();
        ComplaintLifecycle.roleProblem(transition, me).ifPresent(p -> {
            throw new NotPermitted("Complaint " + Complaint.reference(id) + " was not " + transition.pastTense() + ".", p);
        });
        Complaint c = em.find(Complaint.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new NotFound("complaint", id);
        }
        ComplaintPolicy policy = policies.kept(c);
        ComplaintFacts facts = c.facts(policy, responders(id), responseClockRunning(c));
        Step step = new Step(transition, c, em.find(Feedback.class, id), currentStage(c), policy, facts, clock.instant(),
                CouncilTime.today(clock));
        refuseIfAny(step, ComplaintLifecycle.problems(transition, facts, me));
        return step;
    }

    private ComplaintFile finish(Step step, String note, String purpose) {
        history(step.complaint(), step.transition().name().toLowerCase(Locale.UK).replace('_', ' '), note, step.now());
        timeline.record(step.feedback().getResidentId(), step.now(), FeedbackKind.COMPLAINT.timelineKind(),
                step.feedback().getServiceId(), "Complaint " + step.complaint().getReference() + " "
                        + step.transition().pastTense() + " at stage " + step.facts().stage()
                        + (step.transition() == Transition.RESPOND ? ": " + note.toLowerCase(Locale.UK) : ""),
                "complaint", step.complaint().getId());
        audit.record(AuditTrail.Action.UPDATE, RESIDENT, step.feedback().getResidentId(), purpose);
        return file(step.complaint(), null);
    }

    private void refuseIfAny(Step step, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new DetailsRefused(notDone(step), problems);
        }
    }

    private static String notDone(Step step) {
        return "Complaint " + step.complaint().getReference() + " was not " + step.transition().pastTense() + ".";
    }

    private void startClocks(Complaint c, ComplaintPolicy policy, int stage, ComplaintPolicy.Anchor event, LocalDate day) {
        for (StepDeadline deadline : ComplaintClock.starting(policy, stage, event, day, councilCalendar.calendar())) {
            em.persist(new ComplaintStep(c.getId(), deadline));
        }
    }

    private void complete(Step step, String stepName) {
        runningSteps(step).stream().filter(s -> s.getStep().equals(stepName)).forEach(s -> s.done(step.now(), step.today()));
    }

    private boolean responseClockRunning(Complaint c) {
        return em.createQuery("SELECT COUNT(s) FROM ComplaintStep s WHERE s.complaintId = :c AND s.stage = :stage"
                        + " AND s.step = 'respond' AND s.doneAt IS NULL", Long.class)
                .setParameter("c", c.getId()).setParameter("stage", c.getStage()).getSingleResult() > 0;
    }

    private List<ComplaintStep> runningSteps(Step step) {
        return em.createQuery("SELECT s FROM ComplaintStep s WHERE s.complaintId = :c AND s.stage = :stage AND s.doneAt IS NULL",
                        ComplaintStep.class)
                .setParameter("c", step.complaint().getId()).setParameter("stage", step.complaint().getStage()).getResultList();
    }

    private void letter(Step step, LetterKind kind, Map<String, String> extra) {
        Complaint c = step.complaint();
        Resident resident = em.find(Resident.class, step.feedback().getResidentId());
        StaffMember signer = staff.member(caller());
        Map<String, String> values = letters.aboutResident(resident, signer == null ? caller() : signer.displayName(), step.today());
        values.put("reference", c.getReference());
        values.put("receivedOn", ComplaintLetters.day(step.stage().getReceivedOn()));
        values.put("stage", Integer.toString(c.getStage()));
        values.put("stageName", step.policy().stage(c.getStage()).name());
        values.put("summary", step.feedback().getSummary());
        values.put("ombudsmanName", c.getOmbudsman().title());
        values.put("ombudsmanContact", c.getOmbudsman().contact());
        em.flush();
        runningSteps(step).stream().filter(s -> s.getStep().equals("respond")).findFirst()
                .ifPresent(s -> values.put("dueOn", ComplaintLetters.day(s.getDueOn())));
        values.putAll(extra);
        letters.send(step.feedback(), kind, values, step.now());
    }

    private void history(Complaint c, String what, String note, Instant at) {
        em.persist(new ComplaintHistory(c.getId(), at, caller(), what, c.getStage(), note));
    }

    private ComplaintEvent event(String type, Complaint c, Feedback f, Outcome outcome, Instant at) {
        Map<String, String> references = ExternalReference.byKey(em.find(Resident.class, f.getResidentId()).getReferences());
        return new ComplaintEvent(ComplaintEvent.SCHEMA_VERSION, type, c.getId(), c.getReference(), f.getResidentId(),
                references, c.getStage(), c.getState().name(), c.getCategory().name(), f.getServiceId(), c.getOtherServiceIds(),
                outcome == null ? null : outcome.name(), at);
    }

    private Officer me() {
        Set<String> roles = Roles.ALL.stream().filter(session::isCallerInRole).collect(Collectors.toSet());
        return new Officer(caller(), roles);
    }

    private String caller() {
        return ActingAs.who(session.getCallerPrincipal());
    }

    private Complaint complaint(long id) {
        Complaint c = em.find(Complaint.class, id);
        if (c == null) {
            throw new NotFound("complaint", id);
        }
        return c;
    }

    private ComplaintAction action(long id) {
        ComplaintAction a = em.find(ComplaintAction.class, id);
        if (a == null) {
            throw new NotFound("action", id);
        }
        return a;
    }

    private ComplaintStage currentStage(Complaint c) {
        return em.createQuery("SELECT s FROM ComplaintStage s WHERE s.complaintId = :c AND s.stage = :stage", ComplaintStage.class)
                .setParameter("c", c.getId()).setParameter("stage", c.getStage()).getSingleResult();
    }

    private Map<Integer, String> responders(long id) {
        Map<Integer, String> responders = new HashMap<>();
        em.createQuery("SELECT s FROM ComplaintStage s WHERE s.complaintId = :c AND s.responder IS NOT NULL", ComplaintStage.class)
                .setParameter("c", id).getResultList().forEach(s -> responders.put(s.getStage(), s.getResponder()));
        return responders;
    }

    private int amberWorkingDays() {
        return Integer.getInteger(Standing.AMBER_SETTING, Standing.DEFAULT_AMBER_WORKING_DAYS);
    }

    private List<QueueLine> lines(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> ((Complaint) r[0]).getId()).toList();
        Map<Long, ComplaintStep> next = new HashMap<>();
        em.createQuery("SELECT s FROM ComplaintStep s WHERE s.complaintId IN :ids AND s.doneAt IS NULL ORDER BY s.dueOn",
                        ComplaintStep.class).setParameter("ids", ids).getResultList()
                .forEach(s -> next.putIfAbsent(s.getComplaintId(), s));
        Map<Long, String> names = Service.namesOf(em, rows.stream().map(r -> ((Feedback) r[1]).getServiceId()).toList());
        LocalDate today = CouncilTime.today(clock);
        List<QueueLine> lines = new ArrayList<>();
        for (Object[] row : rows) {
            Complaint c = (Complaint) row[0];
            Feedback f = (Feedback) row[1];
            ComplaintStep s = c.getState().open() ? next.get(c.getId()) : null;
            lines.add(new QueueLine(c.getId(), c.getReference(), f.getResidentId(), c.getState(), c.getStage(), c.getCategory(),
                    f.getServiceId(), names.get(f.getServiceId()), c.getInvestigator(), ComplaintClock.ownerOf(s == null ? "respond" : s.getStep(), c.getLeadOfficer(), c.getInvestigator()),
                    s == null ? null : "Stage " + s.getStage() + " " + s.getStep(), s == null ? null : s.getDueOn(),
                    s == null ? null : Standing.of(s.getDueOn(), null, today, councilCalendar.calendar(), amberWorkingDays()), f.getReceivedAt()));
        }
        return lines;
    }

    private ComplaintFile file(Complaint c, String purpose) {
        Feedback f = em.find(Feedback.class, c.getId());
        Resident resident = em.find(Resident.class, f.getResidentId());
        ComplaintPolicy policy = policies.kept(c);
        LocalDate today = CouncilTime.today(clock);
        long id = c.getId();
        List<Long> serviceIds = new ArrayList<>(c.getOtherServiceIds());
        serviceIds.add(f.getServiceId());
        Map<Long, String> names = Service.namesOf(em, serviceIds);
        List<ComplaintViews.Clock> clocks = em.createQuery("SELECT s FROM ComplaintStep s WHERE s.complaintId = :c ORDER BY s.stage, s.id",
                        ComplaintStep.class).setParameter("c", id).getResultList().stream()
                .map(s -> new ComplaintViews.Clock(s.getStage(), s.getStep(), s.getStartedOn(), s.getDueOn(), s.getExtendedBy(),
                        s.getExtensionReason(), s.getDoneOn(), s.getBreachedOn(),
                        Standing.of(s.getDueOn(), s.getDoneOn(), today, councilCalendar.calendar(), amberWorkingDays()))).toList();
        List<ComplaintViews.StageView> stages = em.createQuery("SELECT s FROM ComplaintStage s WHERE s.complaintId = :c ORDER BY s.stage",
                        ComplaintStage.class).setParameter("c", id).getResultList().stream()
                .map(s -> new ComplaintViews.StageView(s.getStage(), policy.stage(s.getStage()).name(), s.getReceivedOn(),
                        s.getEscalationReason(), s.getAcknowledgedAt(), s.getResponder(), s.getRespondedAt(), s.getOutcome(),
                        s.getResponse())).toList();
        List<ComplaintViews.RemedyView> remedies = em.createQuery("SELECT r FROM ComplaintRemedy r WHERE r.complaintId = :c ORDER BY r.id",
                        ComplaintRemedy.class).setParameter("c", id).getResultList().stream()
                .map(r -> new ComplaintViews.RemedyView(r.getStage(), r.remedy().type(), r.remedy().description(),
                        r.remedy().amount(), r.remedy().wording())).toList();
        List<ComplaintAction> actionRows = em.createQuery("SELECT a FROM ComplaintAction a WHERE a.complaintId = :c ORDER BY a.id",
                ComplaintAction.class).setParameter("c", id).getResultList();
        List<ComplaintViews.Action> actions = actionRows.stream().map(a -> new ComplaintViews.Action(a.getId(), a.getDescription(),
                a.getOwner(), a.getDueOn(), a.getReportedDoneOn(), a.getCompletedOn(), a.getEvidence(), a.progress().done())).toList();
        List<ComplaintViews.Adjustment> adjustments = em.createQuery("SELECT a FROM ComplaintAdjustment a WHERE a.complaintId = :c"
                        + " ORDER BY a.id", ComplaintAdjustment.class).setParameter("c", id).getResultList().stream()
                .map(a -> new ComplaintViews.Adjustment(a.getId(), a.getAdjustment(), a.getAgreedBy(), a.getAgreedOn(),
                        a.getReviewOn(), a.getReviewedOn(), a.getReviewNote(), !a.getReviewOn().isAfter(today))).toList();
        List<ComplaintViews.Letter> letterViews = em.createQuery("SELECT l FROM ComplaintLetter l WHERE l.complaintId = :c ORDER BY l.id",
                        ComplaintLetter.class).setParameter("c", id).getResultList().stream()
                .map(l -> new ComplaintViews.Letter(l.getId(), l.getKind(), l.getSubject(), l.getBody(), l.getProducedAt(),
                        l.getProducedBy())).toList();
        List<ComplaintViews.Event> history = em.createQuery("SELECT h FROM ComplaintHistory h WHERE h.complaintId = :c ORDER BY h.id",
                        ComplaintHistory.class).setParameter("c", id).getResultList().stream()
                .map(h -> new ComplaintViews.Event(h.getHappenedAt(), h.getDoneBy(), h.getWhat(), h.getStage(), h.getNote())).toList();
        List<ComplaintViews.OmbudsmanCaseView> cases = em.createQuery("SELECT o FROM OmbudsmanCase o WHERE o.complaintId = :c ORDER BY o.id",
                OmbudsmanCase.class).setParameter("c", id).getResultList().stream().map(this::caseView).toList();
        List<Transition> possible = ComplaintLifecycle.possibleNow(c.facts(policy, responders(id), responseClockRunning(c)), me());
        if (purpose != null) {
            audit.record(AuditTrail.Action.READ, RESIDENT, f.getResidentId(), purpose);
        }
        return new ComplaintFile(id, c.getReference(), f.getResidentId(), resident.getForename() + " " + resident.getSurname(),
                f.getChannel().label(), f.getServiceId(), names.get(f.getServiceId()),
                c.getOtherServiceIds().stream().map(names::get).sorted().toList(), f.getContractor(), f.getSummary(),
                f.getReceivedAt(), f.getLoggedBy(), c.getCategory(), c.getOmbudsman(), policy.key(), policy.title(), c.getState(),
                c.getStage(), policy.stage(c.getStage()).name(), policy.lastStage(), c.getLeadOfficer(), c.getInvestigator(),
                c.getInvolvedStaff(), c.getServiceRequestId(), c.getRefusalReason(), c.getRefusalEvidence(), c.getLessonsLearned(),
                clocks, stages, remedies, actions, LearningActions.learningClosed(actionRows.stream().map(ComplaintAction::progress).toList()),
                adjustments,
                letterViews, history, cases, possible);
    }

    /** An Ombudsman case as the workbench shows it (used by {@link OmbudsmanCases} too). */
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    public ComplaintViews.OmbudsmanCaseView caseView(OmbudsmanCase o) {
        List<ComplaintViews.OmbudsmanItemView> items = em.createQuery("SELECT i FROM OmbudsmanItem i WHERE i.caseId = :c ORDER BY i.dueOn, i.id",
                        OmbudsmanItem.class).setParameter("c", o.getId()).getResultList().stream()
                .map(i -> new ComplaintViews.OmbudsmanItemView(i.getId(), i.getKind(), i.getDescription(), i.getDueOn(), i.getDoneOn(),
                        i.getEvidence())).toList();
        return new ComplaintViews.OmbudsmanCaseView(o.getId(), o.getComplaintId(), o.getOmbudsman(), o.getOmbudsman().title(),
                o.getReference(), o.getStage(), o.getReceivedOn(), o.getDecision(), o.getDecidedOn(), o.isRemediedByCouncil(),
                o.getDecision() != null && o.getOmbudsman().faultFound(o.getDecision()), o.getFindings(), items,
                o.getOmbudsman().stages(), o.getOmbudsman().decisions());
    }
}
