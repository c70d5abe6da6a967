package uk.gov.council.cs.residents.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Orders search results by the identity matcher's weights of evidence: a resident whose date of
 * birth and surname agree with what was typed ranks above one who only sounds alike. Fields not
 * typed count for nothing either way, and the reasons are given in the matcher's own words.
 */
public final class SearchRanking {

    /** A system reference is a key the resident was given: as good as an NI number. */
    static final double REFERENCE_WEIGHT = 20.0;
    private static final ResidentMatcher MATCHER = new ResidentMatcher(MatchSettings.DEFAULT);

    public record Ranked(double score, List<String> why, boolean relevant) {
    }

    private SearchRanking() {
    }

    public static Ranked rank(PersonDetails typed, PersonDetails onFile, boolean referenceMatches) {
        MatchResult result = MATCHER.compare(typed, onFile);
        double score = referenceMatches ? REFERENCE_WEIGHT : 0;
        List<String> why = new ArrayList<>();
        if (referenceMatches) {
            why.add("system reference: same reference");
        }
        boolean forenameAgainst = false;
        boolean surnameAgainst = false;
        boolean identifierFor = referenceMatches;
        for (MatchResult.FieldComparison field : result.fields()) {
            if (field.weight() != 0) {
                score += field.weight();
                why.add(field.explanation());
            }
            switch (field.field()) {
                case "forename" -> forenameAgainst = field.weight() < 0;
                case "surname" -> surnameAgainst = field.weight() < 0;
                case "NI number", "phone", "e-mail" -> identifierFor |= field.weight() > 0;
                default -> {
                    // date of birth and address: shared by many people, so never enough on their own
                }
            }
        }
        // Someone else entirely who shares a date of birth or a postcode is not what was searched for,
        // unless an identifier (NI number, phone, e-mail, reference) says it is them.
        boolean nameAgainst = surnameAgainst && (forenameAgainst || typed.forename() == null);
        for (String conflict : result.conflicts()) {
            why.add("but " + conflict);
        }
        for (String caution : result.cautions()) {
            why.add("check: " + caution);
        }
        return new Ranked(score, List.copyOf(why), score > 0 && (!nameAgainst || identifierFor));
    }
}
