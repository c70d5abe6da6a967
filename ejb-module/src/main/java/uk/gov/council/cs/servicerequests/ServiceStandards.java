package uk.gov.council.cs.servicerequests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import uk.gov.council.cs.contacts.Channel;
import uk.gov.council.cs.workingdays.CouncilTime;
import uk.gov.council.cs.workingdays.WorkingDayCalendar;

/**
 * Which published standard applies to a request, the dates it sets and whether they were met. The
 * most specific standard wins: the service's own for the channel, then the service's own, then the
 * council's for the channel, then the council-wide default.
 */
public final class ServiceStandards {

    private ServiceStandards() {
    }

    /** How a step stands against its target. */
    public enum Standing {
        /** No published target for this step. */
        NO_TARGET,
        /** Not done yet, and the date has not passed. */
        DUE,
        /** Not done, and the date has passed. */
        OVERDUE,
        /** Done on or before the date. */
        MET,
        /** Done after the date. */
        MISSED,
        /**
         * Never done because the request was closed without it (withdrawn, a duplicate, not the
         * council's to do), before its date: counted neither as met nor as missed.
         */
        NOT_NEEDED
    }

    public static Map<Step, StandardDetails> applying(Collection<StandardDetails> published, long serviceId, Channel channel) {
        Map<Step, StandardDetails> chosen = new EnumMap<>(Step.class);
        for (Step step : Step.OF_A_REQUEST) {
            published.stream().filter(s -> s.step() == step && s.appliesTo(serviceId, channel))
                    .max(Comparator.comparingInt(StandardDetails::specificity))
                    .ifPresent(s -> chosen.put(step, s));
        }
        return chosen;
    }

    /**
     * The answering target for a call or webchat about the service: the most specific published
     * standard for answering, as for request steps. Empty when there is none.
     */
    public static Optional<StandardDetails> answering(Collection<StandardDetails> published, Long serviceId, Channel channel) {
        return published.stream().filter(s -> s.step() == Step.ANSWER && s.appliesTo(serviceId, channel))
                .max(Comparator.comparingInt(StandardDetails::specificity));
    }

    /** Whether a call or webchat was answered within its target; NO_TARGET when there is none or the wait is not known. */
    public static Standing answered(Integer targetSeconds, Integer waitedSeconds) {
        if (targetSeconds == null || waitedSeconds == null) {
            return Standing.NO_TARGET;
        }
        return waitedSeconds <= targetSeconds ? Standing.MET : Standing.MISSED;
    }

    /** The date by which a step is due: its target in working days after the day the request was received. */
    public static Optional<LocalDate> dueBy(StandardDetails standard, Instant receivedAt, WorkingDayCalendar calendar) {
        if (standard == null) {
            return Optional.empty();
        }
        return Optional.of(calendar.plusWorkingDays(receivedAt.atZone(CouncilTime.ZONE).toLocalDate(),
                standard.workingDays()));
    }

    public static Standing standing(LocalDate dueBy, Instant doneAt, LocalDate today) {
        return standing(dueBy, doneAt, null, today);
    }

    /**
     * A step's standing, when the request may have been closed without it ({@code closedAt}): not
     * needed if the request was closed before the step's date, missed if it was already late.
     */
    public static Standing standing(LocalDate dueBy, Instant doneAt, Instant closedAt, LocalDate today) {
        if (dueBy == null) {
            return Standing.NO_TARGET;
        }
        if (doneAt == null && closedAt != null) {
            return closedAt.atZone(CouncilTime.ZONE).toLocalDate().isAfter(dueBy) ? Standing.MISSED : Standing.NOT_NEEDED;
        }
        if (doneAt == null) {
            return today.isAfter(dueBy) ? Standing.OVERDUE : Standing.DUE;
        }
        return doneAt.atZone(CouncilTime.ZONE).toLocalDate().isAfter(dueBy) ? Standing.MISSED : Standing.MET;
    }
}
