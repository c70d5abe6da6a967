package uk.gov.council.cs.reports.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.reports.assessment.OmbudsmanAverages;
import uk.gov.council.cs.reports.content.FigureTable;

/** The Ombudsman's letter table sets the council's own figures beside the averages an administrator entered. */
class LgscoLetterAveragesTest {

    // 10 decisions: 2 not for us, 3 assessed and closed, 4 upheld (1 remedied by the council first), 1 not upheld;
    // 4 recommendations, 3 complied with; 12 complaints and enquiries referred.
    private static final OmbudsmanFigures.Decisions DECISIONS = new OmbudsmanFigures.Decisions("LGSCO",
            uk.gov.council.cs.reports.schedule.ReportPeriod.parse("2025-26"), Map.of("Referred back for local resolution", 2L,
            "Closed after initial enquiries", 3L, "Upheld", 4L, "Not upheld", 1L), 1, 4, 3, 12);

    private static String column(FigureTable t, String row, int column) {
        return t.rows().stream().filter(r -> r.label().equals(row)).findFirst().orElseThrow().cells().get(column).text();
    }

    @Test
    void theAveragesStandBesideTheCouncilsFiguresUnderTheComparisonsName() {
        OmbudsmanAverages averages = new OmbudsmanAverages("Unitary authorities", new BigDecimal("79"), new BigDecimal("4.6"),
                new BigDecimal("100"), null, "Letter of 17 July 2026", 1, Instant.EPOCH, "admin");
        FigureTable t = new OmbudsmanFigures(null).lgscoLetter(DECISIONS, 200_000L, averages);
        assertEquals("Unitary authorities", t.headings().get(2));
        assertEquals("80.0%", column(t, "Upheld rate (of investigations)", 0));
        assertEquals("79%", column(t, "Upheld rate (of investigations)", 1));
        assertEquals("2.0", column(t, "Upheld decisions per 100,000 residents", 0));
        assertEquals("4.6", column(t, "Upheld decisions per 100,000 residents", 1));
        assertEquals("75.0%", column(t, "Compliance with recommendations", 0));
        assertEquals("100%", column(t, "Compliance with recommendations", 1));
        assertEquals("not given", column(t, "Satisfactory remedy provided by the council first (of upheld)", 1));
        assertTrue(t.note().contains("Letter of 17 July 2026"), t.note());
    }

    @Test
    void withoutAveragesTheColumnSaysNotEntered() {
        FigureTable t = new OmbudsmanFigures(null).lgscoLetter(DECISIONS, 200_000L, null);
        assertEquals("Similar authorities", t.headings().get(2));
        assertEquals("not entered", column(t, "Upheld rate (of investigations)", 1));
        assertTrue(t.note().contains("have not been entered"), t.note());
    }
}
