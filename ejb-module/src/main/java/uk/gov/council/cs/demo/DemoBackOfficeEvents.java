package uk.gov.council.cs.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uk.gov.council.cs.backoffice.Feed;
import uk.gov.council.cs.residents.ReferenceSystem;
import uk.gov.council.cs.workingdays.CouncilTime;

/**
 * What the demo borough's housing and benefits systems have sent over the last year, as the JSON
 * messages they send: repairs from report to completion (some cancelled, some still open) and rent
 * arrears stages on the tenancies, and claims from receipt to decision. Sent on the real queues, so
 * the demo shows the whole route. Deterministic for a seed and a moment.
 */
public final class DemoBackOfficeEvents {

    /** A message for one of the back-office queues. */
    public record Message(Feed feed, String json) {
    }

    private static final String[][] REPAIRS = {
            {"emergency", "603001", "Leak under the kitchen sink"},
            {"emergency", "201015", "No heating or hot water"},
            {"urgent", "301022", "Front door lock broken"},
            {"urgent", "442310", "Toilet not flushing"},
            {"routine", "512004", "Window will not close"},
            {"routine", "611008", "Damp and mould in the bathroom"},
            {"routine", "720113", "Kitchen cupboard door hanging off"},
    };
    private static final String[] ARREARS_STAGES = {"Reminder letter", "First arrears letter", "Notice of seeking possession"};
    private static final String[] EVIDENCE = {"Three months of bank statements", "Proof of rent", "Payslips for the last two months"};

    private final Random random;
    private final Instant now;

    public DemoBackOfficeEvents(long seed, Instant now) {
        this.random = new Random(seed ^ 0x5EEDL);
        this.now = now.truncatedTo(ChronoUnit.MINUTES);
    }

    public List<Message> messagesFor(List<DemoBorough.DemoResident> borough) {
        List<Message> messages = new ArrayList<>();
        for (DemoBorough.DemoResident resident : borough) {
            String tenancy = resident.references().get(ReferenceSystem.HOUSING_TENANCY);
            if (tenancy != null) {
                int repairs = random.nextInt(3);
                for (int n = 1; n <= repairs; n++) {
                    repair(messages, tenancy, n);
                }
                if (random.nextInt(10) == 0) {
                    arrears(messages, tenancy);
                }
            }
            String claim = resident.references().get(ReferenceSystem.BENEFITS_CLAIM);
            if (claim != null) {
                claim(messages, claim);
            }
        }
        return messages;
    }

    private void repair(List<Message> messages, String tenancy, int n) {
        String[] kind = REPAIRS[random.nextInt(REPAIRS.length)];
        String repair = "R-" + tenancy.substring(4) + "-" + n;
        Instant reported = daysAgo(3 + random.nextInt(360));
        String head = "\"tenancyReference\":\"" + tenancy + "\",\"repairReference\":\"" + repair + "\"";
        housing(messages, repair + "-1", "repair-reported", reported, head + ",\"priority\":\"" + kind[0] + "\",\"sorCode\":\""
                + kind[1] + "\",\"description\":\"" + kind[2] + "\"");
        if (random.nextInt(10) == 0) {
            housing(messages, repair + "-2", "repair-cancelled", reported.plus(Duration.ofDays(1)), head
                    + ",\"description\":\"No longer needed\"");
            return;
        }
        int daysToVisit = switch (kind[0]) {
            case "emergency" -> 0;
            case "urgent" -> 2 + random.nextInt(4);
            default -> 7 + random.nextInt(20);
        };
        // An emergency is attended within hours of the report; other repairs at 08:00 on the day booked.
        Instant visit = daysToVisit == 0 ? reported.plus(Duration.ofHours(3))
                : reported.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(daysToVisit)).plus(Duration.ofHours(8));
        housing(messages, repair + "-2", "repair-appointment-made", reported.plus(Duration.ofMinutes(20)), head
                + ",\"appointmentAt\":\"" + visit + "\"");
        Instant completed = visit.plus(Duration.ofHours(2));
        if (completed.isBefore(now)) {
            housing(messages, repair + "-3", "repair-completed", completed, head);
        }
    }

    private void arrears(List<Message> messages, String tenancy) {
        Instant from = daysAgo(90 + random.nextInt(200));
        int stages = 1 + random.nextInt(ARREARS_STAGES.length);
        for (int s = 0; s < stages; s++) {
            housing(messages, "ARR-" + tenancy + "-" + (s + 1), "arrears-stage-changed", from.plus(Duration.ofDays(28L * s)),
                    "\"tenancyReference\":\"" + tenancy + "\",\"arrearsStage\":\"" + ARREARS_STAGES[s] + "\"");
        }
    }

    private void claim(List<Message> messages, String claim) {
        Instant received = daysAgo(10 + random.nextInt(340));
        String head = "\"claimReference\":\"" + claim + "\",\"scheme\":\"" + (random.nextBoolean() ? "housing-benefit" : "council-tax-reduction")
                + "\"";
        benefits(messages, claim + "-1", "claim-received", received, head);
        LocalDate receivedDay = received.atZone(CouncilTime.ZONE).toLocalDate();
        Instant decided = received.plus(Duration.ofDays(14 + random.nextInt(30)));
        if (random.nextInt(3) == 0) {
            benefits(messages, claim + "-2", "evidence-requested", received.plus(Duration.ofDays(3)), head + ",\"evidenceDue\":\""
                    + receivedDay.plusDays(31) + "\",\"evidence\":\"" + EVIDENCE[random.nextInt(EVIDENCE.length)] + "\"");
        }
        if (decided.isBefore(now)) {
            boolean awarded = random.nextInt(5) > 0;
            benefits(messages, claim + "-3", "claim-decided", decided, head + ",\"decision\":\"" + (awarded ? "awarded" : "refused")
                    + "\"" + (awarded ? ",\"effectiveFrom\":\"" + receivedDay + "\"" : ",\"reason\":\"Income above the limit\""));
        }
    }

    private Instant daysAgo(int days) {
        return now.minus(Duration.ofDays(days)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofMinutes(8 * 60 + random.nextInt(9 * 60)));
    }

    private static void housing(List<Message> messages, String id, String type, Instant at, String rest) {
        messages.add(new Message(Feed.HOUSING_EVENTS, event(id, type, at, rest)));
    }

    private static void benefits(List<Message> messages, String id, String type, Instant at, String rest) {
        messages.add(new Message(Feed.BENEFITS_EVENTS, event(id, type, at, rest)));
    }

    private static String event(String id, String type, Instant at, String rest) {
        return "{\"eventId\":\"" + id + "\",\"type\":\"" + type + "\",\"occurredAt\":\"" + at + "\"," + rest + "}";
    }
}
