package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import uk.gov.council.cs.contacts.AvoidableContactReason;
import uk.gov.council.cs.contacts.Channel;
import uk.gov.council.cs.contacts.ContactDetails;
import uk.gov.council.cs.contacts.ContactLog;
import uk.gov.council.cs.contacts.ContactType;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.services.ServiceCatalogue;
import uk.gov.council.cs.services.ServiceSummary;

/** Log a contact: what the resident got in touch about and how it ended; back to their overview with a banner. */
@Named
@ViewScoped
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PURPOSE = "single customer view: log a contact";

    @EJB
    private transient ContactLog contacts;
    @EJB
    private transient ServiceCatalogue catalogue;
    @Inject
    private ResidentRecord record;
    @Inject
    private ContactClock clock;

    private List<ServiceSummary> services = List.of();
    private Channel channel = Channel.TELEPHONE;
    private ContactType contactType = ContactType.TRANSACTION;
    private Long serviceId;
    private String reason;
    private String outcome;
    private boolean resolvedAtFirstPoint = true;
    private boolean avoidable;
    private AvoidableContactReason avoidableReason;
    private Integer minutes;
    private Integer waitedSeconds;

    public void open() {
        if (record.isFound()) {
            services = catalogue.aToZ();
        }
    }

    public String log() {
        long id = record.getId();
        // The contact ends now; it began when the record was first opened unless the adviser says how long it took.
        Instant ended = Instant.now();
        Instant started = minutes != null ? ended.minus(Duration.ofMinutes(Math.max(0, minutes))) : clock.startedWith(id);
        try {
            contacts.log(id, new ContactDetails(channel, contactType, serviceId, reason, outcome, resolvedAtFirstPoint,
                    avoidable, avoidable ? avoidableReason : null, started, ended, waitedSeconds), PURPOSE);
        } catch (DetailsRefused e) {
            Messages.refusedAbout(e, fields());
            return null;
        }
        clock.logged(id);
        Messages.doneThenRedirect("Contact logged.");
        return "/residents/view?faces-redirect=true&id=" + id;
    }

    private static LinkedHashMap<String, String> fields() {
        LinkedHashMap<String, String> words = new LinkedHashMap<>();
        words.put("wait", "contact:waited");
        words.put("avoidable", "contact:avoidableReason");
        words.put("channel", "contact:channel");
        words.put("type of contact", "contact:type");
        words.put("service", "contact:service");
        words.put("reason", "contact:reason");
        words.put("outcome", "contact:outcome");
        words.put("start", "contact:minutes");
        words.put("hours", "contact:minutes");
        return words;
    }

    public List<ServiceSummary> getServices() {
        return services;
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public ContactType[] getContactTypes() {
        return ContactType.values();
    }

    public AvoidableContactReason[] getAvoidableReasons() {
        return AvoidableContactReason.values();
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public ContactType getContactType() {
        return contactType;
    }

    public void setContactType(ContactType contactType) {
        this.contactType = contactType;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public boolean isResolvedAtFirstPoint() {
        return resolvedAtFirstPoint;
    }

    public void setResolvedAtFirstPoint(boolean resolvedAtFirstPoint) {
        this.resolvedAtFirstPoint = resolvedAtFirstPoint;
    }

    public boolean isAvoidable() {
        return avoidable;
    }

    public void setAvoidable(boolean avoidable) {
        this.avoidable = avoidable;
    }

    public AvoidableContactReason getAvoidableReason() {
        return avoidableReason;
    }

    public void setAvoidableReason(AvoidableContactReason avoidableReason) {
        this.avoidableReason = avoidableReason;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public Integer getWaitedSeconds() {
        return waitedSeconds;
    }

    public void setWaitedSeconds(Integer waitedSeconds) {
        this.waitedSeconds = waitedSeconds;
    }
}
