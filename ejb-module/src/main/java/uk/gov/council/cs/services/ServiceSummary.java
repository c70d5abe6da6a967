package uk.gov.council.cs.services;

/** A service as lists and the API show it. */
public record ServiceSummary(long id, Integer lgslId, String name, boolean local, boolean active) {

    static ServiceSummary of(Service s) {
        return new ServiceSummary(s.getId(), s.getLgslId(), s.getName(), s.isLocal(), s.isActive());
    }

    /** The letter the service is listed under in the A-Z. */
    public String initial() {
        char c = Character.toUpperCase(name.charAt(0));
        return Character.isLetter(c) ? String.valueOf(c) : "#";
    }
}
