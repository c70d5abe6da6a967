package uk.gov.council.cs.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateEntryTest {

    private static DateEntry entry(String day, String month, String year) {
        DateEntry e = new DateEntry();
        e.setDay(day);
        e.setMonth(month);
        e.setYear(year);
        return e;
    }

    @ParameterizedTest(name = "{0}/{1}/{2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "4, 12, 2026, -",
            "04, 1, 2026, -",
            "-, -, -, -",
            "4, -, 2026, Due by must include a month",
            "-, 12, 2026, Due by must include a day",
            "4, 12, -, Due by must include a year",
            "-, -, 2026, Due by must include a day and month",
            "-, 12, -, Due by must include a day and year",
            "4, -, -, Due by must include a month and year",
            "31, 2, 2026, Due by must be a real date",
            "x, 2, 2026, Due by must be a real date",
            "1, 2, 26, Due by must include a year with 4 numbers"})
    void saysWhatIsWrongInTheDesignSystemsWords(String day, String month, String year, String problem) {
        assertEquals(problem, entry(day, month, year).problem("Due by"));
    }

    @ParameterizedTest
    @CsvSource({"4, 12, 2026, 2026-12-04", " 9 , 03 , 1961 , 1961-03-09"})
    void aRealDateIsThatDate(String day, String month, String year, LocalDate date) {
        assertEquals(date, entry(day, month, year).date());
        assertEquals(date, DateEntry.of(date).date());
    }

    @org.junit.jupiter.api.Test
    void nothingTypedIsNoDate() {
        assertNull(new DateEntry().date());
        assertNull(DateEntry.of(null).date());
    }
}
