package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The annual complaints report for a financial year whose every record the test wrote itself (2012-13,
 * long before the demo borough), with each figure counted by hand: the PDF and the CSV say the same.
 *
 * <p>The fixture's complaints (stage rows), by letter; R Housing repairs (Housing Ombudsman), T Council Tax,
 * B Bin collections (both LGSCO). "In time" and "late" are the fact's own flags.
 * <pre>
 *  A  st 1 R Delay     received 02/05/12 ack 03/05 in time  answered 29/05 in time       upheld, 2 remedies, £50.00
 *  H  st 1 T Decision  received 20/06/12 ack 21/06 in time  refused 25/06 in time        legal proceedings
 *  B  st 1 R Quality   received 16/07/12 ack 25/07 LATE     answered 30/08 LATE, extended not upheld
 *  I  st 1 B Quality   received 15/08/12 ack 16/08 in time  refused 17/09 LATE           over twelve months
 *  B2 st 2 R Quality   received 10/09/12 ack 14/09 in time  answered 05/10 in time       upheld, 1 remedy, £125.40
 *  C  st 1 T Staff     received 05/11/12 ack 07/11 in time  answered 07/12 in time, ext. partly upheld, 1 remedy (apology)
 *  C2 st 2 T Staff     received 10/12/12 ack 12/12 in time  answered 30/01/13 LATE       not upheld
 *  D  st 1 B Decision  received 10/01/13 ack 11/01 in time  refused 17/01 in time        over twelve months
 *  E  st 1 R (none)    received 20/03/13 ack 22/03 in time  not answered yet
 *  F  st 1 T Delay     received 26/03/12 (the year before) ack 28/03/12, answered 10/04/12 in time, not upheld
 *  G  st 1 B Quality   received 02/04/13 (the year after) ack 03/04/13
 *  J  st 1 T Delay     received and answered in 2011-12 (only an Ombudsman case of 2012-13 refers to it)
 * </pre>
 */
class AnnualComplaintsReportIT extends DeployedCouncil {

    private static final long ID = WarehouseFixture.FIRST_ID;
    private static final String YEAR = "2012-13";
    private static final long A = ID;
    private static final long B = ID + 1;
    private static final long C = ID + 2;
    private static final long D = ID + 3;
    private static final long E = ID + 4;
    private static final long F = ID + 5;
    private static final long G = ID + 6;
    private static final long H = ID + 7;
    private static final long I = ID + 8;
    private static final long J = ID + 9;

    private static final String LGSCO_LETTER = "Local Government and Social Care Ombudsman: the year in the form of its annual review letter";
    private static final String HOUSING = "Housing Ombudsman: findings of the year";
    private static final String BY_AREA = "Complaints and enquiries the Ombudsmen received, by service area";
    private static final String REPAIRS = "Housing repairs";
    private static final String TAX = "Council Tax - bills and payments";
    private static final String BINS = "Bin collections - missed bins";
    private static final String OVER_TWELVE_MONTHS = "The matter happened more than 12 months ago and the council used its discretion not to consider it";
    private static final String LEGAL_PROCEEDINGS = "Legal proceedings about the matter have started";

    @Test
    void everyFigureOfTheYearIsTheOneCountedByHand() throws Exception {
        Warehouse.loadChanges();
        try (WarehouseFixture fixture = new WarehouseFixture()) {
            List<Integer> decisionsAdded = new ArrayList<>();
            try {
                arrange(fixture, decisionsAdded);

                String pdf = text(download("pdf"));
                ReportCsvFigures csv = new ReportCsvFigures(download("csv"));

                // Received by the day received, F (the year before) and G (the year after) left out. Stage 1: A, H in Q1;
                // B, I in Q2; C in Q3; D, E in Q4. Stage 2 (escalations): B2 in Q2, C2 in Q3.
                String byQuarter = "Complaints received by quarter and stage";
                csv.assertFigure(byQuarter, "Stage 1", "Q1 2012-13", "2");
                csv.assertFigure(byQuarter, "Stage 1", "Q2 2012-13", "2");
                csv.assertFigure(byQuarter, "Stage 1", "Q3 2012-13", "1");
                csv.assertFigure(byQuarter, "Stage 1", "Q4 2012-13", "2");
                csv.assertFigure(byQuarter, "Stage 2", "Q1 2012-13", "0");
                csv.assertFigure(byQuarter, "Stage 2", "Q2 2012-13", "1");
                csv.assertFigure(byQuarter, "Stage 2", "Q3 2012-13", "1");
                csv.assertFigure(byQuarter, "Stage 2", "Q4 2012-13", "0");
                csv.assertFigure(byQuarter, "All stages", "Q2 2012-13", "3");
                csv.assertFigure(byQuarter, "All stages", "Q4 2012-13", "2");
                assertLine(pdf, "Stage 1 2 2 1 2");
                assertLine(pdf, "Stage 2 0 1 1 0");
                assertLine(pdf, "All stages 2 3 2 2");
                // By service: repairs A, B, E and B2; Council Tax H, C and C2; bins I and D.
                String byService = "Complaints by service and stage";
                csv.assertFigure(byService, REPAIRS, "Stage 1", "3");
                csv.assertFigure(byService, REPAIRS, "Stage 2", "1");
                csv.assertFigure(byService, REPAIRS, "All stages", "4");
                csv.assertFigure(byService, TAX, "Stage 1", "2");
                csv.assertFigure(byService, TAX, "Stage 2", "1");
                csv.assertFigure(byService, TAX, "All stages", "3");
                csv.assertFigure(byService, BINS, "Stage 1", "2");
                csv.assertFigure(byService, BINS, "Stage 2", "0");
                csv.assertFigure(byService, BINS, "All stages", "2");
                csv.assertFigure(byService, "All", "Stage 1", "7");
                csv.assertFigure(byService, "All", "Stage 2", "2");
                csv.assertFigure(byService, "All", "All stages", "9");
                // By category: delay A; quality B, I and B2; staff C and C2; decision H and D; E has none.
                String byCategory = "Complaints by category and stage";
                csv.assertFigure(byCategory, "Delay in service delivery", "Stage 1", "1");
                csv.assertFigure(byCategory, "Delay in service delivery", "All stages", "1");
                csv.assertFigure(byCategory, "Quality of service", "Stage 1", "2");
                csv.assertFigure(byCategory, "Quality of service", "Stage 2", "1");
                csv.assertFigure(byCategory, "Quality of service", "All stages", "3");
                csv.assertFigure(byCategory, "Staff behaviour", "Stage 1", "1");
                csv.assertFigure(byCategory, "Staff behaviour", "Stage 2", "1");
                csv.assertFigure(byCategory, "Decision", "Stage 1", "2");
                csv.assertFigure(byCategory, "Not categorised", "Stage 1", "1");
                csv.assertFigure(byCategory, "All", "All stages", "9");

                // Refused, by the day received: I and D for being over twelve months old, H for legal proceedings.
                String refused = "Complaints refused, and why";
                csv.assertFigure(refused, OVER_TWELVE_MONTHS, "Complaints", "2");
                csv.assertFigure(refused, LEGAL_PROCEEDINGS, "Complaints", "1");
                csv.assertFigure(refused, "All", "Complaints", "3");

                // Acknowledged in the year: stage 1 A, H, B (late), I, C, D, E: 7, 6 in time (F's was the year before,
                // G's the year after); stage 2 B2, C2, both in time. Answered in the year (refusals included): stage 1
                // F, A, H, B (late), I (late), C, D: 7, 5 in time, B and C extended; stage 2 B2, C2 (late).
                String timeliness = "Acknowledged and responded in the year";
                csv.assertFigure(timeliness, "Stage 1", "Acknowledged", "7");
                csv.assertFigure(timeliness, "Stage 1", "Acknowledged in time", "6");
                csv.assertFigure(timeliness, "Stage 1", "% acknowledged in time", "85.7%");
                csv.assertFigure(timeliness, "Stage 1", "Answered", "7");
                csv.assertFigure(timeliness, "Stage 1", "Answered in time", "5");
                csv.assertFigure(timeliness, "Stage 1", "% answered in time", "71.4%");
                csv.assertFigure(timeliness, "Stage 1", "Extended", "2");
                csv.assertFigure(timeliness, "Stage 2", "Acknowledged", "2");
                csv.assertFigure(timeliness, "Stage 2", "% acknowledged in time", "100.0%");
                csv.assertFigure(timeliness, "Stage 2", "Answered in time", "1");
                csv.assertFigure(timeliness, "Stage 2", "% answered in time", "50.0%");
                csv.assertFigure(timeliness, "Stage 2", "Extended", "0");
                csv.assertFigure(timeliness, "All stages", "Acknowledged in time", "8");
                csv.assertFigure(timeliness, "All stages", "% acknowledged in time", "88.9%");
                csv.assertFigure(timeliness, "All stages", "Answered", "9");
                csv.assertFigure(timeliness, "All stages", "% answered in time", "66.7%");
                assertLine(pdf, "Stage 1 7 6 85.7% 7 5 71.4% 2");
                assertLine(pdf, "Stage 2 2 2 100.0% 2 1 50.0% 0");
                assertLine(pdf, "All stages 9 8 88.9% 9 6 66.7% 2");
                // By quarter answered: stage 1 F, A, H in time in Q1; B, I late in Q2; C in time in Q3; D in time in Q4;
                // stage 2 none in Q1 and Q2, B2 in time in Q3, C2 late in Q4.
                String trend = "Responses in time by quarter";
                csv.assertFigure(trend, "Stage 1: responded in time", "Q1 2012-13", "100.0%");
                csv.assertFigure(trend, "Stage 1: responded in time", "Q2 2012-13", "0.0%");
                csv.assertFigure(trend, "Stage 1: responded in time", "Q3 2012-13", "100.0%");
                csv.assertFigure(trend, "Stage 1: responded in time", "Q4 2012-13", "100.0%");
                csv.assertFigure(trend, "Stage 2: responded in time", "Q1 2012-13", "–");
                csv.assertFigure(trend, "Stage 2: responded in time", "Q3 2012-13", "100.0%");
                csv.assertFigure(trend, "Stage 2: responded in time", "Q4 2012-13", "0.0%");
                // Not met: B acknowledged late; B and I answered late at stage 1, C2 at stage 2.
                String notMet = "Timescales not met";
                csv.assertFigure(notMet, "Stage 1", "Acknowledged late", "1");
                csv.assertFigure(notMet, "Stage 1", "Answered late", "2");
                csv.assertFigure(notMet, "Stage 2", "Acknowledged late", "0");
                csv.assertFigure(notMet, "Stage 2", "Answered late", "1");

                // Outcomes of the responses of the year (refusals have none): upheld A, B2; partly C; not upheld F, B, C2.
                String outcomes = "Outcomes of the responses given, by stage";
                csv.assertFigure(outcomes, "Upheld", "Stage 1", "1");
                csv.assertFigure(outcomes, "Upheld", "Stage 2", "1");
                csv.assertFigure(outcomes, "Upheld", "All", "2");
                csv.assertFigure(outcomes, "Partly upheld", "Stage 1", "1");
                csv.assertFigure(outcomes, "Partly upheld", "Stage 2", "0");
                csv.assertFigure(outcomes, "Not upheld", "Stage 1", "2");
                csv.assertFigure(outcomes, "Not upheld", "Stage 2", "1");
                csv.assertFigure(outcomes, "Not upheld", "All", "3");
                csv.assertFigure(outcomes, "All", "Stage 1", "4");
                csv.assertFigure(outcomes, "All", "All", "6");
                // By service: repairs A, B2 upheld, B not; Council Tax C partly, F and C2 not; the bins' two were refused.
                String outcomesByService = "Outcomes of the responses given, by service";
                csv.assertFigure(outcomesByService, REPAIRS, "Upheld", "2");
                csv.assertFigure(outcomesByService, REPAIRS, "Partly upheld", "0");
                csv.assertFigure(outcomesByService, REPAIRS, "Not upheld", "1");
                csv.assertFigure(outcomesByService, REPAIRS, "All", "3");
                csv.assertFigure(outcomesByService, TAX, "Upheld", "0");
                csv.assertFigure(outcomesByService, TAX, "Partly upheld", "1");
                csv.assertFigure(outcomesByService, TAX, "Not upheld", "2");
                csv.assertFigure(outcomesByService, BINS, "All", null);
                csv.assertFigure(outcomesByService, "All", "All", "6");
                // Columns in the outcomes' code order: not upheld, partly upheld, upheld.
                assertLine(pdf, "Housing repairs 1 0 2 3");
                assertLine(pdf, "Council Tax - bills and payments 2 1 0 3");
                // Remedies with the responses of the year: A two (£50.00), B2 one (£125.40), C one (an apology).
                csv.assertFigure("Remedies", "Responses that gave a remedy", "Number", "3");
                csv.assertFigure("Remedies", "Remedies given (apologies, actions, payments)", "Number", "4");
                csv.assertFigure("Remedies", "Paid or credited", "Number", "£175");
                assertLine(pdf, "Paid or credited £175");

                // Learning actions, see arrange(): due in the year 1, 2, 3, 4, 7, 8; completed with evidence in the year 1
                // (by its due date), 2 and 6 (late); reported done and without evidence at 31 March 3 and 7; past due and
                // not reported done at 31 March 4 and 8 (asserted at the end; 5 is due the year after).
                String learning = "Service improvements from complaints: actions";
                csv.assertFigure(learning, "Due in the period", "Number", "6");
                csv.assertFigure(learning, "Completed with evidence in the period", "Number", "3");
                csv.assertFigure(learning, "of which by their due date", "Number", "1");
                csv.assertFigure(learning, "Reported done, awaiting evidence, at the period's end", "Number", "2");
                assertLine(pdf, "Due in the period 6");
                assertLine(pdf, "of which by their due date 1");

                // Satisfaction with complaint handling: Q1 good (A); Q2 poor (B); Q3 good (B2) and average (C): net +50;
                // none in Q4. The rating about the service, not a complaint, and the one of 2013-14 are left out.
                String handling = "Satisfaction with complaint handling by quarter";
                csv.assertFigure(handling, "Good", "Q1 2012-13", "1");
                csv.assertFigure(handling, "Responses", "Q1 2012-13", "1");
                csv.assertFigure(handling, "Net score", "Q1 2012-13", "+100");
                csv.assertFigure(handling, "Poor", "Q2 2012-13", "1");
                csv.assertFigure(handling, "Net score", "Q2 2012-13", "-100");
                csv.assertFigure(handling, "Good", "Q3 2012-13", "1");
                csv.assertFigure(handling, "Average", "Q3 2012-13", "1");
                csv.assertFigure(handling, "Poor", "Q3 2012-13", "0");
                csv.assertFigure(handling, "Responses", "Q3 2012-13", "2");
                csv.assertFigure(handling, "Net score", "Q3 2012-13", "+50");
                csv.assertFigure(handling, "Responses", "Q4 2012-13", "0");
                csv.assertFigure(handling, "Net score", "Q4 2012-13", "–");
                assertLine(pdf, "Net score +100 -100 +50 –");

                // LGSCO, see arrange(): referred in the year O2, O3, O4, O5, O6 (O1 the year before); decided in the year
                // O1 and O2 upheld, O3 not upheld, O4 closed after initial enquiries, O5 invalid (O6 undecided).
                // Investigated 3, upheld 2: 66.7%; recommendations complied with 2 of O1's 3 and both of O2's: 4 of 5.
                // (Remedied by the council first, of the upheld, is asserted at the end.)
                csv.assertFigure(LGSCO_LETTER, "Complaints and enquiries referred to the Ombudsman", "The council", "5");
                csv.assertFigure(LGSCO_LETTER, "Decisions made", "The council", "5");
                csv.assertFigure(LGSCO_LETTER, "Not for us (referred back or invalid)", "The council", "1");
                csv.assertFigure(LGSCO_LETTER, "Assessed and closed", "The council", "1");
                csv.assertFigure(LGSCO_LETTER, "Investigated", "The council", "3");
                csv.assertFigure(LGSCO_LETTER, "Upheld", "The council", "2");
                csv.assertFigure(LGSCO_LETTER, "Upheld rate (of investigations)", "The council", "66.7%");
                csv.assertFigure(LGSCO_LETTER, "Compliance with recommendations", "The council", "80.0%");
                // Per 100,000 residents: the population is not the fixture's but the demo borough's Census 2021 (TS021 and
                // TS008 totals, 307,600, imported by demo mode): 2 upheld x 100,000 / 307,600 = 0.65, printed to one place.
                csv.assertFigure(LGSCO_LETTER, "Upheld decisions per 100,000 residents", "The council", "0.7");
                // No averages have been entered for 2012-13.
                csv.assertFigure(LGSCO_LETTER, "Upheld rate (of investigations)", "Similar authorities", "not entered");
                assertLine(pdf, "Investigated 3 –");
                assertLine(pdf, "Upheld 2 –");
                // Housing Ombudsman, decided in the year: H1 maladministration, H2 reasonable redress, H3 outside
                // jurisdiction. Determinations 2 (outside jurisdiction is none); fault 1 of 2; orders complied 1 of H1's 2.
                csv.assertFigure(HOUSING, "Severe maladministration", "Cases", "0");
                csv.assertFigure(HOUSING, "Maladministration", "Cases", "1");
                csv.assertFigure(HOUSING, "Service failure", "Cases", "0");
                csv.assertFigure(HOUSING, "No maladministration", "Cases", "0");
                csv.assertFigure(HOUSING, "Reasonable redress", "Cases", "1");
                csv.assertFigure(HOUSING, "Outside jurisdiction", "Cases", "1");
                csv.assertFigure(HOUSING, "Determinations", "Cases", "2");
                csv.assertFigure(HOUSING, "Maladministration rate (any finding of fault)", "Cases", "50.0%");
                csv.assertFigure(HOUSING, "Compliance with orders and recommendations", "Cases", "50.0%");
                // Received in the year by the service of the complaint's first stage: LGSCO O2 (C), O3 (F), O4 (H) Council Tax,
                // O5 (I), O6 (D) bins; Housing Ombudsman H1 (B), H2 (A), H3 (E) repairs.
                csv.assertFigure(BY_AREA, BINS, "Local Government and Social Care Ombudsman", "2");
                csv.assertFigure(BY_AREA, BINS, "Housing Ombudsman", "0");
                csv.assertFigure(BY_AREA, TAX, "Local Government and Social Care Ombudsman", "3");
                csv.assertFigure(BY_AREA, TAX, "Both", "3");
                csv.assertFigure(BY_AREA, REPAIRS, "Local Government and Social Care Ombudsman", "0");
                csv.assertFigure(BY_AREA, REPAIRS, "Housing Ombudsman", "3");
                csv.assertFigure(BY_AREA, "All service areas", "Local Government and Social Care Ombudsman", "5");
                csv.assertFigure(BY_AREA, "All service areas", "Housing Ombudsman", "3");
                csv.assertFigure(BY_AREA, "All service areas", "Both", "8");
                assertLine(pdf, "All service areas 5 3 8");

                assertTrue(pdf.contains("7 new complaints; 71.4% of stage 1 responses sent within the Code's timescales."), pdf);
                // (The summary's second point runs over two lines.)
                assertTrue(pdf.replaceAll("\\s+", " ").contains("The Local Government and Social Care Ombudsman decided 5 cases about"
                        + " the council, upholding 2; the Housing Ombudsman decided 3."), pdf);
                // The council has no homes as a landlord in this server's settings: no tenant measures.
                assertFalse(pdf.contains("Tenant Satisfaction Measures"), pdf);
                assertTrue(pdf.contains("Appendix: how each figure is counted"), pdf);

                // Of the two LGSCO cases upheld in the year (O1, O2) the council had remedied O2 first: 1 of 2. O4, closed
                // after initial enquiries because the council had already put things right, is not upheld and is no part
                // of this share (the report once counted it, printing 100.0%).
                csv.assertFigure(LGSCO_LETTER, "Satisfactory remedy provided by the council first (of upheld)", "The council", "50.0%");
                // At 31 March 2013 action 4 (due 1 March) and action 8 (due 15 February, reported done only on 10 April)
                // were past their due date and not reported done (the report once left out action 8, reported later).
                csv.assertFigure(learning, "Past their due date and not reported done at the period's end", "Number", "2");
            } finally {
                for (Integer key : decisionsAdded) {
                    fixture.insert("DELETE FROM warehouse.dim_ombudsman_decision WHERE ombudsman_decision_key = ?", key);
                }
            }
        }
    }

    private static void arrange(WarehouseFixture f, List<Integer> decisionsAdded) throws Exception {
        int phone = f.key("dim_channel", "TELEPHONE");
        int web = f.key("dim_channel", "WEB");
        int repairs = f.service(REPAIRS);
        int tax = f.service(TAX);
        int bins = f.service(BINS);
        int stage1 = f.stage(1);
        int stage2 = f.stage(2);
        int delay = f.key("dim_complaint_category", "DELAY");
        int quality = f.key("dim_complaint_category", "QUALITY_OF_SERVICE");
        int staff = f.key("dim_complaint_category", "STAFF_BEHAVIOUR");
        int decisionCategory = f.key("dim_complaint_category", "DECISION");
        int upheld = f.key("dim_outcome", "UPHELD");
        int partly = f.key("dim_outcome", "PARTLY_UPHELD");
        int notUpheld = f.key("dim_outcome", "NOT_UPHELD");
        int overTwelveMonths = f.key("dim_refusal_reason", "OVER_TWELVE_MONTHS");
        int legal = f.key("dim_refusal_reason", "LEGAL_PROCEEDINGS");

        String complaint = "INSERT INTO warehouse.fact_complaint_stage (complaint_id, stage, resident_id, complaint_stage_key,"
                + " complaint_category_key, service_key, channel_key, ombudsman, received_date_key, acknowledge_due_key,"
                + " acknowledged_date_key, acknowledged_in_time, response_due_key, responded_date_key, responded_in_time,"
                + " extended_working_days, refused, refusal_reason_key, outcome_key, remedies, financial_remedy, complaint_state)"
                + " VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        // id, stage, stage key, category, service, channel, ombudsman, received, acknowledge due, acknowledged, in time,
        // response due, responded, in time, extended by, refused, reason, outcome, remedies, money, state.
        f.insert(complaint, A, 1, stage1, delay, repairs, phone, "HOUSING", 20120502, 20120509, 20120503, true,
                20120530, 20120529, true, 0, false, null, upheld, 2, new java.math.BigDecimal("50.00"), "REFERRED_TO_OMBUDSMAN");
        f.insert(complaint, H, 1, stage1, decisionCategory, tax, web, "LGSCO", 20120620, 20120627, 20120621, true,
                20120718, 20120625, true, 0, true, legal, null, 0, java.math.BigDecimal.ZERO, "REFERRED_TO_OMBUDSMAN");
        f.insert(complaint, B, 1, stage1, quality, repairs, web, "HOUSING", 20120716, 20120723, 20120725, false,
                20120827, 20120830, false, 10, false, null, notUpheld, 0, java.math.BigDecimal.ZERO, "REFERRED_TO_OMBUDSMAN");
        f.insert(complaint, I, 1, stage1, quality, bins, phone, "LGSCO", 20120815, 20120822, 20120816, true,
                20120912, 20120917, false, 0, true, overTwelveMonths, null, 0, java.math.BigDecimal.ZERO, "REFERRED_TO_OMBUDSMAN");
        f.insert(complaint, B, 2, stage2, quality, repairs, web, "HOUSING", 20120910, 20120917, 20120914, true,
                20121008, 20121005, true, 0, false, null, upheld, 1, new java.math.BigDecimal("125.40"), "REFERRED_TO_OMBUDSMAN");
        f.insert(complaint, C, 1, stage1, staff, tax, phone, "LGSCO", 20121105, 20121112, 20121107, true,
                20121210, 20121207, true, 5, false, null, partly, 1, java.math.BigDecimal.ZERO, "REFERRED_TO_OMBUDSMAN");
        f.insert(complaint, C, 2, stage2, staff, tax, phone, "LGSCO", 20121210, 20121217, 20121212, true,
                20130121, 20130130, false, 0, false, null, notUpheld, 0, java.math.BigDecimal.ZERO, "REFERRED_TO_OMBUDSMAN");
        f.insert(complaint, D, 1, stage1, decisionCategory, bins, web, "LGSCO", 20130110, 20130117, 20130111, true,
                20130207, 20130117, true, 0, true, overTwelveMonths, null, 0, java.math.BigDecimal.ZERO, "REFERRED_TO_OMBUDSMAN");
        f.insert(complaint, E, 1, stage1, null, repairs, phone, "HOUSING", 20130320, 20130327, 20130322, true,
                20130417, null, null, 0, false, null, null, 0, java.math.BigDecimal.ZERO, "REFERRED_TO_OMBUDSMAN");
        f.insert(complaint, F, 1, stage1, delay, tax, phone, "LGSCO", 20120326, 20120402, 20120328, true,
                20120423, 20120410, true, 0, false, null, notUpheld, 0, java.math.BigDecimal.ZERO, "REFERRED_TO_OMBUDSMAN");
        f.insert(complaint, G, 1, stage1, quality, bins, phone, "LGSCO", 20130402, 20130410, 20130403, true,
                20130501, null, null, 0, false, null, null, 0, java.math.BigDecimal.ZERO, "ACKNOWLEDGED");
        f.insert(complaint, J, 1, stage1, delay, tax, phone, "LGSCO", 20111003, 20111010, 20111004, true,
                20111031, 20111028, true, 0, false, null, upheld, 1, new java.math.BigDecimal("80.00"), "REFERRED_TO_OMBUDSMAN");

        // Learning actions 1 to 8 (ID + n): complaint, due, reported done by its owner, completed (confirmed with evidence), in time.
        String action = "INSERT INTO warehouse.fact_learning_action (action_id, complaint_id, due_date_key, reported_done_date_key,"
                + " completed_date_key, completed_with_evidence, completed_in_time) VALUES (?, ?, ?, ?, ?, ?, ?)";
        f.insert(action, ID + 1, A, 20120701, 20120620, 20120625, true, true);
        f.insert(action, ID + 2, B, 20121001, 20121015, 20121101, true, false);
        f.insert(action, ID + 3, C, 20130201, 20130215, null, false, null);
        f.insert(action, ID + 4, C, 20130301, null, null, false, null);
        f.insert(action, ID + 5, C, 20130601, null, null, false, null);
        f.insert(action, ID + 6, F, 20120301, 20120320, 20120410, true, false);
        f.insert(action, ID + 7, B, 20130331, 20130320, 20130405, true, false);
        f.insert(action, ID + 8, C, 20130215, 20130410, 20130420, true, false);

        String rating = "INSERT INTO warehouse.fact_satisfaction (feedback_id, resident_id, date_key, channel_key, service_key, score,"
                + " about_complaint_id) VALUES (?, 1, ?, ?, ?, ?, ?)";
        f.insert(rating, ID, 20120520, phone, repairs, 1, A);
        f.insert(rating, ID + 1, 20120905, phone, repairs, -1, B);
        f.insert(rating, ID + 2, 20121015, phone, repairs, 1, B);
        f.insert(rating, ID + 3, 20121220, phone, tax, 0, C);
        f.insert(rating, ID + 4, 20120601, phone, tax, 1, null);
        f.insert(rating, ID + 5, 20130405, phone, tax, -1, C);

        // Ombudsman cases: id, complaint, decision, received, decided, remedied by the council first, recommendations, complied.
        String ombudsmanCase = "INSERT INTO warehouse.fact_ombudsman_case (case_id, complaint_id, ombudsman_decision_key,"
                + " received_date_key, decided_date_key, remedied_by_council, recommendations, recommendations_complied)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        // LGSCO: O1 about J, referred the year before and upheld in the year; O2 about C, upheld, remedied by the council
        // first; O3 about F, not upheld; O4 about H, closed after initial enquiries as the council had remedied it first;
        // O5 about I, invalid; O6 about D, undecided.
        f.insert(ombudsmanCase, ID + 1, J, decision(f, "LGSCO", "Upheld", decisionsAdded), 20120210, 20120801, false, 3, 2);
        f.insert(ombudsmanCase, ID + 2, C, decision(f, "LGSCO", "Upheld", decisionsAdded), 20130205, 20130320, true, 2, 2);
        f.insert(ombudsmanCase, ID + 3, F, decision(f, "LGSCO", "Not upheld", decisionsAdded), 20120601, 20121015, false, 0, 0);
        f.insert(ombudsmanCase, ID + 4, H, decision(f, "LGSCO", "Closed after initial enquiries", decisionsAdded), 20120720, 20120830,
                true, 0, 0);
        f.insert(ombudsmanCase, ID + 5, I, decision(f, "LGSCO", "Invalid or incomplete", decisionsAdded), 20121001, 20121012, false, 0, 0);
        f.insert(ombudsmanCase, ID + 6, D, decision(f, "LGSCO", null, decisionsAdded), 20130301, null, false, 0, 0);
        // Housing Ombudsman: H1 about B, maladministration; H2 about A, reasonable redress; H3 about E, outside jurisdiction.
        f.insert(ombudsmanCase, ID + 11, B, decision(f, "HOUSING", "Maladministration", decisionsAdded), 20121101, 20130110, false, 2, 1);
        f.insert(ombudsmanCase, ID + 12, A, decision(f, "HOUSING", "Reasonable redress", decisionsAdded), 20120801, 20121120, true, 0, 0);
        f.insert(ombudsmanCase, ID + 13, E, decision(f, "HOUSING", "Outside jurisdiction", decisionsAdded), 20130325, 20130328, false, 0, 0);
    }

    /**
     * An Ombudsman's decision (none: not decided yet) in the dimension, added as the load adds it if no case of the
     * demo has had it yet (and removed at the end).
     */
    private static int decision(WarehouseFixture f, String ombudsman, String decision, List<Integer> added) throws SQLException {
        String code = ombudsman + "/" + (decision == null ? "" : decision);
        try {
            return f.key("dim_ombudsman_decision", code);
        } catch (IllegalStateException notYet) {
            f.insert("INSERT INTO warehouse.dim_ombudsman_decision (code, ombudsman, decision, label) VALUES (?, ?, ?, ?)",
                    code, ombudsman, decision, decision == null ? "No decision yet" : decision);
            int key = f.key("dim_ombudsman_decision", code);
            added.add(key);
            return key;
        }
    }

    private static byte[] download(String format) throws Exception {
        return CommitteeReportFile.download("annual-complaints", YEAR, format);
    }

    private static String text(byte[] pdf) throws Exception {
        return CommitteeReportFile.text("annual-complaints", pdf);
    }

    private static void assertLine(String text, String line) {
        CommitteeReportFile.assertLine(text, line);
    }
}
