package uk.gov.council.cs.reports;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import uk.gov.council.cs.security.Roles;

/** The borough profile PDF, filled from the warehouse (never from the operational tables). */
@Stateless
@RolesAllowed({Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR, Roles.EQUALITY_OFFICER, Roles.COMPLAINTS_OFFICER})
public class BoroughProfileReport {

    public static final String TEMPLATE = "borough-profile";

    @Resource(lookup = "java:jboss/datasources/CouncilDS")
    private DataSource dataSource;

    @EJB
    private ReportTemplates templates;

    public byte[] renderPdf() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("CouncilName", System.getProperty("council.name", "Borough Council"));
        try (Connection c = dataSource.getConnection()) {
            JasperPrint print = JasperFillManager.fillReport(templates.get(TEMPLATE), parameters, c);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
            exporter.exportReport();
            return pdf.toByteArray();
        } catch (SQLException | JRException e) {
            throw new IllegalStateException("The borough profile could not be produced: " + e.getMessage(), e);
        }
    }
}
