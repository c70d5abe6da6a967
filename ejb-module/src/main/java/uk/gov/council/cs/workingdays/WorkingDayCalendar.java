package uk.gov.council.cs.workingdays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The council's working days: Monday to Friday, except the bank holidays of the council's nation
 * and the days the council itself is closed. Deadlines in working days count from the day after
 * the starting event: 5 working days from a Monday receipt is the following Monday.
 */
public final class WorkingDayCalendar {

    private final Nation nation;
    private final Set<LocalDate> bankHolidays;
    private final Set<LocalDate> closures;

    public WorkingDayCalendar(Nation nation, Set<LocalDate> bankHolidays, Set<LocalDate> councilClosures) {
        this.nation = nation;
        this.bankHolidays = Set.copyOf(bankHolidays);
        this.closures = Set.copyOf(councilClosures);
    }

    /** The shipped bank holidays of one nation, with the council's own closure days. */
    public static WorkingDayCalendar forNation(Nation nation, BankHolidayFile file, Set<LocalDate> councilClosures) {
        Set<LocalDate> dates = new HashSet<>();
        file.of(nation).forEach(h -> dates.add(h.date()));
        return new WorkingDayCalendar(nation, dates, councilClosures);
    }

    public Nation nation() {
        return nation;
    }

    /** Why the council cannot be closed on this day as well; empty when it can (a working day, from today on). */
    public java.util.Optional<String> problemClosing(LocalDate day, String reason, LocalDate today) {
        if (day == null) {
            return java.util.Optional.of("Give the day the council is closed.");
        }
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            return java.util.Optional.of("Say why the council is closed (up to 200 characters); staff see it on the calendar.");
        }
        if (day.isBefore(today)) {
            return java.util.Optional.of(day + " has passed; a closure changes only deadlines still to come.");
        }
        if (!isWorkingDay(day)) {
            return java.util.Optional.of(day + " is not a working day already (a weekend, bank holiday or closure).");
        }
        return java.util.Optional.empty();
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !bankHolidays.contains(day) && !closures.contains(day);
    }

    /** The day that is {@code workingDays} working days after {@code from} (which itself does not count). */
    public LocalDate plusWorkingDays(LocalDate from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("A number of working days cannot be negative: " + workingDays);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
