package uk.gov.council.cs.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days counted by hand in the test, as a person would with a diary: weekdays, less the bank
 * holidays and closures the council's calendar lists. Independent of the application's own counting,
 * so a due date can be checked against it.
 */
final class WorkingDayCount {

    private WorkingDayCount() {
    }

    /** Today in the council's time zone, never the machine's. */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    static LocalDate after(LocalDate from, int workingDays) {
        return step(from, workingDays, 1);
    }

    /** The working day so many working days before {@code from}. */
    static LocalDate before(LocalDate from, int workingDays) {
        return step(from, workingDays, -1);
    }

    private static LocalDate step(LocalDate from, int workingDays, int direction) {
        Set<LocalDate> closed = new HashSet<>();
        for (int year = from.getYear() - 1; year <= from.getYear() + 1; year++) {
            JsonNode calendar = Council.json(Council.get("calendar?year=" + year, "complaints-officer"));
            calendar.get("bankHolidays").forEach(h -> closed.add(LocalDate.parse(h.get("day").asText())));
            calendar.get("closures").forEach(c -> closed.add(LocalDate.parse(c.get("day").asText())));
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(direction);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !closed.contains(day)) {
                counted++;
            }
        }
        return day;
    }
}
