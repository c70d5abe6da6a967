package uk.gov.council.cs.residents;

/** How a resident needs the council to communicate with them; shown as an alert to every adviser. */
public enum CommunicationNeed {
    LARGE_PRINT("Large print"),
    BRITISH_SIGN_LANGUAGE("British Sign Language"),
    EASY_READ("Easy read"),
    BRAILLE("Braille"),
    AUDIO("Audio"),
    TEXT_RELAY("Text relay for telephone calls"),
    HEARING_LOOP("Hearing loop at face-to-face appointments");

    private final String label;

    CommunicationNeed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
