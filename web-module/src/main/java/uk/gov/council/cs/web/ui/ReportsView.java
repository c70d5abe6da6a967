package uk.gov.council.cs.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import uk.gov.council.cs.reports.CommitteeReports;
import uk.gov.council.cs.reports.content.ReportKind;
import uk.gov.council.cs.reports.schedule.ReportPeriod;
import uk.gov.council.cs.warehouse.LoadResult;
import uk.gov.council.cs.warehouse.WarehouseLoad;

/** The Reports page: each committee report the officer may run, for a period they choose, in the format they choose. */
@Named
@RequestScoped
public class ReportsView {

    /** A report on the page: its address in the API, its words and the periods offered (code and label). */
    public record Runnable(String code, String title, String purpose, List<ReportPeriod> periods) {
        public String getCode() {
            return code;
        }

        public String getTitle() {
            return title;
        }

        public String getPurpose() {
            return purpose;
        }

        public List<ReportPeriod> getPeriods() {
            return periods;
        }
    }

    @EJB
    private WarehouseLoad warehouse;

    @EJB
    private CommitteeReports reports;

    @Inject
    private HttpServletRequest request;

    private List<Runnable> runnable;

    @PostConstruct
    void read() {
        runnable = new ArrayList<>();
        for (ReportKind kind : ReportKind.values()) {
            if (mayRun(kind)) {
                runnable.add(new Runnable(kind.code(), kind.title(), kind.purpose(), reports.periodsFor(kind.code())));
            }
        }
    }

    private boolean mayRun(ReportKind kind) {
        return kind.roles().stream().anyMatch(request::isUserInRole);
    }

    public List<Runnable> getReports() {
        return runnable;
    }

    public void loadWarehouse() {
        LoadResult result = warehouse.loadToday();
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                "Warehouse refreshed: " + result.residents() + " residents in " + result.areas() + " postcode districts.", null));
    }
}
