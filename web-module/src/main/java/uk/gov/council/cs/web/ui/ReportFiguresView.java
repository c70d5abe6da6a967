package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.reports.ReportFigureRecords;
import uk.gov.council.cs.reports.content.CommitteeReport;
import uk.gov.council.cs.reports.content.FigureTable;

/**
 * A committee report's figures on screen, each count a link to the records behind it; and those records,
 * each opening its own page where the member of staff may open it. Equality figures link only for the
 * equality officer: for everyone else they are published in aggregate only.
 */
@Named
@RequestScoped
public class ReportFiguresView {

    @EJB
    private ReportFigureRecords figureRecords;

    @Inject
    private StaffSession staff;

    private String report;
    private String period;
    private String table;
    private String row;
    private String column;
    private CommitteeReport content;
    private ReportFigureRecords.FigureRecordsView records;
    private Boolean specialCategory;

    public void loadFigures() {
        try {
            content = figureRecords.figures(report, period);
        } catch (DetailsRefused e) {
            Messages.refused(e);
        }
    }

    public void loadRecords() {
        try {
            records = figureRecords.records(report, period, table, row, column, 500);
        } catch (NotFound e) {
            Messages.refused(new DetailsRefused("There is no such figure in the report.", java.util.List.of(e.getMessage())));
        } catch (DetailsRefused e) {
            Messages.refused(e);
        }
    }

    /** Whether this figure links to its records for the person looking. */
    public boolean linked(FigureTable.Cell cell) {
        if (cell.trace() == null) {
            return false;
        }
        if (!cell.trace().specialCategory()) {
            return true;
        }
        if (specialCategory == null) {
            specialCategory = figureRecords.maySeeSpecialCategory();
        }
        return specialCategory;
    }

    /** The page that opens a listed record, if the person looking may open it. */
    public String recordPage() {
        String page = records == null ? null : records.records().page();
        return page != null && staff.isMayUseComplaints() ? page : null;
    }

    public CommitteeReport getContent() {
        return content;
    }

    public ReportFigureRecords.FigureRecordsView getRecords() {
        return records;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getTable() {
        return table;
    }

    public void setTable(String table) {
        this.table = table;
    }

    public String getRow() {
        return row;
    }

    public void setRow(String row) {
        this.row = row;
    }

    public String getColumn() {
        return column;
    }

    public void setColumn(String column) {
        this.column = column;
    }
}
