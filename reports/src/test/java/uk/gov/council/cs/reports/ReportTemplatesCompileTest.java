package uk.gov.council.cs.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.Test;

/** A template that does not compile is found by the build, not by a senior manager. */
class ReportTemplatesCompileTest {
    @Test
    void theBoroughProfileCompiles() {
        JasperReport report = new ReportTemplates().get(BoroughProfileReport.TEMPLATE);
        assertNotNull(report);
        assertEquals("borough-profile", report.getName());
    }
}
