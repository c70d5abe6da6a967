package uk.gov.council.cs.reports.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The averages for similar authorities printed in the Local Government and Social Care Ombudsman's annual
 * review letter for a year, as an administrator copies them in, with the letter they came from. A figure
 * the letter does not give is left out (null).
 */
public record OmbudsmanAverages(String authorityType, BigDecimal upheldRate, BigDecimal upheldPer100k,
                                BigDecimal complianceRate, BigDecimal remediedRate, String source,
                                int version, Instant recordedAt, String recordedBy) implements java.io.Serializable {

    /** The kinds of authority the Ombudsman compares councils with. */
    public static final List<String> AUTHORITY_TYPES = List.of("County councils", "District councils",
            "Metropolitan boroughs", "Unitary authorities", "London boroughs");

    /** Every reason averages as typed cannot be kept, each starting with the field it is about. */
    public static List<String> problems(String authorityType, BigDecimal upheldRate, BigDecimal upheldPer100k,
                                        BigDecimal complianceRate, BigDecimal remediedRate, String source) {
        List<String> problems = new ArrayList<>();
        if (authorityType == null || !AUTHORITY_TYPES.contains(authorityType.strip())) {
            problems.add("authorityType: choose the similar authorities the letter compares with: " + String.join(", ", AUTHORITY_TYPES) + ".");
        }
        percent(problems, "upheldRate", upheldRate);
        percent(problems, "complianceRate", complianceRate);
        percent(problems, "remediedRate", remediedRate);
        if (upheldPer100k != null && (upheldPer100k.signum() < 0 || upheldPer100k.compareTo(BigDecimal.valueOf(1000)) >= 0
                || upheldPer100k.scale() > 2)) {
            problems.add("upheldPer100k: give upheld decisions per 100,000 residents as printed, such as 4.6 (0 to 999.99).");
        }
        if (upheldRate == null && upheldPer100k == null && complianceRate == null && remediedRate == null) {
            problems.add("upheldRate: enter at least one of the letter's averages.");
        }
        if (source == null || source.isBlank()) {
            problems.add("source: say which letter the averages come from, such as its date or address.");
        } else if (source.strip().length() > 400) {
            problems.add("source: keep it to 400 characters.");
        }
        return problems;
    }

    private static void percent(List<String> problems, String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || value.scale() > 1)) {
            problems.add(field + ": give a percentage from 0 to 100 with at most one decimal place, such as 79 or 66.5.");
        }
    }

    /** A percentage as the report prints it: "79%", "66.5%"; none if the letter gave none. */
    public static String percentText(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString() + "%";
    }

    public static String decimalText(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
