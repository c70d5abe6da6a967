package uk.gov.council.cs.warehouse;

import java.util.List;
import java.util.Map;
import uk.gov.council.cs.equality.AgeBands;

/**
 * The SQL of every fact's load, written once for both databases through {@link Dialect}. Each
 * INSERT reads the operational schema ({@code council}) and the warehouse's dimensions, for the ids
 * of one chunk of work; each changed-ids query says which rows a window's changes touch, and for
 * facts built from several tables (a complaint's stages from the complaint, its stages, clocks and
 * remedies) the whole record is copied again when any part of it changed.
 */
public final class Facts {

    private static final String WORK = " IN (SELECT w.id FROM warehouse.load_work w WHERE w.fact = ? AND w.id > ? AND w.id <= ?)";

    private final Dialect sql;
    private final AgeBands bands;
    private final Map<String, Integer> ageBandKeys;

    public Facts(Dialect sql, AgeBands bands, Map<String, Integer> ageBandKeys) {
        this.sql = sql;
        this.bands = bands;
        this.ageBandKeys = ageBandKeys;
    }

    public List<FactDefinition> all() {
        return List.of(contact(), serviceRequestStep(), complaintStage(), learningAction(), ombudsmanCase(), satisfaction(),
                commentCompliment());
    }

    private String ageBand(String dateOfBirth, String day) {
        return sql.ageBandKey(dateOfBirth, day, bands, ageBandKeys);
    }

    private String londonDate(String utc) {
        return sql.dateKey(sql.londonDay(utc));
    }

    FactDefinition contact() {
        String day = sql.londonDay("c.started_at");
        return new FactDefinition(ContactAggregates.CONTACT_FACT, "fact_contact", "contact_id",
                "SELECT c.id FROM council.contact c WHERE c.changed_at > ? AND c.changed_at <= ?", 1,
                "INSERT INTO warehouse.fact_contact (contact_id, resident_id, date_key, service_key, channel_key, contact_type_key,"
                        + " age_band_key, resolved_first_point, avoidable, avoidable_reason_key, duration_seconds,"
                        + " answer_wait_seconds, answer_target_seconds, answered_in_target)"
                        + " SELECT c.id, c.resident_id, " + sql.dateKey(day) + ", s.service_key, ch.channel_key,"
                        + " ct.contact_type_key, " + ageBand("r.date_of_birth", day) + ", COALESCE(c.resolved_first_point, FALSE),"
                        + " COALESCE(c.avoidable, FALSE),"
                        + " ar.avoidable_reason_key, CASE WHEN c.ended_at IS NULL THEN NULL ELSE "
                        + sql.secondsBetween("c.started_at", "c.ended_at") + " END, c.answered_after_seconds,"
                        + " c.answer_target_seconds, CASE WHEN c.answered_after_seconds IS NULL OR c.answer_target_seconds IS NULL"
                        + " THEN NULL WHEN c.answered_after_seconds <= c.answer_target_seconds THEN TRUE ELSE FALSE END"
                        + " FROM council.contact c JOIN council.resident r ON r.id = c.resident_id"
                        + " JOIN warehouse.dim_channel ch ON ch.code = c.channel"
                        + " JOIN warehouse.dim_contact_type ct ON ct.code = c.contact_type"
                        + " LEFT JOIN warehouse.dim_service s ON s.service_id = c.service_id"
                        + " LEFT JOIN warehouse.dim_avoidable_reason ar ON ar.code = c.avoidable_reason"
                        + " WHERE c.id" + WORK,
                "DELETE FROM warehouse.fact_contact WHERE contact_id IN (SELECT e.record_id FROM council.erased_record e"
                        + " WHERE e.record_type = 'contact' AND e.erased_at > ? AND e.erased_at <= ?)",
                "SELECT " + sql.month(day) + ", COUNT(*) FROM council.contact c GROUP BY " + sql.month(day),
                "date_key",
                "SELECT COUNT(*) FROM council.contact c WHERE c.started_at >= ? AND c.started_at < ?", true);
    }

    FactDefinition serviceRequestStep() {
        String received = sql.londonDay("q.received_at");
        StringBuilder insert = new StringBuilder("INSERT INTO warehouse.fact_service_request_step (request_id, step, resident_id,"
                + " service_key, channel_key, received_date_key, due_date_key, done_date_key, settled, met) ");
        String[][] steps = {{"ACKNOWLEDGE", "acknowledge_by", "acknowledged_at"}, {"FULFIL", "fulfil_by", "fulfilled_at"},
            {"CLOSE", "close_by", "closed_at"}};
        for (int i = 0; i < steps.length; i++) {
            String due = "q." + steps[i][1];
            String done = "q." + steps[i][2];
            String doneDay = sql.londonDay(done);
            String closedDay = sql.londonDay("q.closed_at");
            insert.append(i == 0 ? "" : " UNION ALL ").append("SELECT q.id, '").append(steps[i][0]).append("', q.resident_id,")
                    .append(" s.service_key, ch.channel_key, ").append(sql.dateKey(received)).append(", ")
                    .append(sql.dateKey(due)).append(", CASE WHEN ").append(done).append(" IS NULL THEN NULL ELSE ")
                    .append(sql.dateKey(doneDay)).append(" END, CASE WHEN ").append(done).append(" IS NOT NULL THEN 'DONE'")
                    .append(" WHEN q.closed_at IS NOT NULL THEN 'NOT_NEEDED' ELSE 'PENDING' END,")
                    .append(" CASE WHEN ").append(due).append(" IS NULL THEN NULL WHEN ").append(done)
                    .append(" IS NOT NULL THEN CASE WHEN ").append(doneDay).append(" <= ").append(due)
                    .append(" THEN TRUE ELSE FALSE END WHEN q.closed_at IS NOT NULL AND ").append(closedDay).append(" > ")
                    .append(due).append(" THEN FALSE ELSE NULL END")
                    .append(" FROM council.service_request q JOIN warehouse.dim_channel ch ON ch.code = q.channel")
                    .append(" LEFT JOIN warehouse.dim_service s ON s.service_id = q.service_id WHERE q.id").append(WORK);
        }
        return new FactDefinition("service-request-step", "fact_service_request_step", "request_id",
                "SELECT q.id FROM council.service_request q WHERE q.changed_at > ? AND q.changed_at <= ?", 1,
                insert.toString(),
                "DELETE FROM warehouse.fact_service_request_step WHERE request_id IN (SELECT e.record_id FROM council.erased_record e"
                        + " WHERE e.record_type = 'service_request' AND e.erased_at > ? AND e.erased_at <= ?)",
                "SELECT " + sql.month(received) + ", 3 * COUNT(*) FROM council.service_request q GROUP BY " + sql.month(received),
                "received_date_key",
                "SELECT 3 * COUNT(*) FROM council.service_request q WHERE q.received_at >= ? AND q.received_at < ?", true);
    }

    FactDefinition complaintStage() {
        String received = "st.received_on";
        return new FactDefinition("complaint-stage", "fact_complaint_stage", "complaint_id",
                "SELECT c.id FROM council.complaint c WHERE c.changed_at > ? AND c.changed_at <= ?"
                        + " UNION SELECT st.complaint_id FROM council.complaint_stage st WHERE st.changed_at > ? AND st.changed_at <= ?"
                        + " UNION SELECT p.complaint_id FROM council.complaint_step p WHERE p.changed_at > ? AND p.changed_at <= ?"
                        + " UNION SELECT m.complaint_id FROM council.complaint_remedy m WHERE m.changed_at > ? AND m.changed_at <= ?"
                        + " UNION SELECT f.id FROM council.feedback f WHERE f.kind = 'COMPLAINT' AND f.changed_at > ?"
                        + " AND f.changed_at <= ?", 5,
                "INSERT INTO warehouse.fact_complaint_stage (complaint_id, stage, resident_id, complaint_stage_key,"
                        + " complaint_category_key, service_key, channel_key, ombudsman, age_band_key, received_date_key,"
                        + " acknowledge_due_key, acknowledged_date_key, acknowledged_in_time, response_due_key, responded_date_key,"
                        + " responded_in_time, extended_working_days, refused, refusal_reason_key, outcome_key, remedies,"
                        + " financial_remedy, complaint_state)"
                        + " SELECT st.complaint_id, st.stage, f.resident_id, ds.complaint_stage_key, cc.complaint_category_key,"
                        + " s.service_key, ch.channel_key, c.ombudsman, " + ageBand("r.date_of_birth", received) + ", "
                        + sql.dateKey(received) + ", " + sql.dateKey("ack.due_on") + ", " + sql.dateKey("ack.done_on") + ", "
                        + inTime("ack") + ", " + sql.dateKey("resp.due_on") + ", " + sql.dateKey("resp.done_on") + ", "
                        + inTime("resp") + ", COALESCE(resp.extended_by, 0),"
                        + " CASE WHEN st.stage = 1 AND c.refusal_reason IS NOT NULL THEN TRUE ELSE FALSE END,"
                        + " rr.refusal_reason_key, o.outcome_key,"
                        + " (SELECT COUNT(*) FROM council.complaint_remedy m WHERE m.complaint_id = st.complaint_id"
                        + " AND m.stage = st.stage),"
                        + " COALESCE((SELECT SUM(m.amount) FROM council.complaint_remedy m WHERE m.complaint_id = st.complaint_id"
                        + " AND m.stage = st.stage AND m.amount IS NOT NULL), 0), c.state"
                        + " FROM council.complaint_stage st JOIN council.complaint c ON c.id = st.complaint_id"
                        + " JOIN council.feedback f ON f.id = c.id JOIN council.resident r ON r.id = f.resident_id"
                        + " JOIN warehouse.dim_complaint_stage ds ON ds.policy_id = c.policy_id AND ds.stage = st.stage"
                        + " JOIN warehouse.dim_channel ch ON ch.code = f.channel"
                        + " LEFT JOIN warehouse.dim_complaint_category cc ON cc.code = c.category"
                        + " LEFT JOIN warehouse.dim_service s ON s.service_id = f.service_id"
                        + " LEFT JOIN council.complaint_step ack ON ack.id = (SELECT MAX(x.id) FROM council.complaint_step x"
                        + " WHERE x.complaint_id = st.complaint_id AND x.stage = st.stage AND x.step = 'acknowledge')"
                        + " LEFT JOIN council.complaint_step resp ON resp.id = (SELECT MAX(x.id) FROM council.complaint_step x"
                        + " WHERE x.complaint_id = st.complaint_id AND x.stage = st.stage AND x.step = 'respond')"
                        + " LEFT JOIN warehouse.dim_refusal_reason rr ON rr.code = c.refusal_reason AND st.stage = 1"
                        + " LEFT JOIN warehouse.dim_outcome o ON o.code = st.outcome"
                        + " WHERE st.complaint_id" + WORK,
                "DELETE FROM warehouse.fact_complaint_stage WHERE complaint_id IN (SELECT e.record_id FROM council.erased_record e"
                        + " WHERE e.record_type = 'feedback' AND e.erased_at > ? AND e.erased_at <= ?)",
                "SELECT " + sql.month(received) + ", COUNT(*) FROM council.complaint_stage st GROUP BY " + sql.month(received),
                "received_date_key",
                "SELECT COUNT(*) FROM council.complaint_stage st WHERE st.received_on >= ? AND st.received_on < ?", false);
    }

    private static String inTime(String step) {
        return "CASE WHEN " + step + ".done_on IS NOT NULL THEN CASE WHEN " + step + ".done_on <= " + step + ".due_on THEN TRUE"
                + " ELSE FALSE END WHEN " + step + ".breached_on IS NOT NULL THEN FALSE ELSE NULL END";
    }

    FactDefinition learningAction() {
        return new FactDefinition("learning-action", "fact_learning_action", "action_id",
                "SELECT a.id FROM council.complaint_action a WHERE a.changed_at > ? AND a.changed_at <= ?", 1,
                "INSERT INTO warehouse.fact_learning_action (action_id, complaint_id, due_date_key, reported_done_date_key,"
                        + " completed_date_key, completed_with_evidence, completed_in_time)"
                        + " SELECT a.id, a.complaint_id, " + sql.dateKey("a.due_on") + ", " + sql.dateKey("a.reported_done_on") + ", "
                        + sql.dateKey("a.completed_on") + ", CASE WHEN a.completed_on IS NOT NULL AND a.evidence IS NOT NULL"
                        + " THEN TRUE ELSE FALSE END, CASE WHEN a.completed_on IS NULL THEN NULL WHEN a.completed_on <= a.due_on"
                        + " THEN TRUE ELSE FALSE END FROM council.complaint_action a WHERE a.id" + WORK,
                "DELETE FROM warehouse.fact_learning_action WHERE complaint_id IN (SELECT e.record_id FROM council.erased_record e"
                        + " WHERE e.record_type = 'feedback' AND e.erased_at > ? AND e.erased_at <= ?)",
                "SELECT " + sql.month("a.due_on") + ", COUNT(*) FROM council.complaint_action a GROUP BY " + sql.month("a.due_on"),
                "due_date_key",
                "SELECT COUNT(*) FROM council.complaint_action a WHERE a.due_on >= ? AND a.due_on < ?", false);
    }

    FactDefinition ombudsmanCase() {
        return new FactDefinition("ombudsman-case", "fact_ombudsman_case", "case_id",
                "SELECT o.id FROM council.ombudsman_case o WHERE o.changed_at > ? AND o.changed_at <= ?"
                        + " UNION SELECT i.case_id FROM council.ombudsman_item i WHERE i.changed_at > ? AND i.changed_at <= ?", 2,
                "INSERT INTO warehouse.fact_ombudsman_case (case_id, complaint_id, ombudsman_decision_key, received_date_key,"
                        + " decided_date_key, remedied_by_council, recommendations, recommendations_complied)"
                        + " SELECT o.id, o.complaint_id, d.ombudsman_decision_key, " + sql.dateKey("o.received_on") + ", "
                        + sql.dateKey("o.decided_on") + ", o.remedied_by_council,"
                        + " (SELECT COUNT(*) FROM council.ombudsman_item i WHERE i.case_id = o.id AND i.kind = 'RECOMMENDATION'),"
                        + " (SELECT COUNT(*) FROM council.ombudsman_item i WHERE i.case_id = o.id AND i.kind = 'RECOMMENDATION'"
                        + " AND i.done_on IS NOT NULL)"
                        + " FROM council.ombudsman_case o JOIN warehouse.dim_ombudsman_decision d"
                        + " ON d.code = o.ombudsman || '/' || COALESCE(o.decision, '') WHERE o.id" + WORK,
                "DELETE FROM warehouse.fact_ombudsman_case WHERE complaint_id IN (SELECT e.record_id FROM council.erased_record e"
                        + " WHERE e.record_type = 'feedback' AND e.erased_at > ? AND e.erased_at <= ?)",
                "SELECT " + sql.month("o.received_on") + ", COUNT(*) FROM council.ombudsman_case o GROUP BY "
                        + sql.month("o.received_on"),
                "received_date_key",
                "SELECT COUNT(*) FROM council.ombudsman_case o WHERE o.received_on >= ? AND o.received_on < ?", false);
    }

    FactDefinition satisfaction() {
        String day = sql.londonDay("f.received_at");
        return new FactDefinition("satisfaction", "fact_satisfaction", "feedback_id",
                "SELECT f.id FROM council.feedback f WHERE f.kind = 'SATISFACTION' AND f.changed_at > ? AND f.changed_at <= ?", 1,
                "INSERT INTO warehouse.fact_satisfaction (feedback_id, resident_id, date_key, channel_key, service_key, score,"
                        + " about_complaint_id) SELECT f.id, f.resident_id, " + sql.dateKey(day) + ", ch.channel_key,"
                        + " s.service_key, COALESCE(f.rating, 0), f.about_complaint_id"
                        + " FROM council.feedback f JOIN warehouse.dim_channel ch ON ch.code = f.channel"
                        + " LEFT JOIN warehouse.dim_service s ON s.service_id = f.service_id"
                        + " WHERE f.kind = 'SATISFACTION' AND f.id" + WORK,
                "DELETE FROM warehouse.fact_satisfaction WHERE feedback_id IN (SELECT e.record_id FROM council.erased_record e"
                        + " WHERE e.record_type = 'feedback' AND e.erased_at > ? AND e.erased_at <= ?)",
                "SELECT " + sql.month(day) + ", COUNT(*) FROM council.feedback f WHERE f.kind = 'SATISFACTION' GROUP BY "
                        + sql.month(day),
                "date_key",
                "SELECT COUNT(*) FROM council.feedback f WHERE f.kind = 'SATISFACTION' AND f.received_at >= ? AND f.received_at < ?",
                true);
    }

    FactDefinition commentCompliment() {
        String day = sql.londonDay("f.received_at");
        return new FactDefinition("comment-compliment", "fact_comment_compliment", "feedback_id",
                "SELECT f.id FROM council.feedback f WHERE f.kind IN ('COMMENT', 'COMPLIMENT') AND f.changed_at > ?"
                        + " AND f.changed_at <= ?", 1,
                "INSERT INTO warehouse.fact_comment_compliment (feedback_id, kind, resident_id, date_key, channel_key, service_key)"
                        + " SELECT f.id, f.kind, f.resident_id, " + sql.dateKey(day) + ", ch.channel_key, s.service_key"
                        + " FROM council.feedback f JOIN warehouse.dim_channel ch ON ch.code = f.channel"
                        + " LEFT JOIN warehouse.dim_service s ON s.service_id = f.service_id"
                        + " WHERE f.kind IN ('COMMENT', 'COMPLIMENT') AND f.id" + WORK,
                "DELETE FROM warehouse.fact_comment_compliment WHERE feedback_id IN (SELECT e.record_id FROM council.erased_record e"
                        + " WHERE e.record_type = 'feedback' AND e.erased_at > ? AND e.erased_at <= ?)",
                "SELECT " + sql.month(day) + ", COUNT(*) FROM council.feedback f WHERE f.kind IN ('COMMENT', 'COMPLIMENT') GROUP BY "
                        + sql.month(day),
                "date_key",
                "SELECT COUNT(*) FROM council.feedback f WHERE f.kind IN ('COMMENT', 'COMPLIMENT') AND f.received_at >= ?"
                        + " AND f.received_at < ?", true);
    }

    /** The warehouse's count per month, from the date key (yyyymmdd) written as yyyy-mm. */
}
