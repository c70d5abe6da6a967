package uk.gov.council.cs.dataprotection;

import uk.gov.council.cs.complaints.ComplaintViews;
import uk.gov.council.cs.complaints.ContactRestrictions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.gov.council.cs.contacts.ContactSummary;
import uk.gov.council.cs.equality.EqualityAnswer;
import uk.gov.council.cs.equality.EqualityAnswers;
import uk.gov.council.cs.equality.EqualityMonitoring;
import uk.gov.council.cs.residents.ResidentProfile;
import uk.gov.council.cs.residents.identity.MergeSummary;
import uk.gov.council.cs.servicerequests.ServiceRequestSummary;
import uk.gov.council.cs.workingdays.CouncilTime;

/**
 * Everything the council holds on one person, for a subject access request (UK GDPR article 15):
 * their record and any records merged into it, every contact, service request, comment, compliment,
 * survey answer and complaint (with its letters, responses and Ombudsman cases), every decision
 * restricting contact (its findings, letter and reviews), the equality monitoring answers they gave
 * (and when they withdrew consent), every timeline entry,
 * the merges that joined their records, and who read or changed their record and why.
 */
public record SubjectAccessExport(Instant producedAt, String producedBy, ResidentProfile person,
                                  List<ResidentProfile> mergedRecords, List<ContactSummary> contacts,
                                  List<ServiceRequestSummary> serviceRequests,
                                  List<ComplaintViews.FeedbackLine> feedback,
                                  List<ComplaintViews.ComplaintFile> complaints,
                                  List<ContactRestrictions.RestrictionView> contactRestrictions,
                                  List<EqualityMonitoring.QuestionnaireView> equalityMonitoring,
                                  List<Instant> equalityConsentWithdrawals, List<Entry> timeline,
                                  List<MergeSummary> merges, List<Access> accessLog) {

    /** One timeline entry as held. */
    public record Entry(Instant occurredAt, String kind, String service, String summary, String recordedBy) {
    }

    /** One read or change of the record: who, when, what and why. */
    public record Access(Instant occurredAt, String who, String action, long record, String purpose) {
    }

    /** One line of the readable (PDF) copy. */
    public record Line(String section, String item, String detail) {
    }

    /** The export as sections of lines for a readable copy; every part of the JSON appears. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        profile("Your record", person, lines);
        for (ResidentProfile merged : mergedRecords) {
            profile("A second record of you, merged into yours (record " + merged.id() + ")", merged, lines);
        }
        for (ContactSummary c : contacts) {
            lines.add(new Line("Contacts with the council", when(c.startedAt()), c.channel().label() + ": " + c.reason()
                    + (c.outcome() == null ? "" : " – " + c.outcome()) + " (handled by " + c.handledBy() + ")"));
        }
        for (ServiceRequestSummary r : serviceRequests) {
            lines.add(new Line("Service requests", when(r.receivedAt()), r.serviceName() + ": " + r.description()
                    + r.steps().stream().filter(p -> p.doneAt() != null).map(p -> "; " + p.step().done() + " " + when(p.doneAt()))
                    .collect(Collectors.joining())));
        }
        for (ComplaintViews.FeedbackLine f : feedback) {
            lines.add(new Line("Comments, compliments and survey answers", when(f.receivedAt()), f.kind().label() + ": "
                    + f.summary() + (f.rating() == null ? "" : " (" + f.rating().name().toLowerCase() + ")")
                    + (f.service() == null ? "" : " – " + f.service())));
        }
        for (ComplaintViews.ComplaintFile c : complaints) {
            String section = "Your complaint " + c.reference();
            lines.add(new Line(section, when(c.receivedAt()), c.summary() + " (" + c.leadService() + "; "
                    + c.category().label() + "; now " + c.state().label().toLowerCase() + " at stage " + c.stage() + ")"));
            if (c.refusalReason() != null) {
                lines.add(new Line(section, "Not considered", c.refusalReason().wording() + ". " + c.refusalEvidence()));
            }
            c.stages().stream().filter(s -> s.outcome() != null).forEach(s -> lines.add(new Line(section, s.name() + " response",
                    s.outcome().label() + ": " + s.response() + " (" + s.responder() + ", " + when(s.respondedAt()) + ")")));
            c.remedies().forEach(r -> lines.add(new Line(section, "Remedy", r.wording())));
            c.letters().forEach(l -> lines.add(new Line(section, "Letter " + when(l.producedAt()), l.subject())));
            c.ombudsmanCases().forEach(o -> lines.add(new Line(section, o.ombudsmanTitle(), "Case " + o.reference() + ": "
                    + o.stage() + (o.decision() == null ? "" : ", " + o.decision()))));
        }
        for (ContactRestrictions.RestrictionView r : contactRestrictions) {
            String section = "A decision about how you contact us, " + r.decidedOn();
            lines.add(new Line(section, "What we found", String.join("; ", r.conduct())));
            lines.add(new Line(section, "Decision", r.decision() + " (" + r.decidedBy() + ")"));
            lines.add(new Line(section, "What it limits", r.restrictions()));
            lines.add(new Line(section, r.liftedOn() == null ? "To be reviewed by" : "Lifted on",
                    String.valueOf(r.liftedOn() == null ? r.reviewOn() : r.liftedOn())));
            lines.add(new Line(section, "Letter: " + r.letterSubject(), r.letterBody()));
            r.reviews().forEach(v -> lines.add(new Line(section, "Reviewed " + v.reviewedOn(), (v.lifted() ? "Lifted" : "Kept until "
                    + v.nextReviewOn()) + (v.note() == null ? "" : ": " + v.note()) + " (" + v.reviewedBy() + ")")));
        }
        for (EqualityMonitoring.QuestionnaireView q : equalityMonitoring) {
            String section = "Your answers to our equality monitoring questions, " + q.answeredOn()
                    + (q.current() ? "" : " (replaced by later answers)");
            EqualityAnswers a = q.answers();
            answer(lines, section, "Ethnic group", a.ethnicGroup(), null);
            answer(lines, section, "Sex", a.sex(), null);
            answer(lines, section, "Gender identity the same as sex registered at birth", a.genderIdentity(),
                    a.genderIdentityWriteIn());
            answer(lines, section, "Sexual orientation", a.sexualOrientation(), a.sexualOrientationWriteIn());
            answer(lines, section, "Religion", a.religion(), a.religionWriteIn());
            answer(lines, section, "Long-term physical or mental health condition", a.longTermCondition(), null);
            answer(lines, section, "Condition reduces day-to-day activities", a.dayToDayLimitation(), null);
            answer(lines, section, "Marriage or civil partnership", a.legalPartnershipStatus(), null);
            answer(lines, section, "Pregnant or given birth in the last 26 weeks", a.pregnancyOrMaternity(), null);
            answer(lines, section, "Unpaid carer", a.unpaidCarer(), null);
            lines.add(new Line(section, "Given by", q.channel().label() + ", recorded by " + q.recordedBy()));
        }
        for (Instant withdrawn : equalityConsentWithdrawals) {
            lines.add(new Line("Your answers to our equality monitoring questions", when(withdrawn),
                    "You withdrew your consent; the answers you had given were erased"));
        }
        for (Entry e : timeline) {
            lines.add(new Line("Everything on your timeline", when(e.occurredAt()), e.summary()
                    + (e.service() == null ? "" : " (" + e.service() + ")")));
        }
        for (MergeSummary m : merges) {
            lines.add(new Line("Records joined as one person", when(m.mergedAt()), "Record " + m.mergedId()
                    + " merged into record " + m.keptId() + " by " + m.mergedBy() + ": " + m.reason()
                    + (m.active() ? "" : "; undone " + when(m.unmergedAt()) + ": " + m.unmergeReason())));
        }
        for (Access a : accessLog) {
            lines.add(new Line("Who used your record, and why", when(a.occurredAt()), a.who() + " – "
                    + a.action().toLowerCase() + " – " + a.purpose()));
        }
        return lines;
    }

    private static void profile(String section, ResidentProfile p, List<Line> lines) {
        lines.add(new Line(section, "Name", p.fullName()));
        lines.add(new Line(section, "Date of birth", p.dateOfBirth().toString()));
        lines.add(new Line(section, "Address", p.address().oneLine()
                + (p.address().uprn() == null ? "" : " (UPRN " + p.address().uprn() + ")")));
        add(lines, section, "National Insurance number", p.niNumber());
        add(lines, section, "Phone", String.join(", ", p.phones()));
        add(lines, section, "E-mail", String.join(", ", p.emails()));
        add(lines, section, "Preferred language", p.preferredLanguage() == null ? null
                : p.preferredLanguage() + (p.interpreterNeeded() ? " (interpreter needed)" : ""));
        add(lines, section, "Communication needs", p.communicationNeeds().stream().map(n -> n.label()).sorted()
                .collect(Collectors.joining(", ")));
        add(lines, section, "Reasonable adjustments", p.reasonableAdjustments());
        p.vulnerabilities().forEach(v -> lines.add(new Line(section, "Vulnerability", v.label()
                + (v.note() == null ? "" : ": " + v.note()) + " (recorded " + v.recordedOn() + ")")));
        p.references().forEach(r -> lines.add(new Line(section, "Known to " + r.label() + " as", r.reference())));
        p.previousNames().forEach(n -> lines.add(new Line(section, "Previous name", n.forename() + " " + n.surname())));
        p.pastAddresses().forEach(a -> lines.add(new Line(section, "Previous address", a.address().oneLine())));
        lines.add(new Line(section, "Registered", when(p.registeredAt())));
    }

    private static void answer(List<Line> lines, String section, String question, EqualityAnswer answer, String writeIn) {
        lines.add(new Line(section, question, answer == null ? "Not asked"
                : answer.label() + (writeIn == null ? "" : ": " + writeIn)));
    }

    private static void add(List<Line> lines, String section, String item, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(new Line(section, item, value));
        }
    }

    private static String when(Instant instant) {
        return CouncilTime.readable(instant);
    }
}
