package uk.gov.council.cs.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import uk.gov.council.cs.dataprotection.SubjectAccess;
import uk.gov.council.cs.dataprotection.SubjectAccessExport;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.workingdays.CouncilTime;

/** The readable copy of a subject access export: the same lines as the JSON, as a PDF for the person. */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class SubjectAccessReport {

    public static final String TEMPLATE = "subject-access";

    @EJB
    private SubjectAccess subjectAccess;

    @EJB
    private ReportTemplates templates;

    @RolesAllowed(Roles.ADMINISTRATOR)
    public byte[] renderPdf(long residentId, String purpose) {
        SubjectAccessExport export = subjectAccess.export(residentId, purpose);
        List<Map<String, ?>> rows = export.lines().stream()
                .<Map<String, ?>>map(l -> Map.of("section", l.section(), "item", l.item(), "detail", l.detail())).toList();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("CouncilName", System.getProperty("council.name", "Borough Council"));
        parameters.put("PersonName", export.person().fullName());
        parameters.put("ProducedOn", DateTimeFormatter.ofPattern("d MMMM yyyy").format(export.producedAt().atZone(CouncilTime.ZONE)));
        try {
            JasperPrint print = JasperFillManager.fillReport(templates.get(TEMPLATE), parameters,
                    new JRMapCollectionDataSource(rows));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
            exporter.exportReport();
            return pdf.toByteArray();
        } catch (JRException e) {
            // Ids only: the message could quote the person's details.
            throw new IllegalStateException("The subject access PDF for resident " + residentId + " could not be produced", e);
        }
    }
}
