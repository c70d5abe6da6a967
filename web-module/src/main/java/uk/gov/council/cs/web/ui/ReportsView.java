package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import uk.gov.council.cs.warehouse.LoadResult;
import uk.gov.council.cs.warehouse.WarehouseLoad;

@Named
@RequestScoped
public class ReportsView {

    @EJB
    private WarehouseLoad warehouse;

    public void loadWarehouse() {
        LoadResult result = warehouse.loadToday();
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                "Warehouse refreshed: " + result.residents() + " residents in " + result.areas() + " postcode districts.", null));
    }
}
