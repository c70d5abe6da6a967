package uk.gov.council.cs.dataprotection;

import java.util.Map;

/**
 * Where each table holding data about a resident goes in the subject access export, and the tables
 * deliberately left out, with why. A unit test reads the schema's migrations and fails when a table
 * about a resident is in neither list, so a new table cannot be forgotten.
 */
public final class PersonalData {

    /** Table, and the part of {@link SubjectAccessExport} that carries it. */
    public static final Map<String, String> EXPORTED = Map.ofEntries(
            Map.entry("resident", "person, mergedRecords"),
            Map.entry("resident_previous_name", "person.previousNames"),
            Map.entry("resident_phone", "person.phones"),
            Map.entry("resident_email", "person.emails"),
            Map.entry("resident_address_history", "person.pastAddresses"),
            Map.entry("resident_communication_need", "person.communicationNeeds"),
            Map.entry("resident_vulnerability", "person.vulnerabilities"),
            Map.entry("resident_reference", "person.references"),
            Map.entry("contact", "contacts"),
            Map.entry("timeline_entry", "timeline"),
            Map.entry("resident_merge", "merges"),
            Map.entry("service_request", "serviceRequests"),
            Map.entry("feedback", "feedback, complaints"),
            Map.entry("complaint", "complaints"),
            Map.entry("complaint_other_service", "complaints.otherServices"),
            Map.entry("complaint_involved_staff", "complaints.involvedStaff"),
            Map.entry("complaint_stage", "complaints.stages"),
            Map.entry("complaint_step", "complaints.clocks"),
            Map.entry("complaint_remedy", "complaints.remedies"),
            Map.entry("complaint_action", "complaints.actions"),
            Map.entry("complaint_letter", "complaints.letters"),
            Map.entry("complaint_history", "complaints.history"),
            Map.entry("complaint_adjustment", "complaints.adjustments"),
            Map.entry("ombudsman_case", "complaints.ombudsmanCases"),
            Map.entry("ombudsman_item", "complaints.ombudsmanCases.items"),
            Map.entry("contact_restriction", "contactRestrictions"),
            Map.entry("restriction_review", "contactRestrictions.reviews"),
            Map.entry("equality_questionnaire", "equalityMonitoring"),
            Map.entry("equality_consent_withdrawal", "equalityConsentWithdrawals"),
            Map.entry("audit_event", "accessLog"));

    /** Table, and why it is not in the export. */
    public static final Map<String, String> NOT_EXPORTED = Map.of(
            "identity_review", "A pair awaiting review names another person's record, which cannot be disclosed to this one;"
                    + " what was decided about the resident's own records is exported as merges.");

    private PersonalData() {
    }
}
