package uk.gov.council.cs.integration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.gov.council.cs.backoffice.BackOfficeEvent;
import uk.gov.council.cs.backoffice.Feed;
import uk.gov.council.cs.residents.ReferenceSystem;

/**
 * A claim's change of status from the benefits system (Housing Benefit and Council Tax Reduction)
 * on the {@code BenefitsEvents} queue. JSON, for example:
 * <pre>{"eventId":"RB-778812-0007","type":"evidence-requested","occurredAt":"2026-12-04T11:05:00Z",
 *  "claimReference":"HB-778812","scheme":"housing-benefit","evidenceDue":"2026-12-18",
 *  "evidence":"Three months of bank statements"}</pre>
 * Fields the council does not use are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BenefitsEvent(String eventId, String type, String occurredAt, String claimReference, String scheme,
                            String evidenceDue, String evidence, String decision, String effectiveFrom, String reason) {

    /** The service in the council's service list that claims belong to. */
    static final String BENEFITS_SERVICE = "Housing Benefit and Council Tax Reduction";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    enum Type implements EventFields.Worded { CLAIM_RECEIVED, EVIDENCE_REQUESTED, CLAIM_DECIDED, CLAIM_SUSPENDED, CLAIM_CANCELLED }

    enum Scheme implements EventFields.Worded {
        HOUSING_BENEFIT("Housing Benefit"), COUNCIL_TAX_REDUCTION("Council Tax Reduction");

        private final String name;

        Scheme(String name) {
            this.name = name;
        }
    }

    enum Decision implements EventFields.Worded { AWARDED, REFUSED }

    public List<String> problems() {
        return check().problems();
    }

    /** The event as the council applies it; call only when {@link #problems()} is empty. */
    public BackOfficeEvent toEvent() {
        EventFields f = check();
        if (!f.ok()) {
            throw new InvalidIntakeMessage(f.problems());
        }
        Type t = f.oneOf("type", type, Type.class, true);
        return new BackOfficeEvent(Feed.BENEFITS_EVENTS, eventId.strip(), t.word(), f.instant("occurredAt", occurredAt, true),
                ReferenceSystem.BENEFITS_CLAIM, claimReference.strip(), null, BENEFITS_SERVICE, summary(t, f));
    }

    private EventFields check() {
        EventFields f = new EventFields();
        f.key("eventId", eventId, BackOfficeEvent.MAX_EVENT_ID, true);
        Type t = f.oneOf("type", type, Type.class, true);
        f.instant("occurredAt", occurredAt, true);
        f.key("claimReference", claimReference, 50, true);
        f.oneOf("scheme", scheme, Scheme.class, true);
        f.date("evidenceDue", evidenceDue, t == Type.EVIDENCE_REQUESTED);
        f.line("evidence", evidence, 150, false);
        f.oneOf("decision", decision, Decision.class, t == Type.CLAIM_DECIDED);
        f.date("effectiveFrom", effectiveFrom, false);
        f.line("reason", reason, 150, false);
        return f;
    }

    private String summary(Type t, EventFields f) {
        String claim = f.oneOf("scheme", scheme, Scheme.class, true).name + " claim " + claimReference.strip();
        String from = blank(effectiveFrom) ? "" : " from " + DAY.format(f.date("effectiveFrom", effectiveFrom, true));
        String because = blank(reason) ? "" : ": " + reason.strip();
        return switch (t) {
            case CLAIM_RECEIVED -> claim + " received";
            case EVIDENCE_REQUESTED -> claim + ": evidence requested by " + DAY.format(f.date("evidenceDue", evidenceDue, true))
                    + (blank(evidence) ? "" : " (" + evidence.strip() + ")");
            case CLAIM_DECIDED -> claim + " decided: " + f.oneOf("decision", decision, Decision.class, true).word() + from + because;
            case CLAIM_SUSPENDED -> claim + " suspended" + from + because;
            case CLAIM_CANCELLED -> claim + " cancelled" + from + because;
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
