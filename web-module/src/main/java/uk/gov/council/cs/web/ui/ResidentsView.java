package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import uk.gov.council.cs.residents.ResidentService;
import uk.gov.council.cs.residents.ResidentSummary;

/** The residents list: one page at a time from the database, each page audited as read. */
@Named
@ViewScoped
public class ResidentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PURPOSE = "residents list (staff UI)";

    @EJB
    private transient ResidentService residents;

    private final LazyDataModel<ResidentSummary> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, residents.count());
        }

        @Override
        public List<ResidentSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return residents.list(first, pageSize, PURPOSE);
        }

        @Override
        public String getRowKey(ResidentSummary resident) {
            return Long.toString(resident.id());
        }
    };

    public LazyDataModel<ResidentSummary> getResidents() {
        return model;
    }
}
