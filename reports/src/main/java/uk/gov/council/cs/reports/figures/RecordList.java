package uk.gov.council.cs.reports.figures;

import java.util.List;

/**
 * The kinds of warehouse record a figure can count, each listed the same way whatever the figure: its
 * fact with the dimensions a condition may name (fixed aliases), the columns staff see (newest first), and the staff
 * page that opens the record. No column is personal data: the warehouse holds none.
 */
public enum RecordList {

    COMPLAINT_STAGES("complaint-stages", "Complaint stages",
            "warehouse.fact_complaint_stage f"
                    + " LEFT JOIN warehouse.dim_service sv ON sv.service_key = f.service_key"
                    + " LEFT JOIN warehouse.dim_complaint_category cc ON cc.complaint_category_key = f.complaint_category_key"
                    + " LEFT JOIN warehouse.dim_outcome o ON o.outcome_key = f.outcome_key"
                    + " LEFT JOIN warehouse.dim_refusal_reason rr ON rr.refusal_reason_key = f.refusal_reason_key"
                    + " LEFT JOIN warehouse.dim_age_band ab ON ab.age_band_key = f.age_band_key"
                    + " LEFT JOIN warehouse.dim_resident res ON res.resident_id = f.resident_id"
                    + " LEFT JOIN warehouse.dim_equality_profile p ON p.equality_profile_key = res.equality_profile_key",
            List.of(new Column("Complaint", "CAST(f.complaint_id AS VARCHAR(20))", false),
                    new Column("Stage", "CAST(f.stage AS VARCHAR(2))", false),
                    new Column("Received", "CAST(f.received_date_key AS VARCHAR(8))", true),
                    new Column("Acknowledged", "CAST(f.acknowledged_date_key AS VARCHAR(8))", true),
                    new Column("Answered", "CAST(f.responded_date_key AS VARCHAR(8))", true),
                    new Column("Service", "sv.name", false),
                    new Column("Category", "cc.label", false),
                    new Column("Outcome", "COALESCE(o.label, rr.label)", false)),
            "f.received_date_key DESC, f.complaint_id DESC, f.stage", "/complaints/view.xhtml?id="),

    CONTACTS("contacts", "Contacts",
            "warehouse.fact_contact f"
                    + " LEFT JOIN warehouse.dim_service sv ON sv.service_key = f.service_key"
                    + " LEFT JOIN warehouse.dim_channel ch ON ch.channel_key = f.channel_key"
                    + " LEFT JOIN warehouse.dim_contact_type ct ON ct.contact_type_key = f.contact_type_key"
                    + " LEFT JOIN warehouse.dim_avoidable_reason ar ON ar.avoidable_reason_key = f.avoidable_reason_key"
                    + " LEFT JOIN warehouse.dim_age_band ab ON ab.age_band_key = f.age_band_key"
                    + " LEFT JOIN warehouse.dim_resident res ON res.resident_id = f.resident_id"
                    + " LEFT JOIN warehouse.dim_equality_profile p ON p.equality_profile_key = res.equality_profile_key",
            List.of(new Column("Contact", "CAST(f.contact_id AS VARCHAR(20))", false),
                    new Column("Day", "CAST(f.date_key AS VARCHAR(8))", true),
                    new Column("Channel", "ch.label", false),
                    new Column("Type", "ct.label", false),
                    new Column("Service", "sv.name", false),
                    new Column("Resolved at first point", "CASE WHEN f.resolved_first_point THEN 'Yes' ELSE 'No' END", false),
                    new Column("Avoidable", "CASE WHEN f.avoidable THEN COALESCE(ar.label, 'Yes') ELSE 'No' END", false)),
            "f.date_key DESC, f.contact_id DESC", null),

    OMBUDSMAN_CASES("ombudsman-cases", "Ombudsman cases",
            "warehouse.fact_ombudsman_case f"
                    + " JOIN warehouse.dim_ombudsman_decision od ON od.ombudsman_decision_key = f.ombudsman_decision_key",
            List.of(new Column("Complaint", "CAST(f.complaint_id AS VARCHAR(20))", false),
                    new Column("Ombudsman", "od.ombudsman", false),
                    new Column("Received", "CAST(f.received_date_key AS VARCHAR(8))", true),
                    new Column("Decided", "CAST(f.decided_date_key AS VARCHAR(8))", true),
                    new Column("Decision", "od.label", false),
                    new Column("Remedied by the council first", "CASE WHEN f.remedied_by_council THEN 'Yes' ELSE 'No' END", false),
                    new Column("Recommendations (complied)", "CAST(f.recommendations AS VARCHAR(6)) || ' (' || CAST(f.recommendations_complied AS VARCHAR(6)) || ')'", false)),
            "f.decided_date_key DESC, f.case_id DESC", "/complaints/view.xhtml?id="),

    LEARNING_ACTIONS("learning-actions", "Learning actions",
            "warehouse.fact_learning_action f",
            List.of(new Column("Complaint", "CAST(f.complaint_id AS VARCHAR(20))", false),
                    new Column("Action", "CAST(f.action_id AS VARCHAR(20))", false),
                    new Column("Due", "CAST(f.due_date_key AS VARCHAR(8))", true),
                    new Column("Reported done", "CAST(f.reported_done_date_key AS VARCHAR(8))", true),
                    new Column("Completed", "CAST(f.completed_date_key AS VARCHAR(8))", true),
                    new Column("With evidence", "CASE WHEN f.completed_with_evidence THEN 'Yes' ELSE 'No' END", false)),
            "f.due_date_key DESC, f.action_id DESC", "/complaints/learning.xhtml?id="),

    SATISFACTION("satisfaction", "Satisfaction ratings",
            "warehouse.fact_satisfaction f"
                    + " LEFT JOIN warehouse.dim_service sv ON sv.service_key = f.service_key"
                    + " LEFT JOIN warehouse.dim_channel ch ON ch.channel_key = f.channel_key"
                    + " LEFT JOIN warehouse.dim_resident res ON res.resident_id = f.resident_id"
                    + " LEFT JOIN warehouse.dim_equality_profile p ON p.equality_profile_key = res.equality_profile_key",
            List.of(new Column("Rating", "CAST(f.feedback_id AS VARCHAR(20))", false),
                    new Column("Day", "CAST(f.date_key AS VARCHAR(8))", true),
                    new Column("Channel", "ch.label", false),
                    new Column("Service", "sv.name", false),
                    new Column("Score", "CASE WHEN f.score > 0 THEN 'Good' WHEN f.score = 0 THEN 'Average' ELSE 'Poor' END", false),
                    new Column("About complaint", "CAST(f.about_complaint_id AS VARCHAR(20))", false)),
            "f.date_key DESC, f.feedback_id DESC", null),

    SERVICE_REQUESTS("service-requests", "Service requests",
            "warehouse.fact_service_request_step f"
                    + " LEFT JOIN warehouse.dim_service sv ON sv.service_key = f.service_key"
                    + " LEFT JOIN warehouse.dim_channel ch ON ch.channel_key = f.channel_key"
                    + " LEFT JOIN warehouse.dim_resident res ON res.resident_id = f.resident_id"
                    + " LEFT JOIN warehouse.dim_equality_profile p ON p.equality_profile_key = res.equality_profile_key",
            List.of(new Column("Request", "CAST(f.request_id AS VARCHAR(20))", false),
                    new Column("Step", "f.step", false),
                    new Column("Received", "CAST(f.received_date_key AS VARCHAR(8))", true),
                    new Column("Due", "CAST(f.due_date_key AS VARCHAR(8))", true),
                    new Column("Done", "CAST(f.done_date_key AS VARCHAR(8))", true),
                    new Column("Service", "sv.name", false),
                    new Column("Standard met", "CASE WHEN f.met IS NULL THEN 'Not yet due' WHEN f.met THEN 'Met' ELSE 'Missed' END", false)),
            "f.received_date_key DESC, f.request_id DESC, f.step", null),

    /** People, each once (after merges), with how many of the condition's contacts they made. */
    PEOPLE("people", "People",
            "warehouse.fact_contact f"
                    + " JOIN warehouse.dim_resident res ON res.resident_id = f.resident_id"
                    + " LEFT JOIN warehouse.dim_channel ch ON ch.channel_key = f.channel_key"
                    + " LEFT JOIN warehouse.dim_age_band ab ON ab.age_band_key = f.age_band_key"
                    + " LEFT JOIN warehouse.dim_equality_profile p ON p.equality_profile_key = res.equality_profile_key",
            List.of(new Column("Person", "CAST(res.person_id AS VARCHAR(20))", false),
                    new Column("First contact", "CAST(MIN(f.date_key) AS VARCHAR(8))", true),
                    new Column("Contacts", "CAST(COUNT(*) AS VARCHAR(10))", false)),
            "MIN(f.date_key) DESC, res.person_id DESC", null);

    /** A column staff see: its heading, its expression (text), and whether it is a date key to print as a date. */
    public record Column(String heading, String expression, boolean dateKey) {
    }

    private final String code;
    private final String title;
    private final String from;
    private final List<Column> columns;
    private final String order;
    private final String page;

    RecordList(String code, String title, String from, List<Column> columns, String order, String page) {
        this.code = code;
        this.title = title;
        this.from = from;
        this.columns = columns;
        this.order = order;
        this.page = page;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The staff page that opens the record named in the first column, or none (contacts open from their resident). */
    public String page() {
        return page;
    }

    /** People are listed once each: the list groups by person. */
    boolean grouped() {
        return this == PEOPLE;
    }

    /** The records a condition selects, as text, in the list's order. */
    String listing(String condition) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(columns.get(i).expression());
        }
        sql.append(" FROM ").append(from).append(" WHERE ").append(condition);
        if (grouped()) {
            sql.append(" GROUP BY res.person_id");
        }
        return sql.append(" ORDER BY ").append(order).toString();
    }

    /** The residents of the records a condition selects, in the list's order (for the audit trail of special category reads). */
    String residents(String condition) {
        String resident = grouped() ? "res.person_id" : "f.resident_id";
        if (this == OMBUDSMAN_CASES || this == LEARNING_ACTIONS) {
            throw new IllegalArgumentException(code + " are not selected by a resident's answers");
        }
        return "SELECT " + resident + " FROM " + from + " WHERE " + condition + (grouped() ? " GROUP BY res.person_id" : "")
                + " ORDER BY " + order;
    }

    /** How many records the condition selects: the figure, when the trace is right. */
    String counting(String condition) {
        return "SELECT COUNT(" + (grouped() ? "DISTINCT res.person_id" : "*") + ") FROM " + from + " WHERE " + condition;
    }

    public static RecordList ofCode(String code) {
        for (RecordList list : values()) {
            if (list.code.equals(code)) {
                return list;
            }
        }
        throw new IllegalArgumentException("no record list " + code);
    }
}
