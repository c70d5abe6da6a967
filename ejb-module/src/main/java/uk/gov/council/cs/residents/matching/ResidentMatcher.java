package uk.gov.council.cs.residents.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares an incoming or newly entered record with one on file, in the manner of probabilistic
 * record linkage (Fellegi-Sunter, as in the UK government's Splink): each field's level of
 * agreement adds its weight of evidence to the prior, and the total becomes a match probability.
 *
 * <p>Some disagreements are decisive whatever the rest says, because scores alone would merge
 * people who share a surname, an address and often a date of birth: clearly different forenames
 * (twins, siblings, spouses), dates of birth a generation apart (a parent and child of the same
 * name) and different National Insurance numbers. Those pairs are different people. A date of birth
 * a generation apart by a single keying slip is left to a person, never linked automatically.
 */
public final class ResidentMatcher {

    /** Dates of birth this many years apart or more belong to different generations. */
    static final int GENERATION_YEARS = 12;
    /** Reading forename and surname the other way round costs a little evidence. */
    static final double SWAPPED_NAMES_PENALTY = 1.0;

    private final MatchSettings settings;

    public ResidentMatcher(MatchSettings settings) {
        this.settings = settings;
    }

    public MatchResult compare(PersonDetails incoming, PersonDetails onFile) {
        List<MatchResult.FieldComparison> fields = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();

        NameComparison names = compareNames(incoming, onFile);
        fields.add(field(names.forename, names.swapped ? -SWAPPED_NAMES_PENALTY / 2 : 0));
        fields.add(field(names.surname, names.swapped ? -SWAPPED_NAMES_PENALTY / 2 : 0));
        Level dob = FieldComparisons.dateOfBirth(incoming, onFile);
        fields.add(field(dob, 0));
        fields.add(field(FieldComparisons.address(incoming, onFile), 0));
        Level ni = FieldComparisons.niNumber(incoming, onFile);
        fields.add(field(ni, 0));
        fields.add(field(FieldComparisons.phone(incoming, onFile), 0));
        fields.add(field(FieldComparisons.email(incoming, onFile), 0));

        if (names.forename == Level.FORENAME_DIFFERENT) {
            conflicts.add("the forenames are different names" + (dob == Level.DOB_EXACT ? " (twins?)" : ""));
        }
        List<String> cautions = new ArrayList<>();
        if (incoming.dateOfBirth() != null && onFile.dateOfBirth() != null
                && Math.abs(incoming.dateOfBirth().getYear() - onFile.dateOfBirth().getYear()) >= GENERATION_YEARS) {
            if (dob == Level.DOB_TRANSPOSED || dob == Level.DOB_ONE_DIGIT) {
                // 1948 keyed as 1984 is a common slip, but 1960 and 1990 with one birthday can also be a father
                // and his son: the score cannot tell them apart, so a person does.
                cautions.add("the years of birth are a generation apart but differ only by a keying slip"
                        + " (a parent and child born on the same day of the year, or one person?)");
            } else {
                conflicts.add("the dates of birth are " + GENERATION_YEARS + " or more years apart (parent and child?)");
            }
        }
        if (ni == Level.NI_DIFFERENT) {
            conflicts.add("the National Insurance numbers differ");
        }

        double total = settings.priorWeight() + fields.stream().mapToDouble(MatchResult.FieldComparison::weight).sum();
        double probability = 1 / (1 + Math.pow(2, -total));
        MatchDecision decision;
        if (!conflicts.isEmpty()) {
            decision = MatchDecision.DIFFERENT_PERSON;
        } else if (probability >= settings.linkAt() && cautions.isEmpty()) {
            decision = MatchDecision.LINK;
        } else if (probability >= settings.reviewAt()) {
            decision = MatchDecision.REVIEW;
        } else {
            decision = MatchDecision.DIFFERENT_PERSON;
        }
        return new MatchResult(decision, probability, total, List.copyOf(fields), List.copyOf(conflicts), List.copyOf(cautions));
    }

    private record NameComparison(Level forename, Level surname, boolean swapped) {
        double weight() {
            return forename.weight() + surname.weight() - (swapped ? SWAPPED_NAMES_PENALTY : 0);
        }
    }

    /** As written, or with forename and surname swapped (a common slip on forms), whichever fits better. */
    private static NameComparison compareNames(PersonDetails incoming, PersonDetails onFile) {
        NameComparison asWritten = new NameComparison(FieldComparisons.forename(incoming, onFile),
                FieldComparisons.surname(incoming, onFile), false);
        if (incoming.forename() == null || incoming.surname() == null) {
            return asWritten;
        }
        PersonDetails swapped = new PersonDetails(incoming.surname(), incoming.forename(), incoming.previousSurnames(),
                incoming.dateOfBirth(), incoming.postcode(), incoming.uprn(), incoming.niNumber(), incoming.phones(),
                incoming.emails());
        NameComparison other = new NameComparison(FieldComparisons.forename(swapped, onFile),
                FieldComparisons.surname(swapped, onFile), true);
        return other.weight() > asWritten.weight() ? other : asWritten;
    }

    private static MatchResult.FieldComparison field(Level level, double adjustment) {
        return new MatchResult.FieldComparison(level.field(), level, level.weight() + adjustment);
    }
}
