package uk.gov.council.cs.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.council.cs.contacts.ContactDetails;
import uk.gov.council.cs.residents.ResidentRegistration;
import uk.gov.council.cs.residents.matching.MatchDecision;
import uk.gov.council.cs.residents.matching.MatchSettings;
import uk.gov.council.cs.residents.matching.PersonDetails;
import uk.gov.council.cs.residents.matching.ResidentMatcher;
import uk.gov.council.cs.services.LgslFile;
import org.junit.jupiter.api.Test;

class DemoBoroughTest {


    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    @Test
    void theSameSeedGivesTheSameBorough() {
        assertEquals(new DemoBorough(7, NOW).residents(50), new DemoBorough(7, NOW).residents(50));
    }

    private static final Set<String> SERVICES_IN_DEMO_LIST = demoServiceList();

    private static Set<String> demoServiceList() {
        try (Reader csv = new InputStreamReader(DemoBoroughTest.class.getResourceAsStream("/demo/demo-service-list.csv"),
                StandardCharsets.UTF_8)) {
            LgslFile.Contents contents = LgslFile.read(csv);
            assertEquals(List.of(), contents.refused(), "the demo service list has refused rows");
            return contents.rows().stream().map(LgslFile.Row::label).collect(Collectors.toSet());
        } catch (IOException | LgslFile.Unreadable e) {
            throw new AssertionError("the demo service list cannot be read", e);
        }
    }

    @Test
    void everyPieceOfFeedbackIsAboutAServiceInTheDemoListAndEveryComplaintHasACategory() {
        List<DemoBorough.DemoFeedback> feedback = new DemoBorough(1, NOW).feedback(300);
        assertTrue(feedback.stream().filter(f -> f.category() != null).count() >= 12, "a dozen complaints for the workbench");
        for (DemoBorough.DemoFeedback f : feedback) {
            assertTrue(SERVICES_IN_DEMO_LIST.contains(f.service()), () -> f.service() + " is not in the demo service list");
            assertTrue(f.kind() != uk.gov.council.cs.complaints.FeedbackKind.COMPLAINT || f.category() != null, f::toString);
        }
    }

    @Test
    void everyGeneratedResidentIsValidWithContactsInThePastYear() {
        List<DemoBorough.DemoResident> borough = new DemoBorough(1, NOW).residents(1000);
        assertEquals(1000, borough.size());
        for (DemoBorough.DemoResident r : borough) {
            assertTrue(r.registration().isValid(), () -> r.registration() + " " + r.registration().problems());
            assertEquals(List.of(), r.details().problems(), () -> "profile " + r.details());
            for (DemoBorough.DemoContact c : r.contacts()) {
                assertTrue(c.startedAt().isBefore(NOW) && c.startedAt().isAfter(NOW.minusSeconds(366L * 24 * 3600)),
                        () -> "contact outside the past year: " + c);
                ContactDetails details = new ContactDetails(c.channel(), c.type(), 1L, c.reason(), c.outcome(),
                        c.resolvedAtFirstPoint(), c.avoidableReason() != null, c.avoidableReason(), c.startedAt(),
                        c.startedAt().plus(c.length()), c.waitedSeconds());
                assertEquals(List.of(), details.problems(NOW), () -> "contact " + c);
                assertTrue(SERVICES_IN_DEMO_LIST.contains(c.service()), () -> c.service() + " is not in the demo service list");
            }
        }
        assertTrue(borough.stream().mapToInt(r -> r.contacts().size()).sum() > 1000, "too few contacts for a demo");
    }

    @Test
    void everyNearDuplicateGoesToTheReviewQueueAgainstItsOriginal() {
        List<DemoBorough.DemoResident> borough = new DemoBorough(7, NOW).residents(300);
        List<ResidentRegistration> seconds = new DemoBorough(7, NOW).nearDuplicates(borough, 6);
        ResidentMatcher matcher = new ResidentMatcher(MatchSettings.DEFAULT);
        for (ResidentRegistration second : seconds) {
            assertTrue(second.problems().isEmpty(), second.problems()::toString);
            long reviewed = borough.stream().map(r -> matcher.compare(second.asPersonDetails(), onFile(r)).decision())
                    .filter(d -> d == MatchDecision.REVIEW).count();
            long linked = borough.stream().map(r -> matcher.compare(second.asPersonDetails(), onFile(r)).decision())
                    .filter(d -> d == MatchDecision.LINK).count();
            assertEquals(1, reviewed, "exactly one resident should be worth reviewing for " + second);
            assertEquals(0, linked, "a near-duplicate must not be linked without a person deciding");
        }
    }

    private static PersonDetails onFile(DemoBorough.DemoResident r) {
        var d = r.details();
        return new PersonDetails(d.forename(), d.surname(), List.of(), d.dateOfBirth(), d.address().postcode(),
                d.address().uprn(), d.niNumber(), d.phones(), d.emails());
    }
}
