package uk.gov.council.cs.backoffice;

import java.util.Optional;

/**
 * A feed of records from a back-office system: where its records arrive (a queue on the server's
 * broker, or a folder the system drops its extract files in), the timeline kind its records become,
 * and the name a member of staff reads for the system that sent them.
 */
public enum Feed {
    HOUSING_EVENTS(Arrival.QUEUE, "HousingEvents", "housing-event", "Housing system", "housing-feed"),
    BENEFITS_EVENTS(Arrival.QUEUE, "BenefitsEvents", "benefits-event", "Benefits system", "benefits-feed"),
    HOUSING_TENANCIES(Arrival.FOLDER, "housing-tenancies", "housing-event", "Housing system tenancies",
            "housing-tenancies-feed");

    /** How a feed's records reach the council. */
    public enum Arrival {
        QUEUE("queue"), FOLDER("folder");

        private final String word;

        Arrival(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    private final Arrival arrival;
    private final String channel;
    private final String timelineKind;
    private final String systemName;
    private final String job;

    Feed(Arrival arrival, String channel, String timelineKind, String systemName, String job) {
        this.arrival = arrival;
        this.channel = channel;
        this.timelineKind = timelineKind;
        this.systemName = systemName;
        this.job = job;
    }

    public Arrival arrival() {
        return arrival;
    }

    /** The queue on the server's broker the system sends to, or the folder (under the feeds' folder) it drops files in. */
    public String channel() {
        return channel;
    }

    /** Where a rejected record from this feed came from, as the rejected-records store names it. */
    public String source() {
        return arrival.word() + ":" + channel;
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

    /** Where the feeds that arrive as files have their folders: by default council-feeds in the server's data directory. */
    public static final String FOLDERS_SETTING = "council.feeds.folder";

    /** The folder of a feed whose records arrive as files (with its inbox, processing, done and failed folders). */
    public java.nio.file.Path folder() {
        if (arrival != Arrival.FOLDER) {
            throw new IllegalStateException(this + " arrives on a queue, not in a folder.");
        }
        String set = System.getProperty(FOLDERS_SETTING);
        java.nio.file.Path root = set != null && !set.isBlank() ? java.nio.file.Path.of(set)
                : java.nio.file.Path.of(System.getProperty("jboss.server.data.dir", "."), "council-feeds");
        return root.resolve(channel);
    }

    /** Where a file is dropped for the feed to read (with an empty {@code <name>.done} beside it once it is complete). */
    public java.nio.file.Path inbox() {
        return folder().resolve("inbox");
    }

    /** The feed with this queue or folder name, as the sending systems know it. */
    public static Optional<Feed> ofChannel(String channel) {
        for (Feed feed : values()) {
            if (feed.channel.equals(channel)) {
                return Optional.of(feed);
            }
        }
        return Optional.empty();
    }

    public static Optional<Feed> fromSource(String source) {
        for (Feed feed : values()) {
            if (feed.source().equals(source)) {
                return Optional.of(feed);
            }
        }
        return Optional.empty();
    }
}
