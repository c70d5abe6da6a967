package uk.gov.council.cs.reports;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * Compiles each report template once (about two seconds) and keeps it: later renders only fill
 * and export. Templates are the {@code .jrxml} files under {@code reports/} in this module.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class ReportTemplates {

    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    /** Called by the report EJBs of this module, which hold the roles. */
    public JasperReport get(String name) {
        return compiled.computeIfAbsent(name, ReportTemplates::compile);
    }

    private static JasperReport compile(String name) {
        String path = "reports/" + name + ".jrxml";
        try (InputStream in = ReportTemplates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("There is no report template " + path);
            }
            return JasperCompileManager.compileReport(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("Report template " + path + " does not compile: " + e.getMessage(), e);
        }
    }
}
