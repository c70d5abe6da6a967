package uk.gov.council.cs.servicerequests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well published standards were kept, per service and step: of the requests with a target,
 * how many met it, missed it, or are overdue and not yet done. Requests still within their date are
 * counted as pending, not as met; a step a request was closed without, before its date, as not needed.
 */
public final class StandardsPerformance {

    private StandardsPerformance() {
    }

    public record Line(String service, Step step, int met, int missed, int overdue, int pending, int notNeeded) {
        /** Met as a share of those decided (met, missed or overdue); null when none is decided yet. */
        public Double metShare() {
            int decided = met + missed + overdue;
            return decided == 0 ? null : (double) met / decided;
        }
    }

    /** One call or webchat with an answering target: the service it was about, the target and the wait. */
    public record Answered(String service, int targetSeconds, Integer waitedSeconds) {
    }

    /**
     * How answering targets were kept, per service: met when answered within the target, missed when
     * not. Calls whose wait was not recorded are left out rather than counted either way.
     */
    public static List<Line> ofAnswering(Collection<Answered> calls) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Answered call : calls) {
            ServiceStandards.Standing standing = ServiceStandards.answered(call.targetSeconds(), call.waitedSeconds());
            if (standing == ServiceStandards.Standing.NO_TARGET) {
                continue;
            }
            counts.computeIfAbsent(call.service(), k -> new int[2])[standing == ServiceStandards.Standing.MET ? 0 : 1]++;
        }
        List<Line> lines = new ArrayList<>();
        counts.forEach((service, c) -> lines.add(new Line(service, Step.ANSWER, c[0], c[1], 0, 0, 0)));
        return lines;
    }

    public static List<Line> of(Collection<ServiceRequestSummary> requests) {
        Map<String, Map<Step, int[]>> counts = new TreeMap<>();
        for (ServiceRequestSummary r : requests) {
            for (ServiceRequestSummary.StepProgress p : r.steps()) {
                if (p.standing() == ServiceStandards.Standing.NO_TARGET) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(r.serviceName(), k -> new EnumMap<>(Step.class))
                        .computeIfAbsent(p.step(), k -> new int[5]);
                switch (p.standing()) {
                    case MET -> c[0]++;
                    case MISSED -> c[1]++;
                    case OVERDUE -> c[2]++;
                    case NOT_NEEDED -> c[4]++;
                    default -> c[3]++;
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        counts.forEach((service, bySteps) -> bySteps.forEach((step, c) -> lines.add(new Line(service, step, c[0], c[1], c[2], c[3], c[4]))));
        return lines;
    }
}
