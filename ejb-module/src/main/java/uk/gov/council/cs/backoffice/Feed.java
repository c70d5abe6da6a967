package uk.gov.council.cs.backoffice;

/**
 * A feed of records from a back-office system: where its records arrive, the timeline kind its
 * events become, and the name a member of staff reads for the system that sent them.
 */
public enum Feed {
    HOUSING_EVENTS("HousingEvents", "housing-event", "Housing system", "housing-feed"),
    BENEFITS_EVENTS("BenefitsEvents", "benefits-event", "Benefits system", "benefits-feed");

    private final String queue;
    private final String timelineKind;
    private final String systemName;
    private final String job;

    Feed(String queue, String timelineKind, String systemName, String job) {
        this.queue = queue;
        this.timelineKind = timelineKind;
        this.systemName = systemName;
        this.job = job;
    }

    /** The queue on the server's broker the system sends to. */
    public String queue() {
        return queue;
    }

    /** Where a rejected record from this feed came from, as the rejected-records store names it. */
    public String source() {
        return "queue:" + queue;
    }

    public String timelineKind() {
        return timelineKind;
    }

    public String systemName() {
        return systemName;
    }

    /** Who the feed is in the audit trail. */
    public String job() {
        return job;
    }

    /** The feed whose queue has this name, as the sending systems know it. */
    public static java.util.Optional<Feed> ofQueue(String queue) {
        for (Feed feed : values()) {
            if (feed.queue.equals(queue)) {
                return java.util.Optional.of(feed);
            }
        }
        return java.util.Optional.empty();
    }

    public static java.util.Optional<Feed> fromSource(String source) {
        for (Feed feed : values()) {
            if (feed.source().equals(source)) {
                return java.util.Optional.of(feed);
            }
        }
        return java.util.Optional.empty();
    }
}
