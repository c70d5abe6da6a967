package uk.gov.council.cs.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.council.cs.workingdays.BankHolidayFile;
import uk.gov.council.cs.workingdays.Nation;
import uk.gov.council.cs.workingdays.WorkingDayCalendar;

class StandingTest {

    private static final WorkingDayCalendar ENGLAND = WorkingDayCalendar.forNation(Nation.ENGLAND_AND_WALES,
            BankHolidayFile.shipped(), Set.of());

    @ParameterizedTest(name = "due {0}, done {1}, today {2}: {3} ({4})")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "2026-12-10 | -          | 2026-12-01 | GREEN  | seven working days to go",
        "2026-12-10 | -          | 2026-12-08 | AMBER  | two working days to go",
        "2026-12-10 | -          | 2026-12-10 | AMBER  | due today",
        "2026-12-10 | -          | 2026-12-11 | RED    | a day late",
        "2026-12-29 | -          | 2026-12-23 | AMBER  | Christmas and Boxing Day substitute do not count: two working days",
        "2026-12-30 | -          | 2026-12-23 | GREEN  | three working days over Christmas",
        "2026-12-10 | 2026-12-10 | 2026-12-20 | MET    | done on the day",
        "2026-12-10 | 2026-12-11 | 2026-12-20 | MISSED | done a day late",
        "2026-12-10 | 2026-12-01 | 2026-12-20 | MET    | done early"
    })
    void standing(LocalDate due, LocalDate done, LocalDate today, Standing expected, String why) {
        assertEquals(expected, Standing.of(due, done, today, ENGLAND, Standing.DEFAULT_AMBER_WORKING_DAYS), why);
    }
}
