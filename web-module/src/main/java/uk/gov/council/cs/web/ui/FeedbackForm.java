package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.gov.council.cs.services.ServiceCatalogue;
import uk.gov.council.cs.services.ServiceSummary;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import uk.gov.council.cs.complaints.ComplaintCategory;
import uk.gov.council.cs.complaints.ComplaintViews;
import uk.gov.council.cs.complaints.Complaints;
import uk.gov.council.cs.complaints.FeedbackDetails;
import uk.gov.council.cs.complaints.FeedbackKind;
import uk.gov.council.cs.contacts.Channel;
import uk.gov.council.cs.refusals.DetailsRefused;

/** "Have your say": a comment, compliment or complaint logged for the resident in a few keystrokes; back to their overview with its reference. */
@Named
@ViewScoped
public class FeedbackForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PURPOSE = "single customer view: feedback";

    @EJB
    private transient Complaints complaints;

    private FeedbackKind kind = FeedbackKind.COMPLAINT;
    private Channel channel = Channel.TELEPHONE;
    private Long serviceId;
    private ComplaintCategory category;
    private String summary;
    private String contractor;
    private uk.gov.council.cs.complaints.Ombudsman ombudsman = uk.gov.council.cs.complaints.Ombudsman.LGSCO;
    private List<ServiceSummary> services = List.of();

    @EJB
    private transient ServiceCatalogue catalogue;
    @Inject
    private ResidentRecord record;

    public void open() {
        if (record.isFound()) {
            services = catalogue.aToZ();
        }
    }

    public String log() {
        long residentId = record.getId();
        try {
            ComplaintViews.Logged logged = complaints.log(residentId, new FeedbackDetails(kind, channel, serviceId, summary,
                    contractor, kind == FeedbackKind.COMPLAINT ? category : null, Set.of(), Set.of(), null,
                    kind == FeedbackKind.COMPLAINT ? ombudsman : null, null, null, null, null), PURPOSE);
            Messages.doneThenRedirect(kind.label() + " " + logged.reference() + " logged."
                    + (kind == FeedbackKind.COMPLAINT ? " The complaints team will acknowledge it." : ""));
            return "/residents/view?faces-redirect=true&id=" + residentId;
        } catch (DetailsRefused e) {
            java.util.LinkedHashMap<String, String> words = new java.util.LinkedHashMap<>();
            words.put("kind of feedback", "feedback:kind");
            words.put("channel", "feedback:channel");
            words.put("summary", "feedback:summary");
            words.put("contractor", "feedback:contractor");
            words.put("category", "feedback:category");
            words.put("service", "feedback:service");
            Messages.refusedAbout(e, words);
            return null;
        }
    }

    public List<ServiceSummary> getServices() {
        return services;
    }

    public FeedbackKind[] getKinds() {
        return new FeedbackKind[] {FeedbackKind.COMPLAINT, FeedbackKind.COMMENT, FeedbackKind.COMPLIMENT};
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public ComplaintCategory[] getCategories() {
        return ComplaintCategory.values();
    }

    public uk.gov.council.cs.complaints.Ombudsman[] getOmbudsmen() {
        return uk.gov.council.cs.complaints.Ombudsman.values();
    }

    public uk.gov.council.cs.complaints.Ombudsman getOmbudsman() {
        return ombudsman;
    }

    public void setOmbudsman(uk.gov.council.cs.complaints.Ombudsman ombudsman) {
        this.ombudsman = ombudsman;
    }

    public FeedbackKind getKind() {
        return kind;
    }

    public void setKind(FeedbackKind kind) {
        this.kind = kind;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    public void setCategory(ComplaintCategory category) {
        this.category = category;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getContractor() {
        return contractor;
    }

    public void setContractor(String contractor) {
        this.contractor = contractor;
    }
}
