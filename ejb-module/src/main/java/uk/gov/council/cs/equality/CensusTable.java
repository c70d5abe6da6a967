package uk.gov.council.cs.equality;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Census 2021 topic summary tables the equality report compares the council's customers with,
 * as ONS publishes them for local authorities in Nomis's bulk CSV files ({@code census2021-ts021-ltla.csv}
 * and so on): one row per area, one column per category, each named "Topic: Category" and for some
 * tables followed by "; measures: Value". Each category is kept as ONS words it, with the answer of
 * the council's questionnaire it counts (or, for age, the years it covers).
 */
public enum CensusTable {
    TS021("Ethnic group", "Ethnic group: ", "Total: All usual residents", Map.ofEntries(
            entry(EthnicGroup.BANGLADESHI), entry(EthnicGroup.CHINESE), entry(EthnicGroup.INDIAN), entry(EthnicGroup.PAKISTANI),
            entry(EthnicGroup.OTHER_ASIAN), entry(EthnicGroup.AFRICAN), entry(EthnicGroup.CARIBBEAN),
            entry(EthnicGroup.OTHER_BLACK), entry(EthnicGroup.WHITE_AND_ASIAN), entry(EthnicGroup.WHITE_AND_BLACK_AFRICAN),
            entry(EthnicGroup.WHITE_AND_BLACK_CARIBBEAN), entry(EthnicGroup.OTHER_MIXED), entry(EthnicGroup.WHITE_BRITISH),
            entry(EthnicGroup.WHITE_IRISH), entry(EthnicGroup.GYPSY_OR_IRISH_TRAVELLER), entry(EthnicGroup.ROMA),
            entry(EthnicGroup.OTHER_WHITE), entry(EthnicGroup.ARAB), entry(EthnicGroup.ANY_OTHER_ETHNIC_GROUP)),
            Set.of("Asian, Asian British or Asian Welsh", "Black, Black British, Black Welsh, Caribbean or African",
                    "Mixed or Multiple ethnic groups", "White", "Other ethnic group")),
    TS008("Sex", "Sex: ", "All persons", Map.of("Female", "FEMALE", "Male", "MALE"), Set.of()),
    TS007A("Age by five-year band", "Age: ", "Total", Map.of(), Set.of()),
    TS007("Age by single year", "Age: ", "Total", Map.of(), Set.of()),
    TS030("Religion", "Religion: ", "Total: All usual residents", Map.of("No religion", "NO_RELIGION",
            "Christian", "CHRISTIAN", "Buddhist", "BUDDHIST", "Hindu", "HINDU", "Jewish", "JEWISH", "Muslim", "MUSLIM",
            "Sikh", "SIKH", "Other religion", "OTHER", "Not answered", "NOT_ANSWERED"), Set.of()),
    TS038("Disability", "Disability: ", "Total: All usual residents", Map.of(
            "Disabled under the Equality Act: Day-to-day activities limited a lot", "DISABLED",
            "Disabled under the Equality Act: Day-to-day activities limited a little", "DISABLED",
            "Not disabled under the Equality Act: Has long term physical or mental health condition but day-to-day"
                    + " activities are not limited", "NOT_DISABLED",
            "Not disabled under the Equality Act: No long term physical or mental health conditions", "NOT_DISABLED"),
            Set.of("Disabled under the Equality Act", "Not disabled under the Equality Act")),
    TS077("Sexual orientation", "Sexual orientation: ", "Total: All usual residents aged 16 years and over", Map.of(
            "Straight or Heterosexual", "STRAIGHT_OR_HETEROSEXUAL", "Gay or Lesbian", "GAY_OR_LESBIAN",
            "Bisexual", "BISEXUAL", "All other sexual orientations", "OTHER", "Not answered", "NOT_ANSWERED"), Set.of()),
    TS078("Gender identity", "Gender identity: ", "Total: All usual residents aged 16 years and over", Map.of(
            "Gender identity the same as sex registered at birth", "SAME_AS_SEX_REGISTERED_AT_BIRTH",
            "Gender identity different from sex registered at birth but no specific identity given",
            "DIFFERENT_FROM_SEX_REGISTERED_AT_BIRTH",
            "Trans woman", "DIFFERENT_FROM_SEX_REGISTERED_AT_BIRTH", "Trans man", "DIFFERENT_FROM_SEX_REGISTERED_AT_BIRTH",
            "All other gender identities", "DIFFERENT_FROM_SEX_REGISTERED_AT_BIRTH", "Not answered", "NOT_ANSWERED"), Set.of());

    /** The Census's own answer for people who left the question blank: not one of the questionnaire's. */
    public static final String NOT_ANSWERED = "NOT_ANSWERED";

    private static final Pattern UNDER_ONE = Pattern.compile("Aged under 1 year");
    private static final Pattern ONE_YEAR = Pattern.compile("Aged (\\d+) years?");
    private static final Pattern RANGE = Pattern.compile("Aged (\\d+) to (\\d+) years");
    private static final Pattern AND_UNDER = Pattern.compile("Aged (\\d+) years and under");
    private static final Pattern AND_OVER = Pattern.compile("Aged (\\d+) years and over");

    private final String title;
    private final String prefix;
    private final String total;
    private final Map<String, String> categories;
    private final Set<String> subtotals;

    CensusTable(String title, String prefix, String total, Map<String, String> categories, Set<String> subtotals) {
        this.title = title;
        this.prefix = prefix;
        this.total = total;
        this.categories = categories;
        this.subtotals = subtotals;
    }

    private static Map.Entry<String, String> entry(EthnicGroup g) {
        return Map.entry(g.censusLabel(), g.name());
    }

    public String title() {
        return title;
    }

    /** What a column holds: the total, a subtotal of other columns, or a category counted on its own. */
    public record Column(String label, Kind kind, String category, Integer ageFrom, Integer ageTo) {
        public enum Kind { TOTAL, SUBTOTAL, CATEGORY }
    }

    /**
     * The column of this table that a header names, or null when the header is not one of its columns
     * (another table's, or a category ONS does not publish in this table).
     */
    public Column column(String header) {
        if (!header.startsWith(prefix)) {
            return null;
        }
        String label = header.substring(prefix.length()).replace("; measures: Value", "").strip();
        if (label.equals(total)) {
            return new Column(label, Column.Kind.TOTAL, null, null, null);
        }
        if (this == TS007A || this == TS007) {
            return ageColumn(label);
        }
        if (subtotals.contains(label)) {
            return new Column(label, Column.Kind.SUBTOTAL, null, null, null);
        }
        String category = categories.get(label);
        return category == null ? null : new Column(label, Column.Kind.CATEGORY, category, null, null);
    }

    private Column ageColumn(String label) {
        boolean singleYears = this == TS007;
        if (UNDER_ONE.matcher(label).matches()) {
            return singleYears ? new Column(label, Column.Kind.CATEGORY, null, 0, 0) : null;
        }
        Matcher m = AND_UNDER.matcher(label);
        if (m.matches()) {
            return new Column(label, singleYears ? Column.Kind.SUBTOTAL : Column.Kind.CATEGORY, null, 0,
                    Integer.parseInt(m.group(1)));
        }
        m = RANGE.matcher(label);
        if (m.matches()) {
            return new Column(label, singleYears ? Column.Kind.SUBTOTAL : Column.Kind.CATEGORY, null,
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = AND_OVER.matcher(label);
        if (m.matches()) {
            int from = Integer.parseInt(m.group(1));
            // In the single-year table, 85 and over is a subtotal; 100 and over is the last year counted.
            boolean counted = !singleYears || from == 100;
            return new Column(label, counted ? Column.Kind.CATEGORY : Column.Kind.SUBTOTAL, null, from, null);
        }
        m = ONE_YEAR.matcher(label);
        if (m.matches() && singleYears) {
            int year = Integer.parseInt(m.group(1));
            return new Column(label, Column.Kind.CATEGORY, null, year, year);
        }
        return null;
    }

    /**
     * Which table a file's headers are: the one whose columns they all are. The single-year age table
     * is told from the five-year one by its columns for single years.
     */
    public static CensusTable of(Iterable<String> headers) {
        Map<CensusTable, Integer> matches = new LinkedHashMap<>();
        boolean singleYears = false;
        for (String header : headers) {
            if (header.startsWith("Age: ") && (header.contains("Aged under 1 year") || ONE_YEAR.matcher(
                    header.substring(5).replace("; measures: Value", "").strip()).matches())) {
                singleYears = true;
            }
            for (CensusTable t : values()) {
                if (header.startsWith(t.prefix)) {
                    matches.merge(t, 1, Integer::sum);
                }
            }
        }
        if (matches.containsKey(TS007A)) {
            matches.remove(singleYears ? TS007A : TS007);
        }
        return matches.size() == 1 ? matches.keySet().iterator().next() : null;
    }
}
