package uk.gov.council.cs.workingdays;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Bank holidays in the format GOV.UK publishes them ({@code /bank-holidays.json}): one division per
 * nation, each with events {title, date, notes, bunting}. The product ships 2018 to 2030
 * ({@link #SHIPPED}); administrators import a newer file of the same format when GOV.UK publishes
 * one, and its dates replace the shipped ones for the years it covers.
 */
public final class BankHolidayFile {

    /** The dates shipped with the product: published dates to 2026, then the statutory pattern. */
    public static final String SHIPPED = "workingdays/bank-holidays-2018-2030.json";

    /** One holiday as the file describes it. */
    public record BankHoliday(Nation nation, LocalDate date, String title) {
    }

    private final Map<Nation, List<BankHoliday>> holidays;

    private BankHolidayFile(Map<Nation, List<BankHoliday>> holidays) {
        this.holidays = holidays;
    }

    /** Holidays held elsewhere (those imported earlier and kept in the database) as a file of this format. */
    public static BankHolidayFile of(java.util.Collection<BankHoliday> holidays) {
        Map<Nation, List<BankHoliday>> byNation = new EnumMap<>(Nation.class);
        for (BankHoliday h : holidays) {
            byNation.computeIfAbsent(h.nation(), n -> new ArrayList<>()).add(h);
        }
        byNation.replaceAll((n, list) -> list.stream().sorted(java.util.Comparator.comparing(BankHoliday::date)).toList());
        return new BankHolidayFile(byNation);
    }

    public static BankHolidayFile shipped() {
        try (InputStream in = BankHolidayFile.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("The shipped bank holidays (" + SHIPPED + ") are missing from the build.");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a file in GOV.UK's format. A file that is not in that format is refused with the first
     * problem found, so a wrong download cannot quietly empty the calendar.
     */
    public static BankHolidayFile read(InputStream json) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("The bank-holidays file is not valid JSON.", e);
        }
        if (root == null || !root.isObject() || root.isEmpty()) {
            throw new IllegalArgumentException("The bank-holidays file has no divisions (expected england-and-wales, scotland, northern-ireland).");
        }
        Map<Nation, List<BankHoliday>> holidays = new EnumMap<>(Nation.class);
        for (var division : (Iterable<Map.Entry<String, JsonNode>>) root::fields) {
            Nation nation = Nation.ofDivision(division.getKey());
            JsonNode events = division.getValue().get("events");
            if (events == null || !events.isArray()) {
                throw new IllegalArgumentException("Division " + division.getKey() + " has no list of events.");
            }
            List<BankHoliday> list = new ArrayList<>();
            int index = 0;
            for (JsonNode event : events) {
                String date = event.path("date").asText("");
                try {
                    list.add(new BankHoliday(nation, LocalDate.parse(date), event.path("title").asText("")));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("Event " + index + " of " + division.getKey() + " has the date \""
                            + date + "\", which is not a date like 2026-12-25.", e);
                }
                index++;
            }
            holidays.put(nation, List.copyOf(list));
        }
        return new BankHolidayFile(holidays);
    }

    /**
     * These holidays brought up to date by a newer file: for each nation, the newer file's dates
     * replace ours in every year it covers; other years keep ours.
     */
    public BankHolidayFile updatedBy(BankHolidayFile newer) {
        Map<Nation, List<BankHoliday>> merged = new EnumMap<>(Nation.class);
        for (Nation nation : Nation.values()) {
            Set<Integer> newerYears = newer.yearsCovered(nation);
            List<BankHoliday> list = new ArrayList<>();
            of(nation).stream().filter(h -> !newerYears.contains(h.date().getYear())).forEach(list::add);
            list.addAll(newer.of(nation));
            list.sort(java.util.Comparator.comparing(BankHoliday::date));
            merged.put(nation, List.copyOf(list));
        }
        return new BankHolidayFile(merged);
    }

    public List<BankHoliday> of(Nation nation) {
        return holidays.getOrDefault(nation, List.of());
    }

    public Set<Nation> nations() {
        return holidays.keySet();
    }

    /** The years this file has dates for, for one nation. */
    public Set<Integer> yearsCovered(Nation nation) {
        Set<Integer> years = new TreeSet<>();
        of(nation).forEach(h -> years.add(h.date().getYear()));
        return years;
    }
}
