package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.council.cs.contacts.Channel;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.servicerequests.PublishedStandards;
import uk.gov.council.cs.servicerequests.StandardDetails;
import uk.gov.council.cs.servicerequests.Step;
import uk.gov.council.cs.services.ServiceCatalogue;
import uk.gov.council.cs.services.ServiceSummary;

/**
 * The administrator's service standards: what is published, publishing a new one and withdrawing
 * one. A target is working days for a request's steps and seconds for answering calls and webchats.
 * Choices arrive as strings (JSF does not type a map's values), and are read back here.
 */
@Named
@ViewScoped
public class StandardsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient PublishedStandards standards;

    @EJB
    private transient ServiceCatalogue catalogue;

    private List<PublishedStandards.Standard> published;
    private List<ServiceSummary> services;
    private String description;
    private String serviceId;
    private String channel;
    private String step = Step.ACKNOWLEDGE.name();
    private Integer target;

    public void load() {
        published = standards.all();
        if (services == null) {
            services = catalogue.aToZ();
        }
    }

    public void publish() {
        Step chosen = Step.valueOf(step);
        Long service = serviceId == null || serviceId.isBlank() ? null : Long.valueOf(serviceId);
        Channel on = channel == null || channel.isBlank() ? null : Channel.valueOf(channel);
        StandardDetails details = StandardDetails.withTarget(service, on, chosen, target == null ? -1 : target, description);
        try {
            PublishedStandards.Standard standard = standards.publish(details);
            Messages.done("Published \"" + standard.details().description() + "\". It applies to what is received from now on.");
            description = null;
            target = null;
            load();
        } catch (DetailsRefused e) {
            Messages.refused(e);
        }
    }

    public void withdraw(long id) {
        try {
            standards.withdraw(id);
            Messages.done("The standard is withdrawn. What was received under it keeps its dates and targets.");
        } catch (NotFound e) {
            Messages.done("That standard had already been withdrawn.");
        }
        load();
    }

    public String stepLabel(Step s) {
        return s == Step.ANSWER ? "Answer a call or webchat (seconds)" : capitalised(s.name().toLowerCase()) + " a request (working days)";
    }

    public Map<String, String> getSteps() {
        Map<String, String> steps = new LinkedHashMap<>();
        for (Step s : Step.values()) {
            steps.put(stepLabel(s), s.name());
        }
        return steps;
    }

    public Map<String, String> getChannels() {
        Map<String, String> channels = new LinkedHashMap<>();
        channels.put("Every channel", "");
        for (Channel c : Channel.values()) {
            channels.put(c.label(), c.name());
        }
        return channels;
    }

    public Map<String, String> getServices() {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("Every service", "");
        services.stream().filter(ServiceSummary::active).forEach(s -> choices.put(s.name(), Long.toString(s.id())));
        return choices;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    public List<PublishedStandards.Standard> getPublished() {
        return published;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getServiceId() {
        return serviceId;
    }

    public void setServiceId(String serviceId) {
        this.serviceId = serviceId;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public Integer getTarget() {
        return target;
    }

    public void setTarget(Integer target) {
        this.target = target;
    }
}
