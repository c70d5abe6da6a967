package uk.gov.council.cs.reports.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The averages copied from the Ombudsman's letter are checked as the letter prints them. */
class OmbudsmanAveragesProblemsTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void theLettersFiguresAreKept() {
        assertEquals(List.of(), OmbudsmanAverages.problems("Unitary authorities", d("79"), d("4.6"), d("100"), d("6.5"),
                "Annual review letter, 17 July 2026"));
    }

    @Test
    void aFigureTheLetterDoesNotGiveMayBeLeftOut() {
        assertEquals(List.of(), OmbudsmanAverages.problems("London boroughs", d("66.5"), null, null, null, "Letter of July 2026"));
    }

    @Test
    void percentagesOutsideNoughtToAHundredOrOverPreciseAreRefused() {
        List<String> problems = OmbudsmanAverages.problems("County councils", d("101"), null, d("-1"), d("12.25"), "letter");
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("upheldRate: give a percentage from 0 to 100"), problems.get(0));
        assertTrue(problems.get(1).startsWith("complianceRate:"), problems.get(1));
        assertTrue(problems.get(2).startsWith("remediedRate:"), problems.get(2));
    }

    @Test
    void theComparisonTheSourceAndAtLeastOneFigureAreNeeded() {
        List<String> problems = OmbudsmanAverages.problems("Parish councils", null, null, null, null, " ");
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("authorityType: choose the similar authorities"), problems.get(0));
        assertEquals("upheldRate: enter at least one of the letter's averages.", problems.get(1));
        assertTrue(problems.get(2).startsWith("source: say which letter"), problems.get(2));
    }

    @Test
    void upheldPerHundredThousandIsADecimalAsPrinted() {
        assertEquals(List.of("upheldPer100k: give upheld decisions per 100,000 residents as printed, such as 4.6 (0 to 999.99)."),
                OmbudsmanAverages.problems("District councils", null, d("4.625"), null, null, "letter"));
        assertEquals("4.6", OmbudsmanAverages.decimalText(d("4.60")));
        assertEquals("79%", OmbudsmanAverages.percentText(d("79.0")));
    }
}
