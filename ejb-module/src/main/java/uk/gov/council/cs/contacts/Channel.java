package uk.gov.council.cs.contacts;

/** The channels a resident reaches the council by (DOMAIN.md). Recorded on every contact. */
public enum Channel {
    FACE_TO_FACE("Face to face"),
    TELEPHONE("Telephone"),
    WEB("Web (online form)"),
    EMAIL("Email"),
    POST("Post"),
    WEBCHAT("Webchat"),
    SOCIAL_MEDIA("Social media"),
    SMS("SMS");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Calls and webchats: the resident waits to be answered, so answering targets and waits apply. */
    public boolean waitsToBeAnswered() {
        return this == TELEPHONE || this == WEBCHAT;
    }
}
