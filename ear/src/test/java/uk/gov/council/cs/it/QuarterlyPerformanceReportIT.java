package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The quarterly performance report for a quarter whose every record the test wrote itself (Q2 2015-16,
 * long before the demo borough), with each figure counted by hand: the PDF and the CSV say the same.
 */
class QuarterlyPerformanceReportIT extends DeployedCouncil {

    private static final long ID = WarehouseFixture.FIRST_ID;

    @Test
    void everyFigureOfTheQuarterIsTheOneCountedByHand() throws Exception {
        Warehouse.loadChanges();
        try (WarehouseFixture fixture = new WarehouseFixture()) {
            arrange(fixture);
            fixture.countContactsAgain();

            String pdf = text(download("pdf"));
            ReportCsvFigures csv = new ReportCsvFigures(download("csv"));

            // Contacts by channel: one telephone contact in Q1, three telephone and two web in Q2.
            csv.assertFigure("Contacts by channel", "Telephone", "Q1 2015-16", "1");
            csv.assertFigure("Contacts by channel", "Telephone", "Q2 2015-16", "3");
            csv.assertFigure("Contacts by channel", "Web (online form)", "Q2 2015-16", "2");
            csv.assertFigure("Contacts by channel", "All channels", "Q2 2015-16", "5");
            csv.assertFigure("Contacts by channel", "All channels", "Q2 2014-15", "0");
            assertLine(pdf, "Telephone 0 0 0 1 3");
            // Three of the five resolved at the first point, one avoidable.
            csv.assertFigure("First-point resolution and avoidable contact", "% resolved at the first point", "Q2 2015-16", "60.0%");
            csv.assertFigure("First-point resolution and avoidable contact", "% avoidable", "Q2 2015-16", "20.0%");
            csv.assertFigure("Avoidable contact and its reasons", "Chasing progress", "Contacts", "1");
            // Two calls with their wait recorded against a 15-second target: one answered within it.
            csv.assertFigure("Calls and webchats answered within target", "Telephone: % within target", "Q2 2015-16", "50.0%");
            // Complaints: two new, one escalation.
            csv.assertFigure("Complaints received, by stage", "Stage 1", "Q2 2015-16", "2");
            csv.assertFigure("Complaints received, by stage", "Stage 2", "Q2 2015-16", "1");
            csv.assertFigure("Complaints received, by stage", "All stages", "Q2 2015-16", "3");
            csv.assertFigure("Complaints by category and stage", "Delay in service delivery", "Stage 1", "2");
            assertLine(pdf, "Stage 1 0 0 0 0 2");
            // Deadlines: at stage 1 one of two acknowledged in time and one of two responded in time, one extended.
            csv.assertFigure("Acknowledged and responded in the quarter", "Stage 1", "Acknowledged", "2");
            csv.assertFigure("Acknowledged and responded in the quarter", "Stage 1", "Extended", "1");
            csv.assertFigure("Acknowledged and responded in the quarter", "Stage 1", "Acknowledged in time", "1");
            csv.assertFigure("Acknowledged and responded in the quarter", "Stage 1", "% answered in time", "50.0%");
            assertLine(pdf, "Stage 1 2 1 50.0% 2 1 50.0% 1");
            assertLine(pdf, "Stage 2 1 1 100.0% 1 1 100.0% 0");
            csv.assertFigure("Responses in time, five quarters", "Stage 1: responded in time", "Q2 2015-16", "50.0%");
            csv.assertFigure("Responses in time, five quarters", "Stage 1: responded in time", "Q1 2015-16", "–");
            // Satisfaction: good, good, poor: net +33; complaint handling: one average, net 0.
            csv.assertFigure("Satisfaction, five quarters", "Net score", "Q2 2015-16", "+33");
            assertLine(pdf, "Telephone 2 0 1 3 +33");
            csv.assertFigure("Satisfaction with complaint handling, five quarters", "Average", "Q2 2015-16", "1");
            csv.assertFigure("Satisfaction with complaint handling, five quarters", "Net score", "Q2 2015-16", "0");
            // Service standards: one step met, one missed.
            csv.assertFigure("Service standards met and missed", "Housing repairs", "% met", "50.0%");
            // Learning: one action due, completed with evidence in time.
            csv.assertFigure("Service improvements from complaints: actions", "Completed with evidence in the period", "Number", "1");
            assertTrue(pdf.contains("5 contacts (up 400.0% on the quarter before)"), pdf);
            assertTrue(pdf.contains("2 new complaints; 50.0% of stage 1 responses sent in time."), pdf);
            assertTrue(pdf.contains("Appendix: how each figure is counted"), pdf);
        }
    }

    private static void arrange(WarehouseFixture f) throws Exception {
        int phone = f.key("dim_channel", "TELEPHONE");
        int web = f.key("dim_channel", "WEB");
        int transaction = f.key("dim_contact_type", "TRANSACTION");
        int chasing = f.key("dim_avoidable_reason", "CHASING_PROGRESS");
        int repairs = f.service("Housing repairs");
        String contact = "INSERT INTO warehouse.fact_contact (contact_id, resident_id, date_key, service_key, channel_key, contact_type_key,"
                + " resolved_first_point, avoidable, avoidable_reason_key, answer_wait_seconds, answer_target_seconds, answered_in_target)"
                + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        f.insert(contact, ID, 20150512, repairs, phone, transaction, true, false, null, null, null, null);
        f.insert(contact, ID + 1, 20150715, repairs, phone, transaction, true, false, null, 10, 15, true);
        f.insert(contact, ID + 2, 20150716, repairs, phone, transaction, false, true, chasing, 40, 15, false);
        f.insert(contact, ID + 3, 20150901, repairs, phone, transaction, true, false, null, null, null, null);
        f.insert(contact, ID + 4, 20150902, repairs, web, transaction, false, false, null, null, null, null);
        f.insert(contact, ID + 5, 20150930, repairs, web, transaction, true, false, null, null, null, null);

        int stage1 = f.stage(1);
        int stage2 = f.stage(2);
        int delay = f.key("dim_complaint_category", "DELAY");
        int upheld = f.key("dim_outcome", "UPHELD");
        int partly = f.key("dim_outcome", "PARTLY_UPHELD");
        int notUpheld = f.key("dim_outcome", "NOT_UPHELD");
        String complaint = "INSERT INTO warehouse.fact_complaint_stage (complaint_id, stage, resident_id, complaint_stage_key,"
                + " complaint_category_key, service_key, channel_key, received_date_key, acknowledge_due_key, acknowledged_date_key,"
                + " acknowledged_in_time, response_due_key, responded_date_key, responded_in_time, extended_working_days, refused,"
                + " outcome_key, remedies, financial_remedy, complaint_state) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, 'CLOSED')";
        // In time throughout, upheld with one remedy.
        f.insert(complaint, ID, 1, stage1, delay, repairs, phone, 20150701, 20150708, 20150703, true, 20150717, 20150715, true, 0, upheld, 1, 0);
        // Acknowledged late, extended, and still answered late.
        f.insert(complaint, ID + 1, 1, stage1, delay, repairs, web, 20150706, 20150713, 20150715, false, 20150810, 20150812, false, 10, notUpheld, 0, 0);
        // An escalation of an earlier complaint, answered in time.
        f.insert(complaint, ID + 2, 2, stage2, delay, repairs, web, 20150803, 20150810, 20150805, true, 20150901, 20150828, true, 0, partly, 0, 0);

        String rating = "INSERT INTO warehouse.fact_satisfaction (feedback_id, resident_id, date_key, channel_key, service_key, score,"
                + " about_complaint_id) VALUES (?, 1, ?, ?, ?, ?, ?)";
        f.insert(rating, ID, 20150720, phone, repairs, 1, null);
        f.insert(rating, ID + 1, 20150820, phone, repairs, 1, null);
        f.insert(rating, ID + 2, 20150920, phone, repairs, -1, null);
        f.insert(rating, ID + 3, 20150821, phone, repairs, 0, ID);

        String step = "INSERT INTO warehouse.fact_service_request_step (request_id, step, resident_id, service_key, channel_key,"
                + " received_date_key, due_date_key, done_date_key, settled, met) VALUES (?, ?, 1, ?, ?, ?, ?, ?, 'DONE', ?)";
        f.insert(step, ID, "ACKNOWLEDGE", repairs, phone, 20150701, 20150703, 20150702, true);
        f.insert(step, ID, "FULFIL", repairs, phone, 20150701, 20150715, 20150720, false);

        f.insert("INSERT INTO warehouse.fact_learning_action (action_id, complaint_id, due_date_key, reported_done_date_key,"
                + " completed_date_key, completed_with_evidence, completed_in_time) VALUES (?, ?, 20150910, 20150901, 20150905, TRUE, TRUE)",
                ID, ID);
    }

    private static byte[] download(String format) throws Exception {
        return CommitteeReportFile.download("quarterly-performance", "2015-16-Q2", format);
    }

    private static String text(byte[] pdf) throws Exception {
        return CommitteeReportFile.text("quarterly-performance", pdf);
    }

    private static void assertLine(String text, String line) {
        CommitteeReportFile.assertLine(text, line);
    }
}
