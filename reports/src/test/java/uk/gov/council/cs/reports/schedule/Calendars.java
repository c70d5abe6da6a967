package uk.gov.council.cs.reports.schedule;

import java.time.LocalDate;
import java.util.Set;
import uk.gov.council.cs.workingdays.BankHolidayFile;
import uk.gov.council.cs.workingdays.Nation;
import uk.gov.council.cs.workingdays.WorkingDayCalendar;

/** The working-day calendars the schedule tests run on, built as the council's is, without a container. */
final class Calendars {

    private static final BankHolidayFile SHIPPED = BankHolidayFile.shipped();

    /** England and Wales, with the shipped bank holidays (2018-2030) and no council closures. */
    static final WorkingDayCalendar ENGLAND = england();

    private Calendars() {
    }

    static WorkingDayCalendar england(LocalDate... councilClosures) {
        return WorkingDayCalendar.forNation(Nation.ENGLAND_AND_WALES, SHIPPED, Set.of(councilClosures));
    }
}
