package uk.gov.council.cs.complaints;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Complaints as the workbench, the resident's page and the API show them, detached from the database. */
public final class ComplaintViews {

    private ComplaintViews() {
    }

    /** An entry of the register just logged. */
    public record Logged(long id, String reference, FeedbackKind kind, long residentId, Instant receivedAt) {
    }

    /** One clock: which step of which stage, when due, how it stands. */
    public record Clock(int stage, String step, LocalDate startedOn, LocalDate dueOn, int extendedBy, String extensionReason,
                        LocalDate doneOn, LocalDate breachedOn, Standing standing) {
    }

    public record StageView(int stage, String name, LocalDate receivedOn, String escalationReason, Instant acknowledgedAt,
                            String responder, Instant respondedAt, Outcome outcome, String response) {
    }

    public record Action(long id, String description, String owner, LocalDate dueOn, LocalDate reportedDoneOn,
                         LocalDate completedOn, String evidence, boolean done) {
    }

    public record Adjustment(long id, String adjustment, String agreedBy, LocalDate agreedOn, LocalDate reviewOn,
                             LocalDate reviewedOn, String reviewNote, boolean reviewDue) {
    }

    public record Letter(long id, LetterKind kind, String subject, String body, Instant producedAt, String producedBy) {
    }

    public record Event(Instant at, String by, String what, int stage, String note) {
    }

    public record RemedyView(int stage, RemedyType type, String description, BigDecimal amount, String wording) {
    }

    public record OmbudsmanItemView(long id, OmbudsmanItem.Kind kind, String description, LocalDate dueOn, LocalDate doneOn,
                                    String evidence) {
    }

    public record OmbudsmanCaseView(long id, long complaintId, Ombudsman ombudsman, String ombudsmanTitle, String reference,
                                    String stage, LocalDate receivedOn, String decision, LocalDate decidedOn,
                                    boolean remediedByCouncil, boolean faultFound, String findings,
                                    List<OmbudsmanItemView> items, List<String> stages, List<String> decisions) {
    }

    /** Everything about one complaint, for its page on the workbench. */
    public record ComplaintFile(long id, String reference, long residentId, String residentName, String channel,
                                Long leadServiceId, String leadService, List<String> otherServices, String contractor,
                                String summary, Instant receivedAt, String loggedBy, ComplaintCategory category,
                                Ombudsman ombudsman, String policy, String policyTitle, ComplaintState state, int stage,
                                String stageName, int lastStage, String leadOfficer, String investigator,
                                Set<String> involvedStaff, Long serviceRequestId, RefusalReason refusalReason,
                                String refusalEvidence, String lessonsLearned, List<Clock> clocks, List<StageView> stages,
                                List<RemedyView> remedies, List<Action> actions, boolean learningClosed,
                                List<Adjustment> adjustments,
                                List<Letter> letters, List<Event> history, List<OmbudsmanCaseView> ombudsmanCases,
                                List<Transition> possibleNow) {
    }

    /** A line of a workbench queue: no personal data, only what the queue is sorted and filtered by. */
    /**
     * One complaint in a queue. {@code investigator} is the officer assigned at the current stage (null
     * until one is, as on the complaint itself); {@code nextStepWith} is whoever has the next step now,
     * the lead officer until someone is assigned.
     */
    public record QueueLine(long id, String reference, long residentId, ComplaintState state, int stage,
                            ComplaintCategory category, Long serviceId, String service, String investigator, String nextStepWith,
                            String nextStep, LocalDate nextDue, Standing standing, Instant receivedAt) {
    }

    /** A line of the register of comments, compliments and satisfaction responses. */
    public record FeedbackLine(long id, FeedbackKind kind, long residentId, String channel, String service, String summary,
                               String contractor, Satisfaction rating, String ratingReason, Long aboutComplaintId,
                               Instant receivedAt, String loggedBy) {
    }

    /** What the workbench queues can be narrowed to; null means any. */
    public record QueueFilter(ComplaintState state, String assignee, Long serviceId, LocalDate dueBy, boolean openOnly) {
    }

    /** A stage's response as the responder gives it. */
    public record Response(Outcome outcome, String response, List<Remedy> remedies, String lessonsLearned) {
    }
}
