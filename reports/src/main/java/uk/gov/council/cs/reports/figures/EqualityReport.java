package uk.gov.council.cs.reports.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.council.cs.reports.content.CommitteeReport;
import uk.gov.council.cs.reports.content.FigureTable;
import uk.gov.council.cs.reports.content.FigureTable.Cell;
import uk.gov.council.cs.reports.content.FigureTable.Row;
import uk.gov.council.cs.reports.content.Figures;
import uk.gov.council.cs.reports.content.MeasureDefinition;
import uk.gov.council.cs.reports.content.ReportKind;
import uk.gov.council.cs.reports.content.Section;
import uk.gov.council.cs.reports.content.Trace;
import uk.gov.council.cs.reports.disclosure.CountTable;
import uk.gov.council.cs.reports.disclosure.DisclosureControl;
import uk.gov.council.cs.reports.disclosure.ProtectedTable;
import uk.gov.council.cs.reports.schedule.ReportPeriod;

/**
 * The equality report (Public Sector Equality Duty; DOMAIN.md report 2) for a financial year: who
 * contacts the council, asks for services, complains and is satisfied, by protected characteristic,
 * beside the borough's population from the Census. Published figures are about people, so every
 * count table passes through disclosure control first: small counts are shown as "1 to 4", further
 * cells are hidden so that none can be worked out from the totals, and percentages follow their counts.
 */
public final class EqualityReport {

    private static final String[] CHANNELS = uk.gov.council.cs.warehouse.ContactAggregates.TAKE_UP_CHANNELS.toArray(String[]::new);
    private static final String[] CHANNEL_WORDS = {"Telephone", "Web", "Email", "Face to face", "Other"};
    private static final List<Characteristic> WITH_CHANNELS_AND_SATISFACTION = List.of(Characteristic.AGE,
            Characteristic.DISABILITY, Characteristic.ETHNIC_GROUP, Characteristic.SEX);

    private final WarehouseReader warehouse;
    private final String councilName;
    private final DisclosureControl disclosure;
    private final String geographyCode;

    /**
     * @param threshold     counts from 1 to {@code threshold - 1} are small (configuration; 5 by default)
     * @param geographyCode the council's Census area; none to take the area the baseline holds most of
     */
    public EqualityReport(WarehouseReader warehouse, String councilName, int threshold, String geographyCode) {
        this.warehouse = warehouse;
        this.councilName = councilName;
        this.disclosure = new DisclosureControl(threshold);
        this.geographyCode = geographyCode;
    }

    public CommitteeReport build(ReportPeriod year, LocalDate today) {
        if (year.kind() != ReportPeriod.Kind.YEAR) {
            throw new IllegalArgumentException("The equality report is for a financial year, such as 2025-26; "
                    + year.label() + " is not one.");
        }
        String area = geographyCode;
        EqualityFigures figures = new EqualityFigures(warehouse, null);
        if (area == null || area.isBlank()) {
            List<String> held = figures.geographies();
            area = held.isEmpty() ? "" : held.get(0);
        }
        figures = new EqualityFigures(warehouse, area);

        List<Section> sections = new ArrayList<>();
        long[] respondents = figures.respondents(year);
        sections.add(new Section("Who answered the equality questions", "Residents are asked the equality monitoring"
                + " questions on any channel; answering is voluntary and every question offers \"Prefer not to say\".",
                List.of(respondentsTable(respondents, year)), List.of()));
        long people = 0;
        for (Characteristic c : Characteristic.values()) {
            if (c == Characteristic.ETHNIC_CATEGORY) {
                // Published in its five groups only: the 19 categories beside them would let a hidden count be
                // worked out by subtraction, and the guidance prefers wider bands to more suppression.
                continue;
            }
            List<FigureTable> tables = new ArrayList<>();
            FigureTable main = mainTable(figures, c, year);
            tables.add(main);
            if (WITH_CHANNELS_AND_SATISFACTION.contains(c)) {
                tables.add(channelTable(figures, c, year));
                if (c != Characteristic.AGE) {
                    tables.add(satisfactionTable(figures, c, year));
                }
            }
            sections.add(new Section(c.title(), c.censusTable() == null ? "No Census table for this characteristic is held"
                    + " (the council imports the tables it compares with), so there is no borough figure beside it." : null,
                    tables, List.of()));
            if (c == Characteristic.SEX) {
                people = Tables.sum(figures.people(c, year));
            }
        }
        List<String> summary = new ArrayList<>();
        WarehouseReader.inProgress(year, today).ifPresent(summary::add);
        summary.addAll(List.of(
                Figures.count(respondents[0]) + " people contacted the council; " + ComplaintFigures.percentText(respondents[1], respondents[0])
                        + " of them have answered the equality monitoring questions.",
                "Counts from 1 to " + (disclosure.threshold() - 1) + " are shown as \"1 to " + (disclosure.threshold() - 1)
                        + "\", and further figures are hidden ([c]) so that none of them can be worked out from the totals."));
        return new CommitteeReport(ReportKind.EQUALITY, councilName, year.label(), year.code(), today, summary, sections,
                definitions(disclosure.threshold()), people == 0 && respondents[0] == 0);
    }

    private static FigureTable respondentsTable(long[] respondents, ReportPeriod year) {
        // Whether a person has answered is itself special category data: those two lists are the equality officer's only.
        String answered = java.util.Arrays.stream(Characteristic.values()).filter(c -> c.column() != null)
                .map(c -> "COALESCE(p." + c.column() + ", '" + Characteristic.NOT_ASKED + "') <> '" + Characteristic.NOT_ASKED + "'")
                .collect(java.util.stream.Collectors.joining(" OR ", "(", ")"));
        return new FigureTable("Response to the equality questions", Tables.headings("People", "Number", "%"), List.of(
                Row.of("Residents who contacted the council in the year", Cell.count(respondents[0])
                        .tracedTo(Traces.of(RecordList.PEOPLE, "date_key", year, null)), Tables.share(respondents[0], respondents[0])),
                Row.of("of whom have answered the questions", Cell.count(respondents[1])
                        .tracedTo(Traces.specialCategory(RecordList.PEOPLE, "date_key", year, answered)), Tables.share(respondents[1], respondents[0])),
                Row.of("of whom have not been asked", Cell.count(respondents[0] - respondents[1])
                        .tracedTo(Traces.specialCategory(RecordList.PEOPLE, "date_key", year, "NOT " + answered)),
                        Tables.share(respondents[0] - respondents[1], respondents[0]))), null);
    }

    /** The rows of a characteristic: its answers, then "Prefer not to say" and "Not asked" (for age, "Not known"). */
    private static Map<String, String> rows(Characteristic c, EqualityFigures figures) {
        Map<String, String> rows = new LinkedHashMap<>();
        if (c == Characteristic.AGE) {
            figures.ageBands().keySet().forEach(band -> rows.put(band, band));
            return rows;
        }
        rows.putAll(c.answers());
        rows.put(Characteristic.PREFER_NOT_TO_SAY, "Prefer not to say");
        return rows;
    }

    private FigureTable mainTable(EqualityFigures figures, Characteristic c, ReportPeriod year) {
        Map<String, String> rows = rows(c, figures);
        List<String> columns = new ArrayList<>(List.of("People who contacted us"));
        List<Map<String, Long>> counts = new ArrayList<>();
        List<ColumnRecords> records = new ArrayList<>();
        counts.add(figures.people(c, year));
        records.add(new ColumnRecords(RecordList.PEOPLE, "date_key", null));
        Map<String, Long> requests = figures.serviceRequests(c, year);
        if (requests != null) {
            columns.add("Service requests");
            counts.add(requests);
            // A request is counted once, on its first step.
            records.add(new ColumnRecords(RecordList.SERVICE_REQUESTS, "received_date_key", "f.step = (SELECT MIN(s.step)"
                    + " FROM warehouse.fact_service_request_step s WHERE s.request_id = f.request_id)"));
        }
        columns.add("Complaints");
        counts.add(figures.complaints(c, year, EqualityFigures.Complaints.ALL));
        records.add(new ColumnRecords(RecordList.COMPLAINT_STAGES, "received_date_key", "f.stage = 1"));
        columns.add("Equality and diversity complaints");
        counts.add(figures.complaints(c, year, EqualityFigures.Complaints.EQUALITY_AND_DIVERSITY));
        records.add(new ColumnRecords(RecordList.COMPLAINT_STAGES, "received_date_key", "f.stage = 1 AND cc.code = 'EQUALITY_AND_DIVERSITY'"));
        columns.add("Upheld in full or part");
        counts.add(figures.complaints(c, year, EqualityFigures.Complaints.UPHELD));
        records.add(new ColumnRecords(RecordList.COMPLAINT_STAGES, "received_date_key", "f.stage = 1 AND o.code IN ('UPHELD', 'PARTLY_UPHELD')"));

        CountTable.Builder builder = CountTable.withColumns(columns).withoutRowTotals();
        rows.forEach((code, label) -> builder.row(label, counts.stream().mapToInt(m -> Math.toIntExact(m.getOrDefault(code, 0L))).toArray()));
        ProtectedTable table = disclosure.protect(builder.build());

        Map<String, Double> population = figures.population(c);
        double populationTotal = population.values().stream().mapToDouble(Double::doubleValue).sum();
        List<String> codes = new ArrayList<>(rows.keySet());
        // Shares are of those who answered: published only when "prefer not to say" is, or the answered total
        // would give it away.
        List<Integer> unanswered = new ArrayList<>();
        for (int r = 0; r < codes.size(); r++) {
            if (codes.get(r).equals(Characteristic.PREFER_NOT_TO_SAY)) {
                unanswered.add(r);
            }
        }
        boolean sharesPublishable = !table.isSuppressed(uk.gov.council.cs.reports.disclosure.Cell.columnTotal(0))
                && unanswered.stream().noneMatch(r -> table.isSuppressed(uk.gov.council.cs.reports.disclosure.Cell.of(r, 0)));
        long answered = table.publishedValue(uk.gov.council.cs.reports.disclosure.Cell.columnTotal(0)).orElse(0)
                - unanswered.stream().mapToLong(r -> table.publishedValue(uk.gov.council.cs.reports.disclosure.Cell.of(r, 0)).orElse(0)).sum();

        List<String> headings = new ArrayList<>(List.of(c.title().replaceAll(" \\(.*", ""), "Borough %", "People who contacted us", "% of people", "Ratio"));
        headings.addAll(columns.subList(1, columns.size()));
        List<Row> printed = new ArrayList<>();
        for (int r = 0; r < codes.size(); r++) {
            boolean isAnswer = !unanswered.contains(r);
            Double borough = isAnswer && populationTotal > 0 ? population.getOrDefault(codes.get(r), 0.0) / populationTotal : null;
            uk.gov.council.cs.reports.disclosure.Cell contactCell = uk.gov.council.cs.reports.disclosure.Cell.of(r, 0);
            Double share = isAnswer && sharesPublishable && !table.isSuppressed(contactCell) && answered > 0
                    ? (double) table.publishedValue(contactCell).orElse(0) / answered : null;
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.percent(borough));
            String code = codes.get(r);
            cells.add(protectedCount(table, contactCell).tracedTo(records.get(0).of(c, year, List.of(code))));
            cells.add(isAnswer && table.isSuppressed(contactCell) ? Cell.text(ProtectedTable.CONFIDENTIAL) : Cell.percent(share));
            cells.add(share == null || borough == null || borough == 0 ? (isAnswer && table.isSuppressed(contactCell)
                    ? Cell.text(ProtectedTable.CONFIDENTIAL) : Cell.none()) : new Cell(Figures.ratio(share / borough),
                    java.math.BigDecimal.valueOf(share / borough).setScale(2, java.math.RoundingMode.HALF_UP)));
            for (int col = 1; col < columns.size(); col++) {
                cells.add(protectedCount(table, uk.gov.council.cs.reports.disclosure.Cell.of(r, col)).tracedTo(records.get(col).of(c, year, List.of(code))));
            }
            printed.add(new Row(rows.get(codes.get(r)), cells, false));
        }
        List<Cell> totals = new ArrayList<>();
        totals.add(Cell.percent(populationTotal > 0 ? 1.0 : null));
        totals.add(protectedCount(table, uk.gov.council.cs.reports.disclosure.Cell.columnTotal(0)).tracedTo(records.get(0).of(c, year, codes)));
        totals.add(Cell.none());
        totals.add(Cell.none());
        for (int col = 1; col < columns.size(); col++) {
            totals.add(protectedCount(table, uk.gov.council.cs.reports.disclosure.Cell.columnTotal(col)).tracedTo(records.get(col).of(c, year, codes)));
        }
        printed.add(new Row("All", totals, true));
        return new FigureTable(c.title() + (requests == null ? ": people who contacted us, and complaints" : ": people who contacted us,"
                + " service requests and complaints"), headings, printed, "Of the people who have answered the equality questions."
                + " Borough %: the Census 2021 population of the borough. % of people and the ratio leave out those who preferred not"
                + " to say; a ratio above 1 means the group contacts the council more than its share of the borough.");
    }

    private FigureTable channelTable(EqualityFigures figures, Characteristic c, ReportPeriod year) {
        Map<String, String> rows = rows(c, figures);
        Map<String, Map<String, Long>> counts = figures.peopleByChannel(c, year);
        // A person may use several channels, so a row does not add up to the people in it: no row totals.
        CountTable.Builder builder = CountTable.withColumns(List.of(CHANNEL_WORDS)).withoutRowTotals();
        rows.forEach((code, label) -> {
            Map<String, Long> byChannel = counts.getOrDefault(code, Map.of());
            int[] values = new int[CHANNEL_WORDS.length];
            for (Map.Entry<String, Long> e : byChannel.entrySet()) {
                int index = List.of(CHANNELS).indexOf(e.getKey());
                values[index < 0 ? CHANNELS.length : index] += Math.toIntExact(e.getValue());
            }
            builder.row(label, values);
        });
        ProtectedTable table = disclosure.protect(builder.build());
        List<ColumnRecords> byChannel = new ArrayList<>();
        for (String channel : CHANNELS) {
            byChannel.add(new ColumnRecords(RecordList.PEOPLE, "date_key", "ch.code = '" + channel + "'"));
        }
        byChannel.add(new ColumnRecords(RecordList.PEOPLE, "date_key", "ch.code NOT IN ('" + String.join("', '", CHANNELS) + "')"));
        return printed(c.title().replaceAll(" \\(.*", "") + ": channel take-up", c, table, false,
                "People who used each channel in the year (one person may use several); Other: post, webchat, social media and SMS.",
                new ArrayList<>(rows.keySet()), byChannel, null, year);
    }

    private FigureTable satisfactionTable(EqualityFigures figures, Characteristic c, ReportPeriod year) {
        Map<String, String> rows = rows(c, figures);
        Map<String, long[]> counts = figures.satisfaction(c, year);
        CountTable.Builder builder = CountTable.withColumns("Good", "Average", "Poor");
        rows.forEach((code, label) -> {
            long[] s = counts.getOrDefault(code, new long[3]);
            builder.row(label, Math.toIntExact(s[0]), Math.toIntExact(s[1]), Math.toIntExact(s[2]));
        });
        ProtectedTable table = disclosure.protect(builder.build());
        String services = "f.about_complaint_id IS NULL";
        return printed(c.title().replaceAll(" \\(.*", "") + ": satisfaction with services", c, table, true,
                "Ratings of the council's services in the year: good, average and poor.", new ArrayList<>(rows.keySet()),
                List.of(new ColumnRecords(RecordList.SATISFACTION, "date_key", services + " AND f.score > 0"),
                        new ColumnRecords(RecordList.SATISFACTION, "date_key", services + " AND f.score = 0"),
                        new ColumnRecords(RecordList.SATISFACTION, "date_key", services + " AND f.score < 0")),
                new ColumnRecords(RecordList.SATISFACTION, "date_key", services), year);
    }

    /**
     * A protected table as printed: every cell's words, row totals and the totals row, each able to list the
     * records it counts (the equality officer only): {@code codes} are the rows' answers, {@code columns} the
     * columns' records and {@code rowTotal} those of a row's total.
     */
    private static FigureTable printed(String caption, Characteristic c, ProtectedTable table, boolean rowTotals, String note,
                                       List<String> codes, List<ColumnRecords> columns, ColumnRecords rowTotal, ReportPeriod year) {
        List<String> headings = new ArrayList<>();
        headings.add(c.title().replaceAll(" \\(.*", ""));
        for (int col = 0; col < table.columnCount(); col++) {
            headings.add(table.columnLabel(col));
        }
        if (rowTotals) {
            headings.add("All");
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            List<Cell> cells = new ArrayList<>();
            List<String> answer = List.of(codes.get(r));
            for (int col = 0; col < table.columnCount(); col++) {
                cells.add(protectedCount(table, uk.gov.council.cs.reports.disclosure.Cell.of(r, col)).tracedTo(columns.get(col).of(c, year, answer)));
            }
            if (rowTotals) {
                cells.add(protectedCount(table, uk.gov.council.cs.reports.disclosure.Cell.rowTotal(r)).tracedTo(rowTotal.of(c, year, answer)));
            }
            rows.add(new Row(table.rowLabel(r), cells, false));
        }
        List<Cell> totals = new ArrayList<>();
        for (int col = 0; col < table.columnCount(); col++) {
            totals.add(protectedCount(table, uk.gov.council.cs.reports.disclosure.Cell.columnTotal(col)).tracedTo(columns.get(col).of(c, year, codes)));
        }
        if (rowTotals) {
            totals.add(protectedCount(table, uk.gov.council.cs.reports.disclosure.Cell.grandTotal()).tracedTo(rowTotal.of(c, year, codes)));
        }
        rows.add(new Row("All", totals, true));
        return new FigureTable(caption, headings, rows, note);
    }

    /**
     * The records a column of an equality table counts: its record list, the date column that puts a record in
     * the year, and the column's own condition (none for all records).
     */
    private record ColumnRecords(RecordList list, String dateColumn, String condition) {
        /** The column's records of people whose answer to {@code c} is one of {@code answers}: special category data. */
        Trace of(Characteristic c, ReportPeriod year, List<String> answers) {
            String in = " IN (" + String.join(", ", java.util.Collections.nCopies(answers.size(), "?")) + ")";
            List<Object> parameters = new ArrayList<>();
            String answer;
            if (c == Characteristic.AGE && list == RecordList.PEOPLE) {
                // People are counted under their first age band of the year (EqualityFigures.PERSON_AGE_BAND).
                answer = "res.person_id IN (SELECT pb.person_id FROM (" + EqualityFigures.PERSON_AGE_BAND + ") pb WHERE pb.band" + in + ")";
                parameters.addAll(List.of(WarehouseReader.days(year)));
            } else {
                answer = (c == Characteristic.AGE ? "COALESCE(ab.code, '" : "COALESCE(p." + c.column() + ", '") + Characteristic.NOT_ASKED + "')" + in;
            }
            parameters.addAll(answers);
            return Traces.specialCategory(list, dateColumn, year, condition == null ? answer : condition + " AND " + answer, parameters.toArray());
        }
    }

    private static Cell protectedCount(ProtectedTable table, uk.gov.council.cs.reports.disclosure.Cell cell) {
        java.util.OptionalInt value = table.publishedValue(cell);
        return value.isPresent() ? Cell.count(value.getAsInt()) : Cell.text(table.text(cell));
    }

    static List<MeasureDefinition> definitions(int threshold) {
        return List.of(
                new MeasureDefinition("Counted by", "Each contact, service request, complaint and rating counts under the"
                        + " current answers of the person it belongs to (after any merge of their records); age is the age band"
                        + " at the time of the contact or complaint."),
                new MeasureDefinition("Who is counted", "The tables by characteristic count the people who have answered the equality"
                        + " questions (those who have not are counted once, in the first table). Prefer not to say: asked, and chose"
                        + " not to answer that question. Age is counted for everyone, by the age band at the time."),
                new MeasureDefinition("Borough %", "The share of the borough's usual residents in the Census 2021 (people who"
                        + " did not answer the Census question left out); age shared out from the Census's bands to the council's."),
                new MeasureDefinition("People who contacted us", "Different people (after merges of their records) with at least one"
                        + " contact in the year; by age, each person once, in the age band of their first contact of the year."),
                new MeasureDefinition("% of people", "People giving that answer, as a share of those who gave any answer but"
                        + " \"prefer not to say\"."),
                new MeasureDefinition("Ratio", "% of people divided by borough %: 1 is the group's share of the borough."),
                new MeasureDefinition("Complaints", "New complaints (stage 1) received in the year; equality and diversity: those"
                        + " the complaints team categorised so; upheld: upheld in full or in part at stage 1."),
                new MeasureDefinition("1 to " + (threshold - 1), "A count from 1 to " + (threshold - 1) + ", not shown so that"
                        + " no one can be identified (the threshold is the council's setting)."),
                new MeasureDefinition("[c]", "Hidden so that a small count cannot be worked out from the totals (secondary"
                        + " suppression); percentages of hidden counts are hidden too."));
    }
}
