package uk.gov.council.cs.dataprotection;

import uk.gov.council.cs.complaints.ComplaintCategory;
import uk.gov.council.cs.complaints.ComplaintState;
import uk.gov.council.cs.complaints.ComplaintViews;
import uk.gov.council.cs.complaints.ContactRestrictions;
import uk.gov.council.cs.complaints.FeedbackKind;
import uk.gov.council.cs.complaints.LetterKind;
import uk.gov.council.cs.complaints.Ombudsman;
import uk.gov.council.cs.complaints.Outcome;
import uk.gov.council.cs.complaints.RemedyType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.contacts.Channel;
import uk.gov.council.cs.contacts.ContactSummary;
import uk.gov.council.cs.contacts.ContactType;
import uk.gov.council.cs.equality.DayToDayLimitation;
import uk.gov.council.cs.equality.Disability;
import uk.gov.council.cs.equality.EqualityAnswers;
import uk.gov.council.cs.equality.EqualityMonitoring;
import uk.gov.council.cs.equality.EthnicGroup;
import uk.gov.council.cs.equality.LongTermCondition;
import uk.gov.council.cs.equality.Religion;
import uk.gov.council.cs.equality.Sex;
import uk.gov.council.cs.equality.UnpaidCarer;
import uk.gov.council.cs.residents.Address;
import uk.gov.council.cs.residents.CommunicationNeed;
import uk.gov.council.cs.residents.ReferenceSystem;
import uk.gov.council.cs.residents.ResidentProfile;
import uk.gov.council.cs.residents.Vulnerability;
import uk.gov.council.cs.residents.identity.MergeSummary;
import uk.gov.council.cs.servicerequests.ServiceRequestSummary;
import uk.gov.council.cs.servicerequests.ServiceStandards;
import uk.gov.council.cs.servicerequests.Step;

class SubjectAccessExportTest {

    private static final Instant WHEN = Instant.parse("2026-11-25T10:15:00Z");

    private static ResidentProfile profile(long id, String forename) {
        return new ResidentProfile(id, forename, null, "Kowalska", LocalDate.of(1958, 12, 1),
                new Address("Flat 2", "14", "Rye Lane", null, "London", "SE15 4QB", 100023456789L), "JN123456A",
                Set.of("07700900700"), Set.of("k@example.org"), "Polish", true, Set.of(CommunicationNeed.LARGE_PRINT),
                "Call in the morning", List.of(new ResidentProfile.Vulnerable(Vulnerability.BEREAVEMENT, "Bereavement", "Husband died", LocalDate.of(2026, 10, 1))),
                List.of(new ResidentProfile.Reference(ReferenceSystem.COUNCIL_TAX, "Council tax account", "CT-40000001")),
                List.of(new ResidentProfile.FormerName("Krystyna", "Nowak", LocalDate.of(1990, 1, 1))),
                List.of(new ResidentProfile.FormerAddress(new Address(null, "3", "Grove Vale", null, "London", "SE22 8AA", null), LocalDate.of(2020, 1, 1))),
                WHEN, null, List.of());
    }

    @Test
    void theReadableCopyHasASectionForEveryKindOfRecordHeld() {
        SubjectAccessExport export = new SubjectAccessExport(WHEN, "administrator", profile(1, "Krystyna"),
                List.of(profile(2, "Krysia")),
                List.of(new ContactSummary(5, 1, Channel.TELEPHONE, ContactType.TRANSACTION, 9L, "Council tax discount",
                        "Discount applied", true, false, null, WHEN, WHEN, "adviser", null, null)),
                List.of(new ServiceRequestSummary(6, 1, 9, "Waste collection", Channel.POST, "New bin", WHEN,
                        List.of(new ServiceRequestSummary.StepProgress(Step.ACKNOWLEDGE, LocalDate.of(2026, 12, 9), WHEN, ServiceStandards.Standing.MET)),
                        null, "adviser")),
                List.of(new ComplaintViews.FeedbackLine(8, FeedbackKind.COMPLIMENT, 1, "Telephone", "Waste collection",
                        "Crew were very helpful", null, null, null, null, WHEN, "adviser")),
                List.of(complaint()),
                List.of(new ContactRestrictions.RestrictionView(11, 1, List.of("Abusive language to staff"),
                        "Contact by e-mail only, to the complaints team", "No telephone calls to service staff", "casey",
                        LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 1), null, true, false, "Your contact with the council",
                        "Dear Ms Kowalska, we have decided ...",
                        List.of(new ContactRestrictions.Review(LocalDate.of(2026, 9, 1), "hugh", false, "Still needed",
                                LocalDate.of(2026, 12, 1))))),
                List.of(new EqualityMonitoring.QuestionnaireView(12, 1, LocalDate.of(2026, 3, 2), Channel.TELEPHONE, "adviser",
                        WHEN, null, "65-74", new EqualityAnswers(EthnicGroup.OTHER_WHITE, Sex.FEMALE, null, null, null, null,
                        Religion.OTHER, "Pagan", LongTermCondition.YES, DayToDayLimitation.A_LITTLE, null, null,
                        UnpaidCarer.PREFER_NOT_TO_SAY), Disability.DISABLED)),
                List.of(Instant.parse("2025-01-10T09:00:00Z")),
                List.of(new SubjectAccessExport.Entry(WHEN, "contact", "Council tax", "Telephone: Council tax discount", "adviser")),
                List.of(new MergeSummary(7, 1, 2, 3L, "Same person", "adviser", WHEN, null, null, null)),
                List.of(new SubjectAccessExport.Access(WHEN, "adviser", "READ", 1, "phone call about council tax")));

        List<SubjectAccessExport.Line> lines = export.lines();

        assertEquals(List.of("Your record", "A second record of you, merged into yours (record 2)", "Contacts with the council",
                        "Service requests", "Comments, compliments and survey answers", "Your complaint C9",
                        "A decision about how you contact us, 2026-06-01",
                        "Your answers to our equality monitoring questions, 2026-03-02",
                        "Your answers to our equality monitoring questions", "Everything on your timeline", "Records joined as one person", "Who used your record, and why"),
                lines.stream().map(SubjectAccessExport.Line::section).distinct().toList());
        String all = lines.toString();
        for (String held : List.of("Krystyna Kowalska", "1958-12-01", "Flat 2, 14 Rye Lane, London SE15 4QB (UPRN 100023456789)",
                "JN123456A", "07700900700", "k@example.org", "Polish (interpreter needed)", "Large print", "Call in the morning",
                "Bereavement: Husband died", "CT-40000001", "Krystyna Nowak", "3 Grove Vale", "Council tax discount – Discount applied",
                "New bin; acknowledged 25 Nov 2026 10:15", "Record 2 merged into record 1 by adviser: Same person",
                "adviser – read – phone call about council tax", "Compliment: Crew were very helpful",
                "Bins missed four weeks (Waste collection; Delay in service delivery; now referred to the ombudsman at stage 2)",
                "Upheld: Crews missed the road", "A payment of £50.00: Time and trouble", "Your complaint C9: our final response",
                "Case 26 009 001: Final decision, Upheld", "Abusive language to staff",
                "Contact by e-mail only, to the complaints team (casey)", "No telephone calls to service staff",
                "Dear Ms Kowalska, we have decided", "Kept until 2026-12-01: Still needed (hugh)",
                "item=Ethnic group, detail=Other White", "item=Religion, detail=Any other religion: Pagan", "item=Sexual orientation, detail=Not asked",
                "item=Condition reduces day-to-day activities, detail=Yes, a little", "item=Unpaid carer, detail=Prefer not to say",
                "Telephone, recorded by adviser", "You withdrew your consent; the answers you had given were erased")) {
            assertTrue(all.contains(held), "the readable copy lacks \"" + held + "\"");
        }
    }

    private static ComplaintViews.ComplaintFile complaint() {
        return new ComplaintViews.ComplaintFile(9, "C9", 1, "Krystyna Kowalska", "Telephone", 9L, "Waste collection", List.of(), null,
                "Bins missed four weeks", WHEN, "adviser", ComplaintCategory.DELAY, Ombudsman.LGSCO, "complaint-handling-code-2024 v1",
                "Complaint Handling Code 2024", ComplaintState.REFERRED_TO_OMBUDSMAN, 2, "Stage 2", 2, "casey", "hugh", Set.of(),
                null, null, null, "Crews now check the road list", List.of(),
                List.of(new ComplaintViews.StageView(2, "Stage 2", LocalDate.of(2026, 11, 2), "Still missed", WHEN, "hugh", WHEN,
                        Outcome.UPHELD, "Crews missed the road")),
                List.of(new ComplaintViews.RemedyView(2, RemedyType.FINANCIAL, "Time and trouble", new java.math.BigDecimal("50"),
                        "A payment of £50.00: Time and trouble")),
                List.of(), true, List.of(),
                List.of(new ComplaintViews.Letter(3, LetterKind.FINAL_RESPONSE, "Your complaint C9: our final response", "Dear ...",
                        WHEN, "hugh")),
                List.of(),
                List.of(new ComplaintViews.OmbudsmanCaseView(4, 9, Ombudsman.LGSCO, "Local Government and Social Care Ombudsman",
                        "26 009 001", "Final decision", LocalDate.of(2026, 11, 20), "Upheld", LocalDate.of(2026, 11, 24), false, true,
                        null, List.of(), List.of(), List.of())),
                List.of());
    }
}
