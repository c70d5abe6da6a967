package uk.gov.council.cs.reports.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import uk.gov.council.cs.reports.schedule.ReportPeriod;
import uk.gov.council.cs.warehouse.ContactAggregates;

/**
 * The equality report's counts from the warehouse, by a characteristic's answer: each record counted
 * by the current answers of the person it belongs to (after merges), or by the age band at the time for
 * age. Counts only; what may be published is {@link EqualityReport}'s and the disclosure control's business.
 * <p>
 * Each kind of record is read once, by the equality profile (and age band) of its person, and the counts
 * for every characteristic are added up from those rows here: a statement per characteristic would join
 * the year's records to a million residents thirty times over. People are read from the warehouse's people
 * of the year ({@code agg_people_year}, kept by the loads), not from the year's four and a half million contacts.
 */
final class EqualityFigures {

    /** Counts of one kind of record by the equality profile of the person and an age band (either may be unknown). */
    private record ByProfile(Integer profileKey, String ageBand, long[] values) {
    }

    private final WarehouseReader warehouse;
    private final String geographyCode;
    private Map<Integer, Map<String, String>> profiles;
    private final Map<String, List<ByProfile>> read = new HashMap<>();

    EqualityFigures(WarehouseReader warehouse, String geographyCode) {
        this.warehouse = warehouse;
        this.geographyCode = geographyCode;
    }

    /**
     * Each person with a contact in the period, once, with the age band of their first contact in it (their
     * youngest band), so that a person whose birthday moves them up a band still counts once in a table of
     * people. Two parameters: the period's first and last date keys. The loads count {@code agg_people_year}
     * the same way; this lists the people behind one of its counts.
     */
    static final String PERSON_AGE_BAND = "SELECT y.person_id AS person_id, COALESCE(b.code, '" + Characteristic.NOT_ASKED + "') AS band"
            + " FROM (SELECT r.person_id AS person_id, MIN(ab.age_from) AS age_from FROM warehouse.fact_contact f"
            + " JOIN warehouse.dim_resident r ON r.resident_id = f.resident_id"
            + " LEFT JOIN warehouse.dim_age_band ab ON ab.age_band_key = f.age_band_key"
            + " WHERE f.date_key BETWEEN ? AND ? GROUP BY r.person_id) y LEFT JOIN warehouse.dim_age_band b ON b.age_from = y.age_from";

    /** The sums of {@code agg_people_year}'s columns of channels people used, in {@link EqualityReport}'s order, other last. */
    private static final String USED = ContactAggregates.TAKE_UP_CHANNELS.stream()
            .map(c -> "SUM(a.people * a." + c.toLowerCase(Locale.ROOT) + ")").collect(Collectors.joining(", ")) + ", SUM(a.people * a.other_channel)";

    /** Different people with a contact in the year (a person is counted once, under their answers; by age, under their first band). */
    Map<String, Long> people(Characteristic c, ReportPeriod year) {
        return first(fold(c, people(year)));
    }

    /** Different people who used each channel in the year, by answer: channel code (or OTHER) to people. */
    Map<String, Map<String, Long>> peopleByChannel(Characteristic c, ReportPeriod year) {
        List<String> channels = new ArrayList<>(ContactAggregates.TAKE_UP_CHANNELS);
        channels.add("OTHER");
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        fold(c, people(year)).forEach((answer, values) -> {
            Map<String, Long> byChannel = new LinkedHashMap<>();
            for (int i = 0; i < channels.size(); i++) {
                if (values[i + 1] > 0) {
                    byChannel.put(channels.get(i), values[i + 1]);
                }
            }
            counts.put(answer, byChannel);
        });
        return counts;
    }

    /** The year's people by profile and first band: people, then those who used each channel (other last). */
    private List<ByProfile> people(ReportPeriod year) {
        return byProfile("people " + year.code(), "SELECT a.equality_profile_key, ab.code, SUM(a.people), " + USED
                + " FROM warehouse.agg_people_year a LEFT JOIN warehouse.dim_age_band ab ON ab.age_band_key = a.first_age_band_key"
                + " WHERE a.financial_year = ? GROUP BY a.equality_profile_key, ab.code", year.code());
    }

    /** Service requests received in the year; none by age, which their facts do not carry. */
    Map<String, Long> serviceRequests(Characteristic c, ReportPeriod year) {
        if (c == Characteristic.AGE) {
            return null;
        }
        // A request belongs to one resident, so counting it once per profile counts it once.
        return first(fold(c, byProfile("requests " + year.code(), "SELECT r.equality_profile_key, CAST(NULL AS VARCHAR(10)), COUNT(DISTINCT f.request_id)"
                + " FROM warehouse.fact_service_request_step f" + RESIDENT + " WHERE f.received_date_key BETWEEN ? AND ?"
                + " GROUP BY r.equality_profile_key", WarehouseReader.days(year))));
    }

    /** What {@link #complaints} counts: every new complaint, those categorised equality and diversity, those upheld in full or part. */
    enum Complaints { ALL, EQUALITY_AND_DIVERSITY, UPHELD }

    /** New complaints (stage 1) received in the year, of one kind. */
    Map<String, Long> complaints(Characteristic c, ReportPeriod year, Complaints which) {
        List<ByProfile> rows = byProfile("complaints " + year.code(), "SELECT r.equality_profile_key, ab.code, COUNT(*),"
                + " SUM(CASE WHEN cc.code = 'EQUALITY_AND_DIVERSITY' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN o.code IN ('UPHELD', 'PARTLY_UPHELD') THEN 1 ELSE 0 END)"
                + " FROM warehouse.fact_complaint_stage f" + RESIDENT
                + " LEFT JOIN warehouse.dim_age_band ab ON ab.age_band_key = f.age_band_key"
                + " LEFT JOIN warehouse.dim_complaint_category cc ON cc.complaint_category_key = f.complaint_category_key"
                + " LEFT JOIN warehouse.dim_outcome o ON o.outcome_key = f.outcome_key"
                + " WHERE f.stage = 1 AND f.received_date_key BETWEEN ? AND ? GROUP BY r.equality_profile_key, ab.code",
                WarehouseReader.days(year));
        Map<String, Long> counts = new LinkedHashMap<>();
        fold(c, rows).forEach((answer, values) -> counts.put(answer, values[which.ordinal()]));
        return counts;
    }

    /** Satisfaction ratings of services (not of complaint handling) by answer: good, average, poor; none by age. */
    Map<String, long[]> satisfaction(Characteristic c, ReportPeriod year) {
        if (c == Characteristic.AGE) {
            return new LinkedHashMap<>();
        }
        return fold(c, byProfile("satisfaction " + year.code(), "SELECT r.equality_profile_key, CAST(NULL AS VARCHAR(10)),"
                + " SUM(CASE WHEN f.score > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN f.score = 0 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN f.score < 0 THEN 1 ELSE 0 END) FROM warehouse.fact_satisfaction f" + RESIDENT
                + " WHERE f.about_complaint_id IS NULL AND f.date_key BETWEEN ? AND ? GROUP BY r.equality_profile_key",
                WarehouseReader.days(year)));
    }

    /** People who contacted the council in the year, and of them those who have answered the questionnaire. */
    long[] respondents(ReportPeriod year) {
        long[] counts = new long[2];
        for (ByProfile row : people(year)) {
            counts[0] += row.values()[0];
            Map<String, String> answers = row.profileKey() == null ? null : profiles().get(row.profileKey());
            if (answers != null && answers.values().stream().anyMatch(a -> !Characteristic.NOT_ASKED.equals(a))) {
                counts[1] += row.values()[0];
            }
        }
        return counts;
    }

    private static final String RESIDENT = " LEFT JOIN warehouse.dim_resident r ON r.resident_id = f.resident_id";

    /** Rows of (profile key, age band, numbers...), read once per report. */
    private List<ByProfile> byProfile(String what, String sql, Object... parameters) {
        return read.computeIfAbsent(what, w -> warehouse.rows(2, sql, parameters).stream().map(row -> {
            long[] values = new long[row.values().size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.value(i);
            }
            return new ByProfile(row.keys().get(0) == null ? null : Integer.valueOf(row.keys().get(0)), row.keys().get(1), values);
        }).toList());
    }

    /** The rows added up by their answer to {@code c}: no profile or no band is "not asked". */
    private Map<String, long[]> fold(Characteristic c, List<ByProfile> rows) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (ByProfile row : rows) {
            String answer;
            if (c == Characteristic.AGE) {
                answer = row.ageBand();
            } else {
                Map<String, String> answers = row.profileKey() == null ? null : profiles().get(row.profileKey());
                answer = answers == null ? null : answers.get(c.column());
            }
            long[] sum = counts.computeIfAbsent(answer == null ? Characteristic.NOT_ASKED : answer, a -> new long[row.values().length]);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += row.values()[i];
            }
        }
        return counts;
    }

    private static Map<String, Long> first(Map<String, long[]> counts) {
        Map<String, Long> first = new LinkedHashMap<>();
        counts.forEach((answer, values) -> first.put(answer, values[0]));
        return first;
    }

    /** Each equality profile's answers, by its key: column to answer. */
    private Map<Integer, Map<String, String>> profiles() {
        if (profiles == null) {
            List<String> columns = Arrays.stream(Characteristic.values()).map(Characteristic::column).filter(Objects::nonNull).toList();
            profiles = new HashMap<>();
            for (WarehouseReader.Counted row : warehouse.rows(1 + columns.size(), "SELECT equality_profile_key, "
                    + String.join(", ", columns) + " FROM warehouse.dim_equality_profile")) {
                Map<String, String> answers = new HashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    answers.put(columns.get(i), row.keys().get(i + 1));
                }
                profiles.put(Integer.valueOf(row.key()), answers);
            }
        }
        return profiles;
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
