package uk.gov.council.cs.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.gov.council.cs.equality.BoroughPopulation;
import uk.gov.council.cs.equality.CensusTable;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.warehouse.FactLoadReport;
import uk.gov.council.cs.warehouse.StarSchemaLoad;

/**
 * The administrators' page of the reporting warehouse: each load with its reconciliation (a month
 * that does not agree is shown with both counts), loading now or rebuilding, and the borough's
 * population from ONS's Census tables.
 */
@Named
@ViewScoped
public class WarehouseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient StarSchemaLoad load;

    @EJB
    private transient BoroughPopulation population;

    private List<FactLoadReport> loads;
    private transient Part censusFile;

    /** One Census table as held: its title, the area and how many people it counts, when imported. */
    public record CensusHeld(CensusTable table, String title, String area, long residents, String importedAt) {
    }

    @PostConstruct
    void open() {
        loads = load.history(20);
    }

    public void loadChanges() {
        show(load.loadChanges());
    }

    public void rebuild() {
        show(load.rebuild());
    }

    private void show(FactLoadReport report) {
        loads = load.history(20);
        if ("SUCCEEDED".equals(report.status())) {
            Messages.done("Load " + report.id() + " finished: " + report.rowsCopied() + " fact rows copied, "
                    + report.rowsRemoved() + " removed. " + report.detail());
        } else {
            Messages.refused(new DetailsRefused("Load " + report.id() + " failed.", List.of(report.detail())));
        }
    }

    public void importCensus() {
        if (censusFile == null || censusFile.getSize() == 0) {
            Messages.refused(new DetailsRefused("Nothing was imported.", List.of("Choose the Census file to import.")));
            return;
        }
        try (InputStream in = censusFile.getInputStream()) {
            BoroughPopulation.ImportReport report = population.importCensus(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Messages.done("Imported " + report.describe());
        } catch (DetailsRefused e) {
            Messages.refused(e);
        } catch (IOException | EJBException e) {
            Messages.refused(new DetailsRefused("Nothing was imported.", List.of("The file could not be read.")));
        }
    }

    public List<FactLoadReport> getLoads() {
        return loads;
    }

    public List<CensusHeld> getCensus() {
        Map<CensusTable, CensusHeld> held = new TreeMap<>();
        for (BoroughPopulation.Figure f : population.figures()) {
            if (f.kind() == CensusTable.Column.Kind.TOTAL) {
                held.put(f.table(), new CensusHeld(f.table(), f.table().title(), f.areaName() + " (" + f.areaCode() + ")",
                        f.residents(), CouncilFormat.moment(f.importedAt())));
            }
        }
        return List.copyOf(held.values());
    }

    public String when(FactLoadReport r) {
        return r.startedAt() == null ? "" : CouncilFormat.moment(r.startedAt());
    }

    public Part getCensusFile() {
        return censusFile;
    }

    public void setCensusFile(Part censusFile) {
        this.censusFile = censusFile;
    }
}
