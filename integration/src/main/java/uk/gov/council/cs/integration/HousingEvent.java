package uk.gov.council.cs.integration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.gov.council.cs.backoffice.BackOfficeEvent;
import uk.gov.council.cs.backoffice.Feed;
import uk.gov.council.cs.residents.ReferenceSystem;
import uk.gov.council.cs.workingdays.CouncilTime;

/**
 * An event from the housing management system on the {@code HousingEvents} queue: a repair
 * reported, given an appointment, completed or cancelled, or a tenancy's rent arrears moving to
 * another stage. JSON, for example:
 * <pre>{"eventId":"HMS-REP-000123-1","type":"repair-reported","occurredAt":"2026-12-04T09:30:00Z",
 *  "uprn":"100021234567","tenancyReference":"TEN-001234","repairReference":"R-55501",
 *  "priority":"emergency","sorCode":"603001","description":"Leak under the kitchen sink"}</pre>
 * Fields the council does not use are ignored, so the sender can add fields without breaking us.
 * Numbers may be sent as JSON numbers or strings.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HousingEvent(String eventId, String type, String occurredAt, String uprn, String tenancyReference,
                           String repairReference, String priority, String sorCode, String appointmentAt, String description,
                           String arrearsStage) {

    /** The service in the council's service list that repairs belong to. */
    static final String REPAIRS_SERVICE = "Housing repairs";

    private static final DateTimeFormatter APPOINTMENT = DateTimeFormatter.ofPattern("EEE d MMM yyyy 'at' HH:mm", Locale.UK);

    enum Type implements EventFields.Worded {
        REPAIR_REPORTED, REPAIR_APPOINTMENT_MADE, REPAIR_COMPLETED, REPAIR_CANCELLED, ARREARS_STAGE_CHANGED;

        boolean repair() {
            return this != ARREARS_STAGE_CHANGED;
        }
    }

    enum Priority implements EventFields.Worded { EMERGENCY, URGENT, ROUTINE }

    /** Every reason the event cannot be applied as sent; empty when it can. */
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
        Instant at = f.instant("occurredAt", occurredAt, true);
        Long property = f.uprn("uprn", uprn, false);
        String tenancy = f.key("tenancyReference", tenancyReference, 50, false);
        // The tenancy's tenants when it is named; the people at the property only for a repair that names no tenancy.
        // Rent arrears concern the tenancy alone: never the others who live there.
        Long reach = t.repair() && tenancy == null ? property : null;
        return new BackOfficeEvent(Feed.HOUSING_EVENTS, eventId.strip(), t.word(), at, ReferenceSystem.HOUSING_TENANCY, tenancy,
                reach, t.repair() ? REPAIRS_SERVICE : null, summary(t, f));
    }

    private EventFields check() {
        EventFields f = new EventFields();
        f.key("eventId", eventId, BackOfficeEvent.MAX_EVENT_ID, true);
        Type t = f.oneOf("type", type, Type.class, true);
        f.instant("occurredAt", occurredAt, true);
        Long property = f.uprn("uprn", uprn, false);
        String tenancy = f.key("tenancyReference", tenancyReference, 50, t == Type.ARREARS_STAGE_CHANGED);
        f.key("repairReference", repairReference, 30, t != null && t.repair());
        f.oneOf("priority", priority, Priority.class, t == Type.REPAIR_REPORTED);
        f.key("sorCode", sorCode, 20, false);
        f.instant("appointmentAt", appointmentAt, t == Type.REPAIR_APPOINTMENT_MADE);
        f.line("description", description, 200, false);
        f.line("arrearsStage", arrearsStage, 60, t == Type.ARREARS_STAGE_CHANGED);
        if (t != null && t.repair() && property == null && tenancy == null && blank(uprn) && blank(tenancyReference)) {
            f.problem("A repair names its property: send uprn, tenancyReference or both.");
        }
        return f;
    }

    private String summary(Type t, EventFields f) {
        String repair = t.repair() ? "Repair " + repairReference.strip() : null;
        String words = description == null || description.isBlank() ? "" : ": " + description.strip();
        return switch (t) {
            case REPAIR_REPORTED -> repair + " reported (" + f.oneOf("priority", priority, Priority.class, true).word()
                    + (blank(sorCode) ? "" : "; SOR " + sorCode.strip()) + ")" + words;
            case REPAIR_APPOINTMENT_MADE -> repair + ": appointment on "
                    + APPOINTMENT.format(f.instant("appointmentAt", appointmentAt, true).atZone(CouncilTime.ZONE)) + words;
            case REPAIR_COMPLETED -> repair + " completed" + words;
            case REPAIR_CANCELLED -> repair + " cancelled" + words;
            case ARREARS_STAGE_CHANGED -> "Rent arrears on tenancy " + tenancyReference.strip() + " now at stage: " + arrearsStage.strip();
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
