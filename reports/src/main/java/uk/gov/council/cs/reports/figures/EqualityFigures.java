package uk.gov.council.cs.reports.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.council.cs.reports.schedule.ReportPeriod;

/**
 * The equality report's counts from the warehouse, by a characteristic's answer: each record counted
 * by the current answers of the person it belongs to (after merges), or by the age band at the time for
 * age. Counts only; what may be published is {@link EqualityReport}'s and the disclosure control's business.
 */
final class EqualityFigures {

    private final WarehouseReader warehouse;
    private final String geographyCode;

    EqualityFigures(WarehouseReader warehouse, String geographyCode) {
        this.warehouse = warehouse;
        this.geographyCode = geographyCode;
    }

    /** The answer's expression and the joins that reach it from a fact with {@code resident_id} and, for age, {@code age_band_key}. */
    private static String[] by(Characteristic c, boolean factHasAge) {
        if (c == Characteristic.AGE) {
            return factHasAge ? new String[] {"COALESCE(ab.code, '" + Characteristic.NOT_ASKED + "')",
                    " LEFT JOIN warehouse.dim_age_band ab ON ab.age_band_key = f.age_band_key"} : null;
        }
        return new String[] {"COALESCE(p." + c.column() + ", '" + Characteristic.NOT_ASKED + "')",
                " LEFT JOIN warehouse.dim_resident r ON r.resident_id = f.resident_id"
                        + " LEFT JOIN warehouse.dim_equality_profile p ON p.equality_profile_key = r.equality_profile_key"};
    }

    /**
     * Each person with a contact in the period, once, with the age band of their first contact in it (their
     * youngest band), so that a person whose birthday moves them up a band still counts once in a table of
     * people. Two parameters: the period's first and last date keys.
     */
    static final String PERSON_AGE_BAND = "SELECT y.person_id AS person_id, COALESCE(b.code, '" + Characteristic.NOT_ASKED + "') AS band"
            + " FROM (SELECT r.person_id AS person_id, MIN(ab.age_from) AS age_from FROM warehouse.fact_contact f"
            + " JOIN warehouse.dim_resident r ON r.resident_id = f.resident_id"
            + " LEFT JOIN warehouse.dim_age_band ab ON ab.age_band_key = f.age_band_key"
            + " WHERE f.date_key BETWEEN ? AND ? GROUP BY r.person_id) y LEFT JOIN warehouse.dim_age_band b ON b.age_from = y.age_from";

    /** Different people with a contact in the year (a person is counted once, under their answers; by age, under their first band). */
    Map<String, Long> people(Characteristic c, ReportPeriod year) {
        if (c == Characteristic.AGE) {
            return warehouse.countsBy("SELECT pb.band, COUNT(*) FROM (" + PERSON_AGE_BAND + ") pb GROUP BY pb.band", WarehouseReader.days(year));
        }
        String[] by = by(c, true);
        String join = c == Characteristic.AGE ? by[1] + " LEFT JOIN warehouse.dim_resident r ON r.resident_id = f.resident_id" : by[1];
        return warehouse.countsBy("SELECT " + by[0] + ", COUNT(DISTINCT r.person_id) FROM warehouse.fact_contact f" + join
                + " WHERE f.date_key BETWEEN ? AND ? GROUP BY " + by[0], WarehouseReader.days(year));
    }

    /** Different people who used each channel in the year, by answer. */
    Map<String, Map<String, Long>> peopleByChannel(Characteristic c, ReportPeriod year) {
        String answer;
        String join;
        Object[] days = WarehouseReader.days(year);
        Object[] parameters;
        if (c == Characteristic.AGE) {
            // Under the person's first band of the year, as in the table of people.
            answer = "pb.band";
            join = " JOIN warehouse.dim_resident r ON r.resident_id = f.resident_id JOIN (" + PERSON_AGE_BAND + ") pb ON pb.person_id = r.person_id";
            parameters = new Object[] {days[0], days[1], days[0], days[1]};
        } else {
            String[] by = by(c, true);
            answer = by[0];
            join = by[1];
            parameters = days;
        }
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (WarehouseReader.Counted row : warehouse.rows(2, "SELECT " + answer + ", CASE WHEN ch.code IN ('TELEPHONE', 'WEB', 'EMAIL',"
                + " 'FACE_TO_FACE') THEN ch.code ELSE 'OTHER' END, COUNT(DISTINCT r.person_id) FROM warehouse.fact_contact f" + join
                + " JOIN warehouse.dim_channel ch ON ch.channel_key = f.channel_key WHERE f.date_key BETWEEN ? AND ?"
                + " GROUP BY " + answer + ", CASE WHEN ch.code IN ('TELEPHONE', 'WEB', 'EMAIL', 'FACE_TO_FACE') THEN ch.code ELSE 'OTHER' END",
                parameters)) {
            counts.computeIfAbsent(row.keys().get(0), k -> new LinkedHashMap<>()).merge(row.keys().get(1), row.value(0), Long::sum);
        }
        return counts;
    }

    Map<String, Long> contacts(Characteristic c, ReportPeriod year) {
        String[] by = by(c, true);
        return warehouse.countsBy("SELECT " + by[0] + ", COUNT(*) FROM warehouse.fact_contact f" + by[1]
                + " WHERE f.date_key BETWEEN ? AND ? GROUP BY " + by[0], WarehouseReader.days(year));
    }

    /** Service requests received in the year; none by age, which their facts do not carry. */
    Map<String, Long> serviceRequests(Characteristic c, ReportPeriod year) {
        String[] by = by(c, false);
        if (by == null) {
            return null;
        }
        return warehouse.countsBy("SELECT " + by[0] + ", COUNT(DISTINCT f.request_id) FROM warehouse.fact_service_request_step f" + by[1]
                + " WHERE f.received_date_key BETWEEN ? AND ? GROUP BY " + by[0], WarehouseReader.days(year));
    }

    /** New complaints received in the year; {@code condition} narrows them (a category, an outcome). */
    Map<String, Long> complaints(Characteristic c, ReportPeriod year, String condition) {
        String[] by = by(c, true);
        return warehouse.countsBy("SELECT " + by[0] + ", COUNT(*) FROM warehouse.fact_complaint_stage f" + by[1]
                + " LEFT JOIN warehouse.dim_complaint_category cc ON cc.complaint_category_key = f.complaint_category_key"
                + " LEFT JOIN warehouse.dim_outcome o ON o.outcome_key = f.outcome_key"
                + " WHERE f.stage = 1 AND f.received_date_key BETWEEN ? AND ?" + (condition == null ? "" : " AND " + condition)
                + " GROUP BY " + by[0], WarehouseReader.days(year));
    }

    /** Contacts by answer and channel. */
    Map<String, Map<String, Long>> contactsByChannel(Characteristic c, ReportPeriod year) {
        String[] by = by(c, true);
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (WarehouseReader.Counted row : warehouse.rows(2, "SELECT " + by[0] + ", ch.code, COUNT(*) FROM warehouse.fact_contact f" + by[1]
                + " JOIN warehouse.dim_channel ch ON ch.channel_key = f.channel_key WHERE f.date_key BETWEEN ? AND ?"
                + " GROUP BY " + by[0] + ", ch.code", WarehouseReader.days(year))) {
            counts.computeIfAbsent(row.keys().get(0), k -> new LinkedHashMap<>()).merge(row.keys().get(1), row.value(0), Long::sum);
        }
        return counts;
    }

    /** Satisfaction ratings of services (not of complaint handling) by answer: good, average, poor. */
    Map<String, long[]> satisfaction(Characteristic c, ReportPeriod year) {
        String[] by = by(c, false);
        Map<String, long[]> counts = new LinkedHashMap<>();
        if (by == null) {
            return counts;
        }
        for (WarehouseReader.Counted row : warehouse.rows(1, "SELECT " + by[0] + ", SUM(CASE WHEN f.score > 0 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN f.score = 0 THEN 1 ELSE 0 END), SUM(CASE WHEN f.score < 0 THEN 1 ELSE 0 END)"
                + " FROM warehouse.fact_satisfaction f" + by[1] + " WHERE f.about_complaint_id IS NULL AND f.date_key BETWEEN ? AND ?"
                + " GROUP BY " + by[0], WarehouseReader.days(year))) {
            counts.put(row.key(), new long[] {row.value(0), row.value(1), row.value(2)});
        }
        return counts;
    }

    /** People who contacted the council in the year, and of them those who have answered the questionnaire. */
    long[] respondents(ReportPeriod year) {
        String answered = java.util.Arrays.stream(Characteristic.values()).filter(c -> c.column() != null)
                .map(c -> "p." + c.column() + " <> '" + Characteristic.NOT_ASKED + "'").collect(java.util.stream.Collectors.joining(" OR "));
        WarehouseReader.Counted row = warehouse.one("SELECT COUNT(DISTINCT r.person_id), COUNT(DISTINCT CASE WHEN " + answered
                + " THEN r.person_id END) FROM warehouse.fact_contact f"
                + " JOIN warehouse.dim_resident r ON r.resident_id = f.resident_id"
                + " JOIN warehouse.dim_equality_profile p ON p.equality_profile_key = r.equality_profile_key"
                + " WHERE f.date_key BETWEEN ? AND ?", WarehouseReader.days(year));
        return new long[] {row.value(0), row.value(1)};
    }

    /** The age bands in order, code to first and last year (none for the open top band). */
    Map<String, int[]> ageBands() {
        Map<String, int[]> bands = new LinkedHashMap<>();
        for (WarehouseReader.Counted row : warehouse.rows(1, "SELECT code, age_from, age_to FROM warehouse.dim_age_band ORDER BY age_from")) {
            bands.put(row.key(), new int[] {(int) row.value(0), row.values().get(1) == null ? Integer.MAX_VALUE : (int) row.value(1)});
        }
        return bands;
    }

    /**
     * The borough's residents per answer from the Census baseline (people who did not answer the Census
     * question left out); empty when the table was not imported. Age is shared out from the Census's
     * bands to the council's in proportion to the years they share.
     */
    Map<String, Double> population(Characteristic c) {
        Map<String, Double> population = new LinkedHashMap<>();
        if (c.censusTable() == null) {
            return population;
        }
        List<String> tables = c == Characteristic.AGE ? List.of("TS007A", "TS007") : List.of(c.censusTable());
        for (String table : tables) {
            List<WarehouseReader.Counted> rows = warehouse.rows(1, "SELECT category, age_from, age_to, residents FROM warehouse.population_baseline"
                    + " WHERE census_table = ? AND column_kind = 'CATEGORY' AND geography_code = ?", table, geographyCode);
            if (rows.isEmpty()) {
                continue;
            }
            for (WarehouseReader.Counted row : rows) {
                if (c == Characteristic.AGE) {
                    shareOutByAge(population, ageBands(), row);
                } else {
                    String answer = c.fromCensus(row.key());
                    if (answer != null && !"NOT_ANSWERED".equals(answer)) {
                        population.merge(answer, (double) row.value(2), Double::sum);
                    }
                }
            }
            break;
        }
        return population;
    }

    private static void shareOutByAge(Map<String, Double> population, Map<String, int[]> bands, WarehouseReader.Counted row) {
        if (row.values().get(0) == null) {
            return;
        }
        int from = (int) row.value(0);
        // The Census's top band ("90 and over") is counted as ten years for sharing out.
        int to = row.values().get(1) == null ? from + 9 : (int) row.value(1);
        double perYear = (double) row.value(2) / (to - from + 1);
        for (Map.Entry<String, int[]> band : bands.entrySet()) {
            int overlap = Math.min(to, band.getValue()[1]) - Math.max(from, band.getValue()[0]) + 1;
            if (overlap > 0) {
                population.merge(band.getKey(), perYear * overlap, Double::sum);
            }
        }
    }

    /** The geography codes the baseline holds, for choosing the council's when none is configured. */
    List<String> geographies() {
        List<String> codes = new ArrayList<>();
        warehouse.rows(1, "SELECT geography_code, COUNT(*) FROM warehouse.population_baseline GROUP BY geography_code ORDER BY 2 DESC, 1")
                .forEach(r -> codes.add(r.key()));
        return codes;
    }
}
