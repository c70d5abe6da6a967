package uk.gov.council.cs.residents.identity;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.gov.council.cs.residents.ResidentProfile;
import uk.gov.council.cs.residents.matching.MatchResult;

/**
 * The two records of a review laid out field by field, each row with the matcher's verdict on that
 * field and the evidence it gave, in the order a reviewer reads a record.
 */
public final class SideBySide {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private SideBySide() {
    }

    /**
     * @param agreement the matcher's level for this field in words, or empty for a field it does not score
     * @param weight    the evidence in bits (positive for, negative against); 0 for unscored fields
     */
    public record Row(String field, String left, String right, String agreement, double weight, boolean same) {
    }

    public static List<Row> rows(ResidentProfile left, ResidentProfile right, MatchResult now) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("forename", given(left), given(right), now));
        rows.add(row("surname", surnames(left), surnames(right), now));
        rows.add(row("date of birth", DATE.format(left.dateOfBirth()), DATE.format(right.dateOfBirth()), now));
        rows.add(row("address", address(left), address(right), now));
        rows.add(row("NI number", orDash(left.niNumber()), orDash(right.niNumber()), now));
        rows.add(row("phone", joined(left.phones().stream()), joined(right.phones().stream()), now));
        rows.add(row("e-mail", joined(left.emails().stream()), joined(right.emails().stream()), now));
        rows.add(new Row("references", references(left), references(right), "", 0,
                references(left).equals(references(right))));
        return rows;
    }

    private static Row row(String field, String left, String right, MatchResult now) {
        MatchResult.FieldComparison scored = now.fields().stream().filter(f -> f.field().equals(field)).findFirst()
                .orElse(null);
        return new Row(field, left, right, scored == null ? "" : scored.level().meaning(),
                scored == null ? 0 : scored.weight(), Objects.equals(left, right));
    }

    private static String given(ResidentProfile p) {
        return p.forename() + (p.middleNames() == null ? "" : " " + p.middleNames());
    }

    private static String surnames(ResidentProfile p) {
        String previous = p.previousNames().stream().map(ResidentProfile.FormerName::surname)
                .filter(s -> !s.equalsIgnoreCase(p.surname())).distinct().collect(Collectors.joining(", "));
        return previous.isEmpty() ? p.surname() : p.surname() + " (formerly " + previous + ")";
    }

    private static String address(ResidentProfile p) {
        String line = p.address().oneLine();
        return p.address().uprn() == null ? line : line + " (UPRN " + p.address().uprn() + ")";
    }

    private static String references(ResidentProfile p) {
        return joined(p.references().stream().map(r -> r.label() + " " + r.reference()));
    }

    private static String joined(Stream<String> values) {
        return orDash(values.sorted().collect(Collectors.joining(", ")));
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
