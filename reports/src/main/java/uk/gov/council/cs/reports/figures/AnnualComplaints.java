package uk.gov.council.cs.reports.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.gov.council.cs.reports.assessment.OmbudsmanAverages;
import uk.gov.council.cs.reports.assessment.SectionAnswer;
import uk.gov.council.cs.reports.assessment.SelfAssessmentSection;
import uk.gov.council.cs.reports.content.CommitteeReport;
import uk.gov.council.cs.reports.content.FigureTable;
import uk.gov.council.cs.reports.content.FigureTable.Cell;
import uk.gov.council.cs.reports.content.FigureTable.Row;
import uk.gov.council.cs.reports.content.Figures;
import uk.gov.council.cs.reports.content.MeasureDefinition;
import uk.gov.council.cs.reports.content.ReportKind;
import uk.gov.council.cs.reports.content.Section;
import uk.gov.council.cs.reports.schedule.ReportPeriod;

/**
 * The annual complaints performance and service improvement report (Complaint Handling Code section 8;
 * DOMAIN.md report 1) for a financial year, from the warehouse: volumes by stage, service and category,
 * refusals, timeliness, outcomes, remedies, learning, satisfaction, non-compliance found, and the
 * Ombudsmen's figures in the form of their yearly letters.
 */
public final class AnnualComplaints {

    /**
     * What the council configures and enters for this report: its homes as a landlord (none if it is not one),
     * its Census area, its self-assessment against the Code and the Ombudsman's averages for similar authorities
     * (none if not entered).
     */
    public record Settings(Long homes, String geographyCode, List<SectionAnswer> selfAssessment, OmbudsmanAverages ombudsmanAverages) {
        public Settings {
            selfAssessment = selfAssessment == null ? List.of() : List.copyOf(selfAssessment);
        }
    }

    private final WarehouseReader warehouse;
    private final String councilName;
    private final Settings settings;

    public AnnualComplaints(WarehouseReader warehouse, String councilName, Settings settings) {
        this.warehouse = warehouse;
        this.councilName = councilName;
        this.settings = settings;
    }

    public CommitteeReport build(ReportPeriod year, LocalDate today) {
        if (year.kind() != ReportPeriod.Kind.YEAR) {
            throw new IllegalArgumentException("The annual complaints report is for a financial year, such as 2025-26; "
                    + year.label() + " is not one.");
        }
        ComplaintFigures complaints = new ComplaintFigures(warehouse);
        OmbudsmanFigures ombudsman = new OmbudsmanFigures(warehouse);
        List<ReportPeriod> quarters = ReportPeriod.quarter(year.first().getYear(), 4).trend(3);
        List<Section> sections = new ArrayList<>();

        sections.add(SelfAssessmentSection.of(year.label(), settings.selfAssessment()));

        FigureTable byStage = Tables.countsByPeriod("Complaints received by quarter and stage", "Stage", quarters,
                complaints.stages(), complaints::receivedByStage, "All stages", "Stage 1: new complaints; later stages: escalations.",
                ComplaintFigures::receivedTrace);
        sections.add(new Section("Complaints received", null, List.of(byStage, complaints.byService(year), complaints.byCategory(year)),
                List.of(Tables.barsByPeriod("Complaints received by quarter", "Complaints", quarters, byStage,
                        QuarterlyPerformance.describe("Complaints received", quarters, byStage)))));

        sections.add(new Section("Complaints refused", "Complaints the council did not take into the procedure, with the"
                + " Code's exclusion it relied on.", List.of(complaints.refusals(year)), List.of()));

        FigureTable trend = complaints.timelinessTrend("Responses in time by quarter", quarters);
        sections.add(new Section("Timeliness against the Code", null, List.of(complaints.timelinessTable(
                "Acknowledged and responded in the year", year), trend), List.of(complaints.timelinessChart(quarters, trend))));

        sections.add(new Section("Outcomes and remedies", null, List.of(complaints.outcomes(year), outcomesByService(year),
                remedies(complaints.remedies(year), year)), List.of()));

        sections.add(new Section("Learning and service improvement", "What the council changed because of complaints:"
                + " the actions agreed, and those completed with evidence.", List.of(complaints.learning(year)), List.of()));

        Satisfaction handling = new Satisfaction(warehouse, true);
        sections.add(new Section("Satisfaction with complaint handling", null,
                List.of(handling.trendTable("Satisfaction with complaint handling by quarter", quarters)), List.of()));

        Map<String, ComplaintFigures.Timeliness> timeliness = complaints.timeliness(year);
        sections.add(new Section("Non-compliance with the Code found during the year", "Each acknowledgement or response sent"
                + " after its due date is a failure to meet the Code's timescales.", List.of(nonCompliance(timeliness, year)), List.of()));

        List<FigureTable> ombudsmanTables = new ArrayList<>();
        OmbudsmanFigures.Decisions lgsco = ombudsman.decisions(OmbudsmanFigures.LGSCO, year);
        ombudsmanTables.add(ombudsman.lgscoLetter(lgsco, ombudsman.population(settings.geographyCode()), settings.ombudsmanAverages()));
        OmbudsmanFigures.Decisions housing = ombudsman.decisions(OmbudsmanFigures.HOUSING, year);
        ombudsmanTables.add(ombudsman.housingFindings(housing));
        ombudsmanTables.add(ombudsman.byServiceArea(year));
        if (settings.homes() != null && settings.homes() > 0) {
            ombudsmanTables.add(ombudsman.tenantMeasures(year, settings.homes()));
        }
        sections.add(new Section("The Ombudsmen", null, ombudsmanTables, List.of()));

        long received = complaints.receivedByStage(year).getOrDefault(ComplaintFigures.stage("1"), 0L);
        ComplaintFigures.Timeliness stage1 = timeliness.get(ComplaintFigures.stage("1"));
        List<String> summary = new ArrayList<>();
        WarehouseReader.inProgress(year, today).ifPresent(summary::add);
        summary.addAll(List.of(
                Figures.count(received) + " new complaints; " + (stage1 == null ? "no stage 1 responses were due"
                        : ComplaintFigures.percentText(stage1.respondedInTime(), stage1.responded())
                        + " of stage 1 responses sent within the Code's timescales") + ".",
                "The Local Government and Social Care Ombudsman decided " + Figures.count(lgsco.total()) + " cases about the council,"
                        + " upholding " + Figures.count(lgsco.of(List.of("Upheld"))) + "; the Housing Ombudsman decided "
                        + Figures.count(housing.total()) + "."));
        return new CommitteeReport(ReportKind.ANNUAL_COMPLAINTS, councilName, year.label(), year.code(), today, summary, sections,
                definitions(settings.homes() != null && settings.homes() > 0), received == 0 && lgsco.total() == 0);
    }

    private FigureTable outcomesByService(ReportPeriod year) {
        Map<String, String> outcomes = warehouse.labels("dim_outcome");
        List<String> columns = new ArrayList<>(outcomes.values());
        Map<String, long[]> counts = new java.util.LinkedHashMap<>();
        for (WarehouseReader.Counted row : warehouse.rows(2, "SELECT COALESCE(sv.name, 'No service recorded'), o.label, COUNT(*)"
                + " FROM warehouse.fact_complaint_stage f JOIN warehouse.dim_outcome o ON o.outcome_key = f.outcome_key"
                + " LEFT JOIN warehouse.dim_service sv ON sv.service_key = f.service_key WHERE f.responded_date_key BETWEEN ? AND ?"
                + " GROUP BY COALESCE(sv.name, 'No service recorded'), o.label ORDER BY 1", WarehouseReader.days(year))) {
            counts.computeIfAbsent(row.keys().get(0), k -> new long[columns.size()])[columns.indexOf(row.keys().get(1))] += row.value(0);
        }
        return ComplaintFigures.matrix("Outcomes of the responses given, by service", "Service", columns, counts, null, (service, outcome) -> {
            List<Object> parameters = new ArrayList<>();
            String condition = "f.outcome_key IS NOT NULL";
            if (service != null) {
                condition += " AND COALESCE(sv.name, 'No service recorded') = ?";
                parameters.add(service);
            }
            if (outcome != null) {
                condition += " AND o.label = ?";
                parameters.add(outcome);
            }
            return Traces.of(RecordList.COMPLAINT_STAGES, "responded_date_key", year, condition, parameters.toArray());
        });
    }

    private static FigureTable remedies(WarehouseReader.Counted r, ReportPeriod year) {
        // Only the responses are records; the remedies and the money are totals over them.
        return new FigureTable("Remedies", Tables.headings("Remedy", "Number"), List.of(
                Row.of("Responses that gave a remedy", Cell.count(r.value(2)).tracedTo(Traces.of(RecordList.COMPLAINT_STAGES,
                        "responded_date_key", year, "f.remedies > 0"))),
                Row.of("Remedies given (apologies, actions, payments)", Cell.count(r.value(0))),
                Row.of("Paid or credited", new Cell("£" + Figures.count(Math.round(r.decimal(1) == null ? 0 : r.decimal(1))),
                        r.decimal(1) == null ? 0 : r.decimal(1)))), null);
    }

    private static FigureTable nonCompliance(Map<String, ComplaintFigures.Timeliness> timeliness, ReportPeriod year) {
        List<Row> rows = new ArrayList<>();
        timeliness.forEach((stage, t) -> {
            String atStage = " AND f.stage = " + ComplaintFigures.stageNumber(stage);
            rows.add(Row.of(stage, Cell.count(t.acknowledged() - t.acknowledgedInTime()).tracedTo(Traces.of(RecordList.COMPLAINT_STAGES,
                    "acknowledged_date_key", year, "COALESCE(f.acknowledged_in_time, FALSE) = FALSE" + atStage)),
                    Cell.count(t.responded() - t.respondedInTime()).tracedTo(Traces.of(RecordList.COMPLAINT_STAGES,
                    "responded_date_key", year, "COALESCE(f.responded_in_time, FALSE) = FALSE" + atStage))));
        });
        if (rows.isEmpty()) {
            rows.add(Row.of("No acknowledgement or response was due", Cell.count(0), Cell.count(0)));
        }
        return new FigureTable("Timescales not met", Tables.headings("Stage", "Acknowledged late", "Answered late"), rows, null);
    }

    /** The measures of this report: the complaint measures it shares with the quarterly report, counted over the year. */
    static List<MeasureDefinition> definitions(boolean landlord) {
        List<MeasureDefinition> definitions = new ArrayList<>(QuarterlyPerformance.definitions("year").stream()
                .filter(d -> !d.measure().startsWith("Contacts") && !d.measure().startsWith("First-point")
                        && !d.measure().startsWith("Avoidable") && !d.measure().startsWith("Answered") && !d.measure().startsWith("Service standards"))
                .toList());
        definitions.add(new MeasureDefinition("Refused", "Complaints received in the year that the council did not take into the"
                + " procedure, by the exclusion of the Code it relied on."));
        definitions.add(new MeasureDefinition("Outcome", "The finding of each response sent in the year: upheld, partly upheld, not upheld."));
        definitions.add(new MeasureDefinition("Remedies", "Remedies given with the responses sent in the year; money paid or credited in pounds."));
        definitions.add(new MeasureDefinition("Ombudsman decisions", "Cases the Ombudsman decided in the year, from the council's"
                + " records. Not for us: referred back for local resolution, or invalid. Investigated: upheld or not upheld."
                + " Upheld rate: upheld of investigated. Remedy by the council first: upheld cases where the council had already"
                + " put things right. Compliance: recommendations the council complied with, of those made."));
        definitions.add(new MeasureDefinition("By service area", "Complaints and enquiries each Ombudsman received in the"
                + " year, by the service of the complaint's first stage (as the LGSCO's annual review letter counts them)."));
        definitions.add(new MeasureDefinition("Per 100,000 residents", "Upheld decisions per 100,000 of the borough's usual"
                + " residents in the Census 2021."));
        if (landlord) {
            definitions.add(new MeasureDefinition("Tenant Satisfaction Measures", "CH01: stage 1 and stage 2 complaints about the"
                    + " council as landlord received in the year per 1,000 homes it owns. CH02: of those answered in the year, the share"
                    + " answered within the Code's timescales."));
        }
        return definitions;
    }
}
