package uk.gov.council.cs.reports.render;

import java.awt.Image;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import uk.gov.council.cs.reports.content.CommitteeReport;

/**
 * Draws a committee report with JasperReports: filled once, then exported as an accessible PDF
 * (tagged, with its language and title) or as a spreadsheet. Plain Java: the report EJBs pass the
 * compiled templates, the tests call it directly.
 */
public final class ReportDocuments {

    /** The compiled templates: the report itself and the table it draws each table of figures with. */
    public record Templates(JasperReport report, JasperReport table) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ReportDocuments() {
    }

    public static JasperPrint fill(CommitteeReport report, Templates templates, Image logo) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("CouncilName", report.councilName());
        parameters.put("Title", report.kind().title());
        parameters.put("PeriodLabel", report.periodLabel());
        parameters.put("Purpose", report.kind().purpose());
        parameters.put("ProducedOn", DAY.format(report.producedOn()));
        parameters.put("Logo", logo);
        parameters.put("TableTemplate", templates.table());
        // Numbers print as the report's own words do ("1,234", "45.7%"), whatever the server's locale.
        parameters.put(net.sf.jasperreports.engine.JRParameter.REPORT_LOCALE, Locale.UK);
        try {
            JasperPrint print = JasperFillManager.fillReport(templates.report(), parameters,
                    new JRBeanCollectionDataSource(ReportBlock.of(report)));
            print.setName(report.title());
            return print;
        } catch (JRException e) {
            throw new IllegalStateException("The " + report.kind().title() + " could not be drawn: " + e.getMessage(), e);
        }
    }

    /** A tagged PDF in British English whose title is the report's, shown in the reader's title bar. */
    public static byte[] pdf(JasperPrint print) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setTagged(true);
        configuration.setTagLanguage("en-GB");
        configuration.setMetadataTitle(print.getName());
        configuration.setDisplayMetadataTitle(true);
        configuration.setMetadataCreator("Council customer services");
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("The PDF of " + print.getName() + " could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** The same pages as a workbook: figures that read as numbers are numbers; charts are left out. */
    public static byte[] xlsx(JasperPrint print) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JRXlsxExporter exporter = new JRXlsxExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
        configuration.setOnePagePerSheet(false);
        configuration.setRemoveEmptySpaceBetweenRows(true);
        configuration.setRemoveEmptySpaceBetweenColumns(true);
        configuration.setDetectCellType(true);
        configuration.setWhitePageBackground(false);
        configuration.setIgnoreGraphics(true);
        configuration.setSheetNames(new String[] {"Report"});
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("The spreadsheet of " + print.getName() + " could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
