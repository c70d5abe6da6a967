package uk.gov.council.cs.reports.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.reports.content.CommitteeReport;
import uk.gov.council.cs.reports.content.FigureTable;
import uk.gov.council.cs.reports.content.ReportKind;
import uk.gov.council.cs.reports.content.Section;
import uk.gov.council.cs.reports.schedule.ReportPeriod;

/** A figure is found by its table, row and column as the report prints them, and carries the records it counts. */
class FigureFindingTest {

    private static CommitteeReport report() {
        ReportPeriod q2 = ReportPeriod.parse("2026-27-Q2");
        FigureTable contacts = new FigureTable("Contacts by channel", List.of("Channel", "Q2 2026-27"), List.of(
                FigureTable.Row.of("Telephone", FigureTable.Cell.count(3).tracedTo(ContactFigures.channelTrace("Telephone", q2))),
                FigureTable.Row.of("% by phone", FigureTable.Cell.percent(0.5))), null);
        return new CommitteeReport(ReportKind.QUARTERLY_PERFORMANCE, "Demo", "Q2", "2026-27-Q2", LocalDate.of(2026, 10, 1),
                List.of(), List.of(new Section("Contacts", null, List.of(contacts), List.of())), List.of(), false);
    }

    @Test
    void aCountIsFoundWithTheConditionItWasCountedBy() {
        FigureTable.Cell cell = FigureRecords.find(report(), "Contacts by channel", "Telephone", "Q2 2026-27").orElseThrow();
        assertEquals("3", cell.text());
        assertEquals("contacts", cell.trace().records());
        assertEquals("f.date_key BETWEEN ? AND ? AND ch.label = ?", cell.trace().condition());
        assertEquals(List.of(20260701, 20260930, "Telephone"), cell.trace().parameters());
        assertTrue(!cell.trace().specialCategory());
    }

    @Test
    void aShareHasNoTraceAndAnUnknownFigureIsNotFound() {
        assertEquals(null, FigureRecords.find(report(), "Contacts by channel", "% by phone", "Q2 2026-27").orElseThrow().trace());
        assertTrue(FigureRecords.find(report(), "Contacts by channel", "Telephone", "Channel").isEmpty(), "the row labels' column is no figure");
        assertTrue(FigureRecords.find(report(), "Contacts by type", "Telephone", "Q2 2026-27").isEmpty());
    }

    @Test
    void peopleAreListedOncePerPerson() {
        String sql = RecordList.PEOPLE.listing("f.date_key BETWEEN ? AND ?");
        assertTrue(sql.contains(" GROUP BY res.person_id ORDER BY MIN(f.date_key) DESC"), sql);
        assertTrue(RecordList.PEOPLE.counting("1 = 1").startsWith("SELECT COUNT(DISTINCT res.person_id)"));
        assertTrue(RecordList.CONTACTS.counting("1 = 1").startsWith("SELECT COUNT(*)"));
    }
}
