package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.workingdays.WorkingDays;

/** The administrator's working-day calendar: a year's holidays and closures, adding and removing closures, importing GOV.UK's file. */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient WorkingDays workingDays;

    @jakarta.inject.Inject
    private CouncilFormat councilFormat;

    private int year = LocalDate.now().getYear();
    private WorkingDays.Year shown;
    private DateEntry day = new DateEntry();
    private String reason;
    private String file;

    public void load() {
        shown = workingDays.year(year);
    }

    public void close() {
        String problem = day.problem("The day the council is closed");
        if (problem != null || day.isBlank()) {
            Messages.fieldProblem("calendar:closedOn:day", problem != null ? problem : "Enter the day the council is closed");
            return;
        }
        try {
            workingDays.close(day.date(), reason);
            Messages.done("The council is closed on " + councilFormat.day(day.date()) + "; deadlines started from now on skip it.");
            day = new DateEntry();
            reason = null;
            load();
        } catch (DetailsRefused e) {
            Messages.refused(e);
        }
    }

    public void removeClosure(LocalDate closed) {
        try {
            workingDays.removeClosure(closed);
            Messages.done("The closure on " + councilFormat.day(closed) + " is removed.");
            load();
        } catch (NotFound e) {
            load();
        }
    }

    public void importFile() {
        try {
            WorkingDays.Imported imported = workingDays.importBankHolidays(file);
            Messages.done("Imported " + imported.holidays() + " bank holidays, replacing the years " + imported.yearsReplaced() + ".");
            file = null;
            load();
        } catch (DetailsRefused e) {
            Messages.refused(e);
        }
    }

    public WorkingDays.Year getShown() {
        return shown;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public DateEntry getDay() {
        return day;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getFile() {
        return file;
    }

    public void setFile(String file) {
        this.file = file;
    }
}
