package uk.gov.council.cs.equality;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Age bands for monitoring and reports. There is no national standard, so the bands are the
 * council's setting {@value #SETTING}, written like the default {@value #DEFAULT_SETTING}: bands
 * from 0 upwards, each starting where the one before ended, the last open ("85+").
 */
public final class AgeBands {

    public static final String SETTING = "council.equality.age-bands";
    public static final String DEFAULT_SETTING = "0-15,16-24,25-34,35-44,45-54,55-64,65-74,75-84,85+";
    public static final AgeBands DEFAULT = parse(DEFAULT_SETTING);

    /** One band: ages from {@code from} to {@code to} inclusive; {@code to} is null for the last. */
    public record Band(int from, Integer to) {
        public String label() {
            return to == null ? from + "+" : from + "-" + to;
        }

        boolean holds(int age) {
            return age >= from && (to == null || age <= to);
        }
    }

    private final List<Band> bands;

    private AgeBands(List<Band> bands) {
        this.bands = List.copyOf(bands);
    }

    public static AgeBands from(UnaryOperator<String> configuration) {
        String value = configuration.apply(SETTING);
        return value == null || value.isBlank() ? DEFAULT : parse(value);
    }

    /** Reads bands written as "0-15,16-24,...,85+"; refuses gaps, overlaps and a closed last band. */
    public static AgeBands parse(String setting) {
        List<Band> bands = new ArrayList<>();
        String[] parts = setting.split(",");
        int expectFrom = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            boolean last = i == parts.length - 1;
            Band band;
            try {
                if (part.endsWith("+")) {
                    band = new Band(Integer.parseInt(part.substring(0, part.length() - 1).strip()), null);
                } else {
                    String[] ends = part.split("-");
                    if (ends.length != 2) {
                        throw new NumberFormatException();
                    }
                    band = new Band(Integer.parseInt(ends[0].strip()), Integer.parseInt(ends[1].strip()));
                }
            } catch (NumberFormatException e) {
                throw refused(setting, "\"" + part + "\" is not a band like 16-24 or 85+");
            }
            if (band.from() != expectFrom) {
                throw refused(setting, "band " + band.label() + " should start at " + expectFrom);
            }
            if (band.to() != null && band.to() < band.from()) {
                throw refused(setting, "band " + band.label() + " ends before it starts");
            }
            if (last != (band.to() == null)) {
                throw refused(setting, last ? "the last band must be open, like 85+" : "only the last band may be open");
            }
            bands.add(band);
            expectFrom = band.to() == null ? expectFrom : band.to() + 1;
        }
        return new AgeBands(bands);
    }

    public List<Band> bands() {
        return bands;
    }

    public Band bandOf(int age) {
        if (age < 0) {
            throw new IllegalArgumentException("An age cannot be negative.");
        }
        return bands.stream().filter(b -> b.holds(age)).findFirst().orElseThrow();
    }

    /** The band of someone born on {@code dateOfBirth}, on {@code day}. */
    public Band bandOn(LocalDate dateOfBirth, LocalDate day) {
        return bandOf(Math.max(0, Period.between(dateOfBirth, day).getYears()));
    }

    private static IllegalArgumentException refused(String setting, String why) {
        return new IllegalArgumentException("Setting " + SETTING + " (\"" + setting + "\"): " + why + ".");
    }
}
