package uk.gov.council.cs.complaints;

import java.time.LocalDate;
import uk.gov.council.cs.workingdays.WorkingDayCalendar;

/**
 * How a step stands against its deadline: red, amber or green while it runs; met or missed once
 * done. Amber means due within the warning period (configurable working days, default 2).
 */
public enum Standing {
    GREEN, AMBER, RED, MET, MISSED;

    public static final String AMBER_SETTING = "council.complaints.amber-working-days";
    public static final int DEFAULT_AMBER_WORKING_DAYS = 2;

    /**
     * @param doneOn the day the step was done (council time), or null while it runs
     * @param today  the council's today
     */
    public static Standing of(LocalDate due, LocalDate doneOn, LocalDate today, WorkingDayCalendar calendar,
                              int amberWorkingDays) {
        if (doneOn != null) {
            return doneOn.isAfter(due) ? MISSED : MET;
        }
        if (today.isAfter(due)) {
            return RED;
        }
        return calendar.workingDaysBetween(today, due) <= amberWorkingDays ? AMBER : GREEN;
    }

    public boolean running() {
        return this == GREEN || this == AMBER || this == RED;
    }
}
