package uk.gov.council.cs.equality;

/** Religion or belief (Census 2021). "Any other religion" may be written in. */
public enum Religion implements EqualityAnswer {
    NO_RELIGION("No religion"),
    CHRISTIAN("Christian"),
    BUDDHIST("Buddhist"),
    HINDU("Hindu"),
    JEWISH("Jewish"),
    MUSLIM("Muslim"),
    SIKH("Sikh"),
    OTHER("Any other religion"),
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    Religion(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
