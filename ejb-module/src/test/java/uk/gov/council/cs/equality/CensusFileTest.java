package uk.gov.council.cs.equality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Census files in the layout of Nomis's bulk downloads, header lines as ONS writes them. */
class CensusFileTest {

    static final String TS021_HEADER = "date,geography,geography code,Ethnic group: Total: All usual residents,"
            + "\"Ethnic group: Asian, Asian British or Asian Welsh\",\"Ethnic group: Asian, Asian British or Asian Welsh: Bangladeshi\","
            + "\"Ethnic group: Asian, Asian British or Asian Welsh: Chinese\",\"Ethnic group: Asian, Asian British or Asian Welsh: Indian\","
            + "\"Ethnic group: Asian, Asian British or Asian Welsh: Pakistani\",\"Ethnic group: Asian, Asian British or Asian Welsh: Other Asian\","
            + "\"Ethnic group: Black, Black British, Black Welsh, Caribbean or African\","
            + "\"Ethnic group: Black, Black British, Black Welsh, Caribbean or African: African\","
            + "\"Ethnic group: Black, Black British, Black Welsh, Caribbean or African: Caribbean\","
            + "\"Ethnic group: Black, Black British, Black Welsh, Caribbean or African: Other Black\","
            + "Ethnic group: Mixed or Multiple ethnic groups,Ethnic group: Mixed or Multiple ethnic groups: White and Asian,"
            + "Ethnic group: Mixed or Multiple ethnic groups: White and Black African,"
            + "Ethnic group: Mixed or Multiple ethnic groups: White and Black Caribbean,"
            + "Ethnic group: Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups,Ethnic group: White,"
            + "\"Ethnic group: White: English, Welsh, Scottish, Northern Irish or British\",Ethnic group: White: Irish,"
            + "Ethnic group: White: Gypsy or Irish Traveller,Ethnic group: White: Roma,Ethnic group: White: Other White,"
            + "Ethnic group: Other ethnic group,Ethnic group: Other ethnic group: Arab,"
            + "Ethnic group: Other ethnic group: Any other ethnic group";
    static final String TS008_HEADER = "date,geography,geography code,Sex: All persons; measures: Value,"
            + "Sex: Female; measures: Value,Sex: Male; measures: Value";
    static final String TS007A_HEADER = "date,geography,geography code,Age: Total,Age: Aged 4 years and under,"
            + "Age: Aged 5 to 9 years,Age: Aged 10 to 14 years,Age: Aged 15 to 19 years,Age: Aged 20 to 24 years,"
            + "Age: Aged 25 to 29 years,Age: Aged 30 to 34 years,Age: Aged 35 to 39 years,Age: Aged 40 to 44 years,"
            + "Age: Aged 45 to 49 years,Age: Aged 50 to 54 years,Age: Aged 55 to 59 years,Age: Aged 60 to 64 years,"
            + "Age: Aged 65 to 69 years,Age: Aged 70 to 74 years,Age: Aged 75 to 79 years,Age: Aged 80 to 84 years,"
            + "Age: Aged 85 years and over";
    static final String TS038_HEADER = "date,geography,geography code,Disability: Total: All usual residents,"
            + "Disability: Disabled under the Equality Act,"
            + "Disability: Disabled under the Equality Act: Day-to-day activities limited a lot,"
            + "Disability: Disabled under the Equality Act: Day-to-day activities limited a little,"
            + "Disability: Not disabled under the Equality Act,"
            + "Disability: Not disabled under the Equality Act: Has long term physical or mental health condition but"
            + " day-to-day activities are not limited,"
            + "Disability: Not disabled under the Equality Act: No long term physical or mental health conditions";

    private static final String AREA = "E09000028";

    private static String values(int count, int from) {
        return IntStream.range(0, count).mapToObj(i -> Integer.toString(from + i)).collect(Collectors.joining(","));
    }

    private static CensusFile.Contents read(String csv, String area) throws CensusFile.Unreadable {
        return CensusFile.read(new StringReader(csv), area);
    }

    private static Map<String, Long> byLabel(CensusFile.Contents c) {
        return c.area().counts().stream().collect(Collectors.toMap(n -> n.column().label(), CensusFile.Count::residents));
    }

    @Test
    void theCouncilsRowOfAnEthnicGroupTableIsReadByCategory() throws Exception {
        String csv = TS021_HEADER + "\n2021,Hartlepool,E06000001," + values(25, 1000) + "\n2021,Southwark," + AREA + ","
                + values(25, 5000) + "\n2021,Lambeth,E09000022," + values(25, 9000) + "\n";
        CensusFile.Contents c = read(csv, AREA);
        assertEquals(CensusTable.TS021, c.table());
        assertEquals("Southwark", c.area().name());
        assertEquals(2, c.otherAreas());
        assertEquals(List.of(), c.refused());
        Map<String, Long> counts = byLabel(c);
        assertEquals(5000L, counts.get("Total: All usual residents"));
        assertEquals(5002L, counts.get("Asian, Asian British or Asian Welsh: Bangladeshi"));
        assertEquals(5018L, counts.get("White: Irish"));
        List<CensusFile.Count> categories = c.area().counts().stream()
                .filter(n -> n.column().kind() == CensusTable.Column.Kind.CATEGORY).toList();
        assertEquals(19, categories.size(), "the five groups' subtotals are not categories");
        assertEquals("WHITE_IRISH", categories.stream().filter(n -> n.residents() == 5018).findFirst().orElseThrow()
                .column().category());
    }

    @Test
    void aRowThatCannotBeReadIsRefusedWithItsReasonAndItsTextUnderTheHeader() throws Exception {
        String row = "2021,Southwark," + AREA + "," + values(6, 10) + ",n/a," + values(18, 20);
        CensusFile.Contents c = read(TS021_HEADER + "\n" + row + "\n", AREA);
        assertNull(c.area());
        assertEquals(1, c.refused().size());
        CensusFile.RefusedRow refused = c.refused().get(0);
        assertEquals("Line 2: \"Ethnic group: Asian, Asian British or Asian Welsh: Other Asian\" is \"n/a\", not a count"
                + " of people.", refused.reason());
        assertEquals(TS021_HEADER, refused.text().lines().findFirst().orElseThrow());
        assertEquals(CensusTable.TS021, read(refused.text().replace("n/a", "77"), AREA).table(), "corrected, it reads");
    }

    @Test
    void aShortRowForTheCouncilIsRefusedButOtherAreasShortRowsAreNotItsConcern() throws Exception {
        CensusFile.Contents c = read(TS008_HEADER + "\n2021,Elsewhere,E06000001,1,2\n2021,Southwark," + AREA + ",10,6\n", AREA);
        assertEquals(List.of("Line 3 has 5 columns; the header has 6."), c.refused().stream().map(CensusFile.RefusedRow::reason)
                .toList());
        assertEquals(1, c.otherAreas());
    }

    @Test
    void sexIsReadThroughOnsMeasuresSuffix() throws Exception {
        CensusFile.Contents c = read(TS008_HEADER + "\n2021,Southwark," + AREA + ",307637,158472,149165\n", AREA);
        assertEquals(CensusTable.TS008, c.table());
        Map<String, Long> counts = byLabel(c);
        assertEquals(158472L, counts.get("Female"));
        assertEquals(149165L, counts.get("Male"));
        assertEquals(307637L, counts.get("All persons"));
    }

    @Test
    void fiveYearAgeBandsCarryTheirYears() throws Exception {
        CensusFile.Contents c = read(TS007A_HEADER + "\n2021,Southwark," + AREA + "," + values(19, 100) + "\n", AREA);
        assertEquals(CensusTable.TS007A, c.table());
        CensusTable.Column first = c.area().counts().get(1).column();
        assertEquals(List.of(0, 4), List.of(first.ageFrom(), first.ageTo()));
        CensusTable.Column last = c.area().counts().get(18).column();
        assertEquals(85, last.ageFrom());
        assertNull(last.ageTo(), "85 and over is open");
    }

    @Test
    void theSingleYearAgeTableIsToldApartAndItsBandsAreSubtotals() throws Exception {
        String header = "date,geography,geography code,Age: Total; measures: Value,Age: Aged 4 years and under; measures: Value,"
                + "Age: Aged under 1 year; measures: Value,Age: Aged 1 year; measures: Value,Age: Aged 2 years; measures: Value,"
                + "Age: Aged 85 years and over; measures: Value,Age: Aged 100 years and over; measures: Value";
        CensusFile.Contents c = read(header + "\n2021,Southwark," + AREA + ",9,5,1,2,2,3,1\n", AREA);
        assertEquals(CensusTable.TS007, c.table());
        List<String> counted = c.area().counts().stream().filter(n -> n.column().kind() == CensusTable.Column.Kind.CATEGORY)
                .map(n -> n.column().label()).toList();
        assertEquals(List.of("Aged under 1 year", "Aged 1 year", "Aged 2 years", "Aged 100 years and over"), counted);
    }

    @Test
    void disabilityUnderTheActIsTheSumOfItsTwoLimitedCategories() throws Exception {
        CensusFile.Contents c = read(TS038_HEADER + "\n2021,Southwark," + AREA + ",100,20,12,8,80,10,70\n", AREA);
        Map<String, Long> byCategory = c.area().counts().stream().filter(n -> n.column().category() != null)
                .collect(Collectors.groupingBy(n -> n.column().category(), Collectors.summingLong(CensusFile.Count::residents)));
        assertEquals(Map.of("DISABLED", 20L, "NOT_DISABLED", 80L), byCategory);
    }

    @Test
    void aFileThatIsNotOnsLayoutIsRefusedWhole() {
        assertEquals("The file's first line must name the columns date, geography and geography code, as ONS's bulk Census"
                        + " files do (it has: Area, Count).",
                assertThrows(CensusFile.Unreadable.class, () -> read("Area,Count\nSouthwark,1\n", AREA)).getMessage());
        assertEquals("These columns are not categories of TS008 (Sex): Sex: Intersex.",
                assertThrows(CensusFile.Unreadable.class, () -> read("date,geography,geography code,Sex: All persons,"
                        + "Sex: Female,Sex: Intersex\n2021,Southwark," + AREA + ",1,1,0\n", AREA)).getMessage());
        assertTrue(assertThrows(CensusFile.Unreadable.class, () -> read("date,geography,geography code,Sex: Female,"
                + "Religion: Christian\n", AREA)).getMessage().startsWith("The columns are not those of one Census 2021 table"));
    }

    @Test
    void aFileWithoutTheCouncilsAreaSaysWhichAreaItLookedFor() {
        assertEquals("The file has no row for the council's area E09000028 (council.census.geography-code); it has 1 other area.",
                assertThrows(CensusFile.Unreadable.class, () -> read(TS008_HEADER + "\n2021,Lambeth,E09000022,3,2,1\n", AREA))
                        .getMessage());
        assertEquals("The file holds 2 areas: set council.census.geography-code to the council's, for example E09000028.",
                assertThrows(CensusFile.Unreadable.class, () -> read(TS008_HEADER + "\n2021,Lambeth,E09000022,3,2,1\n"
                        + "2021,Southwark," + AREA + ",3,2,1\n", null)).getMessage());
    }
}
