package uk.gov.council.cs.servicerequests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.contacts.Channel;
import uk.gov.council.cs.servicerequests.ServiceRequestSummary.StepProgress;
import uk.gov.council.cs.servicerequests.ServiceStandards.Standing;

class StandardsPerformanceTest {

    private static final LocalDate DUE = LocalDate.of(2026, 11, 25);

    private static ServiceRequestSummary request(String service, Standing acknowledge) {
        return new ServiceRequestSummary(1, 1, 1, service, Channel.POST, "x", Instant.EPOCH, List.of(
                new StepProgress(Step.ACKNOWLEDGE, acknowledge == Standing.NO_TARGET ? null : DUE, null, acknowledge),
                new StepProgress(Step.FULFIL, null, null, Standing.NO_TARGET),
                new StepProgress(Step.CLOSE, null, null, Standing.NO_TARGET)), null, "adviser");
    }

    @Test
    void eachServiceAndStepCountsMetMissedOverdueAndPending() {
        List<StandardsPerformance.Line> lines = StandardsPerformance.of(List.of(request("Bins", Standing.MET),
                request("Bins", Standing.MET), request("Bins", Standing.MISSED), request("Bins", Standing.OVERDUE),
                request("Bins", Standing.DUE), request("Parking", Standing.DUE), request("Parking", Standing.NO_TARGET)));
        assertEquals(List.of(new StandardsPerformance.Line("Bins", Step.ACKNOWLEDGE, 2, 1, 1, 1, 0),
                new StandardsPerformance.Line("Parking", Step.ACKNOWLEDGE, 0, 0, 0, 1, 0)), lines);
        assertEquals(0.5, lines.get(0).metShare(), "2 met of 4 decided; the one still due is not counted");
        assertNull(lines.get(1).metShare(), "nothing decided yet is not 0%");
    }

    @Test
    void aStepTheRequestWasClosedWithoutIsNotNeededUnlessItWasAlreadyLate() {
        Instant closedBeforeTheDate = LocalDate.of(2026, 11, 20).atStartOfDay(uk.gov.council.cs.workingdays.CouncilTime.ZONE).toInstant();
        Instant closedAfterIt = LocalDate.of(2026, 11, 30).atStartOfDay(uk.gov.council.cs.workingdays.CouncilTime.ZONE).toInstant();
        LocalDate today = LocalDate.of(2026, 12, 10);
        assertEquals(Standing.NOT_NEEDED, ServiceStandards.standing(DUE, null, closedBeforeTheDate, today));
        assertEquals(Standing.MISSED, ServiceStandards.standing(DUE, null, closedAfterIt, today),
                "closed when it was already late: the lateness stays on the record");
        assertEquals(Standing.OVERDUE, ServiceStandards.standing(DUE, null, null, today), "still open and late");
        assertEquals(Standing.MET, ServiceStandards.standing(DUE, closedBeforeTheDate, closedAfterIt, today), "done is done");

        List<StandardsPerformance.Line> lines = StandardsPerformance.of(List.of(request("Bins", Standing.NOT_NEEDED),
                request("Bins", Standing.MET)));
        assertEquals(List.of(new StandardsPerformance.Line("Bins", Step.ACKNOWLEDGE, 1, 0, 0, 0, 1)), lines);
        assertEquals(1.0, lines.get(0).metShare(), "a step not needed is neither met nor missed");
    }
}
