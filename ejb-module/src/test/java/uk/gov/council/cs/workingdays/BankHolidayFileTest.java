package uk.gov.council.cs.workingdays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BankHolidayFileTest {

    private static BankHolidayFile parse(String json) throws Exception {
        return BankHolidayFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theShippedFileCoversEveryNationFrom2018To2030() {
        BankHolidayFile shipped = BankHolidayFile.shipped();
        Set<Integer> years = Set.copyOf(IntStream.rangeClosed(2018, 2030).boxed().toList());
        for (Nation nation : Nation.values()) {
            assertEquals(years, shipped.yearsCovered(nation), nation.name());
        }
        // 8 a year in England and Wales, 9 in Scotland, 10 in Northern Ireland, and three one-off
        // days (2022 Jubilee, 2022 State Funeral, 2023 Coronation) in all three.
        assertEquals(13 * 8 + 3, shipped.of(Nation.ENGLAND_AND_WALES).size());
        assertEquals(13 * 9 + 3, shipped.of(Nation.SCOTLAND).size());
        assertEquals(13 * 10 + 3, shipped.of(Nation.NORTHERN_IRELAND).size());
    }

    @Test
    void aNewerFileReplacesTheYearsItCovers() throws Exception {
        BankHolidayFile newer = parse("""
                {"england-and-wales":{"division":"england-and-wales","events":[
                  {"title":"New Year’s Day","date":"2030-01-01","notes":"","bunting":true},
                  {"title":"Extra bank holiday","date":"2030-06-14","notes":"","bunting":true},
                  {"title":"New Year’s Day","date":"2031-01-01","notes":"","bunting":true}]}}""");
        BankHolidayFile updated = BankHolidayFile.shipped().updatedBy(newer);
        WorkingDayCalendar ew = WorkingDayCalendar.forNation(Nation.ENGLAND_AND_WALES, updated, Set.of());
        assertFalse(ew.isWorkingDay(LocalDate.of(2030, 6, 14)), "the newer file's extra holiday");
        assertTrue(ew.isWorkingDay(LocalDate.of(2030, 12, 25)), "2030 is now exactly as the newer file says");
        assertFalse(ew.isWorkingDay(LocalDate.of(2031, 1, 1)), "a year the shipped data did not have");
        assertFalse(ew.isWorkingDay(LocalDate.of(2029, 12, 25)), "years the newer file does not cover are kept");
        assertEquals(BankHolidayFile.shipped().of(Nation.SCOTLAND), updated.of(Nation.SCOTLAND), "other nations unchanged");
    }

    @Test
    void aFileInAnotherFormatIsRefusedWithTheReason() {
        assertEquals("The bank-holidays file is not valid JSON.",
                assertThrows(IllegalArgumentException.class, () -> parse("<html>")).getMessage());
        assertEquals("\"wales\" is not a nation of the bank-holidays file; expected one of england-and-wales, scotland, northern-ireland.",
                assertThrows(IllegalArgumentException.class, () -> parse("{\"wales\":{\"events\":[]}}")).getMessage());
        assertEquals("Event 0 of scotland has the date \"30/11/2031\", which is not a date like 2026-12-25.",
                assertThrows(IllegalArgumentException.class,
                        () -> parse("{\"scotland\":{\"events\":[{\"title\":\"St Andrew’s Day\",\"date\":\"30/11/2031\"}]}}")).getMessage());
        assertEquals("Division scotland has no list of events.",
                assertThrows(IllegalArgumentException.class, () -> parse("{\"scotland\":{}}")).getMessage());
    }

    @org.junit.jupiter.api.Test
    void holidaysKeptElsewhereBecomeAFileThatUpdatesTheShippedOne() {
        BankHolidayFile imported = BankHolidayFile.of(java.util.List.of(
                new BankHolidayFile.BankHoliday(Nation.SCOTLAND, java.time.LocalDate.of(2030, 1, 2), "2nd January"),
                new BankHolidayFile.BankHoliday(Nation.SCOTLAND, java.time.LocalDate.of(2030, 1, 1), "New Year's Day")));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of(2030), imported.yearsCovered(Nation.SCOTLAND));
        org.junit.jupiter.api.Assertions.assertEquals(java.time.LocalDate.of(2030, 1, 1), imported.of(Nation.SCOTLAND).get(0).date(), "in date order");
        BankHolidayFile updated = BankHolidayFile.shipped().updatedBy(imported);
        org.junit.jupiter.api.Assertions.assertEquals(2, updated.of(Nation.SCOTLAND).stream().filter(h -> h.date().getYear() == 2030).count(),
                "the imported year replaces the shipped one whole");
        org.junit.jupiter.api.Assertions.assertEquals(BankHolidayFile.shipped().of(Nation.ENGLAND_AND_WALES), updated.of(Nation.ENGLAND_AND_WALES));
    }
}
