package uk.gov.council.cs.residents;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A BS 7666 address: secondary addressable object (flat, unit), primary addressable object (number
 * or building name), street, locality, town and postcode, with the property's UPRN when known.
 * Only the postcode is required: a back-office feed often sends nothing more.
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record Address(String saon, String paon, String street, String locality, String town, String postcode, Long uprn) {

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Postcode.problemWith(postcode).ifPresent(problems::add);
        if (uprn != null) {
            Uprn.problemWith(uprn.toString()).ifPresent(problems::add);
        }
        for (String[] line : new String[][] {{"Flat or unit (SAON)", saon}, {"House number or name (PAON)", paon},
                {"Street", street}, {"Locality", locality}, {"Town", town}}) {
            if (line[1] != null && line[1].length() > 100) {
                problems.add(line[0] + " is longer than 100 characters.");
            }
        }
        return problems;
    }

    /** The address on one line, as an adviser reads it out: "Flat 2, 14 Station Road, Peckham, London SE15 4QB". */
    public String oneLine() {
        String numberAndStreet = Stream.of(paon, street).filter(Address::present).collect(Collectors.joining(" "));
        String townAndPostcode = Stream.of(town, postcode).filter(Address::present).collect(Collectors.joining(" "));
        return Stream.of(saon, numberAndStreet, locality, townAndPostcode).filter(Address::present)
                .collect(Collectors.joining(", "));
    }

    static String tidy(String line) {
        return line == null || line.isBlank() ? null : line.trim().replaceAll("\\s+", " ");
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
