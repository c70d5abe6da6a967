package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import uk.gov.council.cs.contacts.Channel;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.servicerequests.ServiceRequestDetails;
import uk.gov.council.cs.servicerequests.ServiceRequestSummary;
import uk.gov.council.cs.servicerequests.ServiceRequests;
import uk.gov.council.cs.services.ServiceCatalogue;
import uk.gov.council.cs.services.ServiceSummary;

/** Log a service request: the service, how it came in and what was asked; its first deadline in the banner. */
@Named
@ViewScoped
public class ServiceRequestForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PURPOSE = "single customer view: log a service request";

    @EJB
    private transient ServiceRequests serviceRequests;
    @EJB
    private transient ServiceCatalogue catalogue;
    @Inject
    private ResidentRecord record;
    @Inject
    private CouncilFormat format;

    private List<ServiceSummary> services = List.of();
    private Long serviceId;
    private Channel channel = Channel.TELEPHONE;
    private String description;

    public void open() {
        if (record.isFound()) {
            services = catalogue.aToZ();
        }
    }

    public String log() {
        try {
            ServiceRequestSummary logged = serviceRequests.log(record.getId(), new ServiceRequestDetails(serviceId, channel,
                    description), PURPOSE);
            Messages.doneThenRedirect("Service request " + logged.id() + " logged" + logged.steps().stream()
                    .filter(p -> p.dueBy() != null).findFirst()
                    .map(p -> ": to be " + p.step().done() + " by " + format.day(p.dueBy())).orElse("") + ".");
            return "/residents/view?faces-redirect=true&id=" + record.getId();
        } catch (DetailsRefused e) {
            LinkedHashMap<String, String> words = new LinkedHashMap<>();
            words.put("service", "request:service");
            words.put("channel", "request:channel");
            words.put("asked", "request:description");
            words.put("description", "request:description");
            Messages.refusedAbout(e, words);
            return null;
        }
    }

    public List<ServiceSummary> getServices() {
        return services;
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
