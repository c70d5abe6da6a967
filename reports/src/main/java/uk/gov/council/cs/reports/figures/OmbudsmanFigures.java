package uk.gov.council.cs.reports.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.council.cs.reports.assessment.OmbudsmanAverages;
import uk.gov.council.cs.reports.content.Trace;
import uk.gov.council.cs.reports.content.FigureTable;
import uk.gov.council.cs.reports.content.FigureTable.Cell;
import uk.gov.council.cs.reports.content.FigureTable.Row;
import uk.gov.council.cs.reports.content.Figures;
import uk.gov.council.cs.reports.schedule.ReportPeriod;

/**
 * The Ombudsmen's cases from the council's own records, in the form of their yearly letters: the Local
 * Government and Social Care Ombudsman's review letter (decisions not for us, assessed and closed,
 * investigated, upheld rate, remedy provided by the council first, compliance with recommendations,
 * upheld decisions per 100,000 residents), and the Housing Ombudsman's findings in its own words.
 */
final class OmbudsmanFigures {

    static final String LGSCO = "LGSCO";
    static final String HOUSING = "HOUSING";
    private static final String UPHELD = "Upheld";
    private static final List<String> NOT_FOR_US = List.of("Referred back for local resolution", "Invalid or incomplete");
    private static final List<String> ASSESSED_AND_CLOSED = List.of("Closed after initial enquiries");
    private static final List<String> HOUSING_FAULT = List.of("Severe maladministration", "Maladministration", "Service failure");

    /** Decisions made in the year: each decision's count, upheld cases remedied by the council first, recommendations and compliance. */
    record Decisions(String ombudsman, ReportPeriod year, Map<String, Long> byDecision, long remediedFirst, long recommendations,
                     long complied, long received) {
        /** The cases with these decisions (all decided cases when none are named) decided in the year. */
        Trace decided(List<String> decisions) {
            if (decisions.isEmpty()) {
                return Traces.of(RecordList.OMBUDSMAN_CASES, "decided_date_key", year, "od.ombudsman = ?", ombudsman);
            }
            List<Object> parameters = new java.util.ArrayList<>(List.of(ombudsman));
            parameters.addAll(decisions);
            return Traces.of(RecordList.OMBUDSMAN_CASES, "decided_date_key", year, "od.ombudsman = ? AND od.decision IN ("
                    + String.join(", ", java.util.Collections.nCopies(decisions.size(), "?")) + ")", parameters.toArray());
        }

        Trace receivedInYear() {
            return Traces.of(RecordList.OMBUDSMAN_CASES, "received_date_key", year, "od.ombudsman = ?", ombudsman);
        }

        long total() {
            return byDecision.values().stream().mapToLong(Long::longValue).sum();
        }

        long of(List<String> decisions) {
            return decisions.stream().mapToLong(d -> byDecision.getOrDefault(d, 0L)).sum();
        }
    }

    private final WarehouseReader warehouse;

    OmbudsmanFigures(WarehouseReader warehouse) {
        this.warehouse = warehouse;
    }

    Decisions decisions(String ombudsman, ReportPeriod year) {
        Object[] days = WarehouseReader.days(year);
        Map<String, Long> byDecision = new LinkedHashMap<>();
        long remedied = 0;
        long recommendations = 0;
        long complied = 0;
        for (WarehouseReader.Counted row : warehouse.rows(1, "SELECT d.decision, COUNT(*), SUM(CASE WHEN o.remedied_by_council THEN 1 ELSE 0 END),"
                + " SUM(o.recommendations), SUM(o.recommendations_complied) FROM warehouse.fact_ombudsman_case o"
                + " JOIN warehouse.dim_ombudsman_decision d ON d.ombudsman_decision_key = o.ombudsman_decision_key"
                + " WHERE d.ombudsman = ? AND o.decided_date_key BETWEEN ? AND ? GROUP BY d.decision ORDER BY d.decision",
                ombudsman, days[0], days[1])) {
            byDecision.put(row.key(), row.value(0));
            // The LGSCO's measure is of upheld cases: a remedy ticked on another decision is not counted.
            if (UPHELD.equals(row.key())) {
                remedied += row.value(1);
            }
            recommendations += row.value(2);
            complied += row.value(3);
        }
        long received = warehouse.one("SELECT COUNT(*) FROM warehouse.fact_ombudsman_case o JOIN warehouse.dim_ombudsman_decision d"
                + " ON d.ombudsman_decision_key = o.ombudsman_decision_key WHERE d.ombudsman = ? AND o.received_date_key BETWEEN ? AND ?",
                ombudsman, days[0], days[1]).value(0);
        return new Decisions(ombudsman, year, byDecision, remedied, recommendations, complied, received);
    }

    /** The borough's usual residents from the Census baseline (the ethnic group table's total), or none. */
    Long population(String geographyCode) {
        List<WarehouseReader.Counted> rows = warehouse.rows(0, "SELECT MAX(residents) FROM warehouse.population_baseline WHERE column_kind = 'TOTAL'"
                + " AND census_table IN ('TS021', 'TS008')" + (geographyCode == null || geographyCode.isBlank() ? "" : " AND geography_code = ?"),
                geographyCode == null || geographyCode.isBlank() ? new Object[0] : new Object[] {geographyCode});
        return rows.isEmpty() || rows.get(0).values().get(0) == null ? null : rows.get(0).value(0);
    }

    FigureTable lgscoLetter(Decisions d, Long population, OmbudsmanAverages averages) {
        long investigated = d.of(List.of("Upheld", "Not upheld"));
        long upheld = d.of(List.of("Upheld"));
        OmbudsmanAverages a = averages;
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("Complaints and enquiries referred to the Ombudsman", Cell.count(d.received()).tracedTo(d.receivedInYear()), Cell.none()));
        rows.add(Row.of("Decisions made", Cell.count(d.total()).tracedTo(d.decided(List.of())), Cell.none()));
        rows.add(Row.of("Not for us (referred back or invalid)", Cell.count(d.of(NOT_FOR_US)).tracedTo(d.decided(NOT_FOR_US)), Cell.none()));
        rows.add(Row.of("Assessed and closed", Cell.count(d.of(ASSESSED_AND_CLOSED)).tracedTo(d.decided(ASSESSED_AND_CLOSED)), Cell.none()));
        rows.add(Row.of("Investigated", Cell.count(investigated).tracedTo(d.decided(List.of("Upheld", "Not upheld"))), Cell.none()));
        rows.add(Row.of("Upheld", Cell.count(upheld).tracedTo(d.decided(List.of("Upheld"))), Cell.none()));
        rows.add(Row.of("Upheld rate (of investigations)", Tables.share(upheld, investigated),
                average(a, a == null ? null : OmbudsmanAverages.percentText(a.upheldRate()), a == null ? null : a.upheldRate())));
        rows.add(Row.of("Satisfactory remedy provided by the council first (of upheld)", Tables.share(d.remediedFirst(), upheld),
                average(a, a == null ? null : OmbudsmanAverages.percentText(a.remediedRate()), a == null ? null : a.remediedRate())));
        rows.add(Row.of("Compliance with recommendations", Tables.share(d.complied(), d.recommendations()),
                average(a, a == null ? null : OmbudsmanAverages.percentText(a.complianceRate()), a == null ? null : a.complianceRate())));
        rows.add(Row.of("Upheld decisions per 100,000 residents", population == null || population == 0 ? Cell.none()
                : Cell.text(Figures.average(100_000.0 * upheld / population)),
                average(a, a == null ? null : OmbudsmanAverages.decimalText(a.upheldPer100k()), a == null ? null : a.upheldPer100k())));
        String compared = a == null ? "Similar authorities" : a.authorityType();
        return new FigureTable("Local Government and Social Care Ombudsman: the year in the form of its annual review letter",
                Tables.headings("Measure", "The council", compared), rows,
                a == null ? "From the council's own case records. The averages for similar authorities have not been entered for"
                        + " this year; administrators enter them from the Ombudsman's published letter."
                        : "From the council's own case records. " + compared + ": the averages from the Ombudsman's letter ("
                        + a.source().strip() + ").");
    }

    FigureTable housingFindings(Decisions d) {
        List<Row> rows = new ArrayList<>();
        for (String decision : List.of("Severe maladministration", "Maladministration", "Service failure", "No maladministration",
                "Reasonable redress", "Outside jurisdiction")) {
            rows.add(Row.of(decision, Cell.count(d.byDecision().getOrDefault(decision, 0L)).tracedTo(d.decided(List.of(decision)))));
        }
        long determined = d.total() - d.of(List.of("Outside jurisdiction"));
        rows.add(Row.totalOf("Determinations", Cell.count(determined).tracedTo(Traces.of(RecordList.OMBUDSMAN_CASES, "decided_date_key",
                d.year(), "od.ombudsman = ? AND od.decision <> 'Outside jurisdiction'", d.ombudsman()))));
        rows.add(Row.totalOf("Maladministration rate (any finding of fault)", Tables.share(d.of(HOUSING_FAULT), determined)));
        rows.add(Row.totalOf("Compliance with orders and recommendations", Tables.share(d.complied(), d.recommendations())));
        return new FigureTable("Housing Ombudsman: findings of the year", Tables.headings("Finding", "Cases"), rows,
                "Cases about the council as landlord, determined in the year, in the Housing Ombudsman's words.");
    }

    /**
     * The service area of an Ombudsman case ({@code f}, with its decision {@code od}): the service of the
     * complaint's first stage, as the LGSCO's letter counts complaints and enquiries by service area.
     */
    private static final String SERVICE_AREA = "COALESCE((SELECT sv.name FROM warehouse.fact_complaint_stage s"
            + " JOIN warehouse.dim_service sv ON sv.service_key = s.service_key WHERE s.complaint_id = f.complaint_id AND s.stage = 1),"
            + " 'No service recorded')";

    /** Cases the Ombudsmen received in the year by service area, each Ombudsman a column, as the LGSCO's letter counts them. */
    FigureTable byServiceArea(ReportPeriod year) {
        Object[] days = WarehouseReader.days(year);
        Map<String, long[]> areas = new java.util.TreeMap<>();
        for (WarehouseReader.Counted row : warehouse.rows(2, "SELECT x.area, x.ombudsman, COUNT(*) FROM (SELECT " + SERVICE_AREA
                + " AS area, od.ombudsman AS ombudsman FROM warehouse.fact_ombudsman_case f JOIN warehouse.dim_ombudsman_decision od"
                + " ON od.ombudsman_decision_key = f.ombudsman_decision_key WHERE f.received_date_key BETWEEN ? AND ?) x"
                + " GROUP BY x.area, x.ombudsman", days[0], days[1])) {
            areas.computeIfAbsent(row.keys().get(0), a -> new long[2])[LGSCO.equals(row.keys().get(1)) ? 0 : 1] += row.value(0);
        }
        List<Row> rows = new ArrayList<>();
        long[] all = new long[2];
        areas.forEach((area, n) -> {
            rows.add(Row.of(area, Cell.count(n[0]).tracedTo(receivedAbout(year, LGSCO, area)),
                    Cell.count(n[1]).tracedTo(receivedAbout(year, HOUSING, area)),
                    Cell.count(n[0] + n[1]).tracedTo(receivedAbout(year, null, area))));
            all[0] += n[0];
            all[1] += n[1];
        });
        rows.add(Row.totalOf("All service areas", Cell.count(all[0]).tracedTo(receivedAbout(year, LGSCO, null)),
                Cell.count(all[1]).tracedTo(receivedAbout(year, HOUSING, null)),
                Cell.count(all[0] + all[1]).tracedTo(receivedAbout(year, null, null))));
        return new FigureTable("Complaints and enquiries the Ombudsmen received, by service area", Tables.headings("Service area",
                "Local Government and Social Care Ombudsman", "Housing Ombudsman", "Both"), rows,
                "Cases received in the year, by the service of the complaint's first stage.");
    }

    /** The cases received in the year by one Ombudsman (or either, null) about one service area (or any, null). */
    private static Trace receivedAbout(ReportPeriod year, String ombudsman, String area) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (ombudsman != null) {
            conditions.add("od.ombudsman = ?");
            parameters.add(ombudsman);
        }
        if (area != null) {
            conditions.add(SERVICE_AREA + " = ?");
            parameters.add(area);
        }
        return Traces.of(RecordList.OMBUDSMAN_CASES, "received_date_key", year, conditions.isEmpty() ? null
                : String.join(" AND ", conditions), parameters.toArray());
    }

    /** The letter's average as printed, "not entered" if the council has not entered the letter, "not given" if the letter has none. */
    private static Cell average(OmbudsmanAverages averages, String text, java.math.BigDecimal value) {
        if (averages == null) {
            return Cell.text("not entered");
        }
        return text == null ? Cell.text("not given") : new Cell(text, value);
    }

    /** Tenant Satisfaction Measures CH01 and CH02 for the council's complaints as landlord. */
    FigureTable tenantMeasures(ReportPeriod year, long homes) {
        Object[] days = WarehouseReader.days(year);
        List<Row> rows = new ArrayList<>();
        for (int stage = 1; stage <= 2; stage++) {
            long received = warehouse.one("SELECT COUNT(*) FROM warehouse.fact_complaint_stage WHERE ombudsman = ? AND stage = ?"
                    + " AND received_date_key BETWEEN ? AND ?", HOUSING, stage, days[0], days[1]).value(0);
            WarehouseReader.Counted answered = warehouse.one("SELECT COUNT(*), SUM(CASE WHEN responded_in_time THEN 1 ELSE 0 END)"
                    + " FROM warehouse.fact_complaint_stage WHERE ombudsman = ? AND stage = ? AND responded_date_key BETWEEN ? AND ?",
                    HOUSING, stage, days[0], days[1]);
            rows.add(Row.of("CH01 stage " + stage + " complaints per 1,000 homes", Cell.text(Figures.average(1000.0 * received / homes))));
            rows.add(Row.of("CH02 stage " + stage + " complaints answered within the Code's timescales",
                    Tables.share(answered.value(1), answered.value(0))));
        }
        return new FigureTable("Tenant Satisfaction Measures: complaints (" + Figures.count(homes) + " homes)",
                Tables.headings("Measure", "The council"), rows, "Complaints about the council as landlord: those the Housing Ombudsman would consider.");
    }
}
