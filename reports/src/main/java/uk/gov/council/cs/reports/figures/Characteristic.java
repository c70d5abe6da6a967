package uk.gov.council.cs.reports.figures;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import uk.gov.council.cs.equality.Disability;
import uk.gov.council.cs.equality.EqualityAnswer;
import uk.gov.council.cs.equality.EqualityProfile;
import uk.gov.council.cs.equality.EthnicGroup;
import uk.gov.council.cs.equality.GenderIdentity;
import uk.gov.council.cs.equality.LegalPartnershipStatus;
import uk.gov.council.cs.equality.PregnancyOrMaternity;
import uk.gov.council.cs.equality.Religion;
import uk.gov.council.cs.equality.Sex;
import uk.gov.council.cs.equality.SexualOrientation;
import uk.gov.council.cs.equality.UnpaidCarer;

/**
 * The protected characteristics the equality report counts by (Equality Act 2010 s.4, as the
 * questionnaire asks them): the column of the warehouse's equality profile that holds the answer, the
 * answers in the order the report prints them, and the Census table the borough's population comes
 * from (none for those the Census does not count). Age is by the age band of the contact instead.
 */
enum Characteristic {
    AGE("Age", null, "TS007A", Map.of()),
    DISABILITY("Disability", "disability", "TS038", Map.of(
            Disability.DISABLED.name(), Disability.DISABLED.label(), Disability.NOT_DISABLED.name(), Disability.NOT_DISABLED.label())),
    ETHNIC_GROUP("Ethnic group", "ethnic_group", "TS021", broadGroups()),
    ETHNIC_CATEGORY("Ethnic group, in its 19 categories", "ethnic_category", "TS021", labels(EthnicGroup.values(), EthnicGroup::label)),
    SEX("Sex", "sex", "TS008", labels(Sex.values(), Sex::label)),
    GENDER_IDENTITY("Gender identity (asked of those aged 16 and over)", "gender_identity", "TS078",
            labels(GenderIdentity.values(), GenderIdentity::label)),
    SEXUAL_ORIENTATION("Sexual orientation (asked of those aged 16 and over)", "sexual_orientation", "TS077",
            labels(SexualOrientation.values(), SexualOrientation::label)),
    RELIGION("Religion or belief", "religion", "TS030", labels(Religion.values(), Religion::label)),
    MARRIAGE("Marriage and civil partnership", "legal_partnership_status", null,
            labels(LegalPartnershipStatus.values(), LegalPartnershipStatus::label)),
    PREGNANCY("Pregnancy and maternity", "pregnancy_or_maternity", null, labels(PregnancyOrMaternity.values(), PregnancyOrMaternity::label)),
    CARER("Unpaid carer", "unpaid_carer", null, labels(UnpaidCarer.values(), UnpaidCarer::label));

    static final String PREFER_NOT_TO_SAY = EqualityProfile.PREFER_NOT_TO_SAY;
    static final String NOT_ASKED = EqualityProfile.NOT_ASKED;

    private final String title;
    private final String column;
    private final String censusTable;
    private final Map<String, String> answers;

    Characteristic(String title, String column, String censusTable, Map<String, String> answers) {
        this.title = title;
        this.column = column;
        this.censusTable = censusTable;
        this.answers = answers;
    }

    String title() {
        return title;
    }

    /** The equality profile's column; none for age. */
    String column() {
        return column;
    }

    /** The Census table of the borough's population, or none. */
    String censusTable() {
        return censusTable;
    }

    /** Answers other than "prefer not to say" and "not asked", code to words, in the questionnaire's order. */
    Map<String, String> answers() {
        return answers;
    }

    /** The category of the report a Census category counts in (the five groups for ethnic group). */
    String fromCensus(String category) {
        if (this == ETHNIC_GROUP) {
            return Arrays.stream(EthnicGroup.values()).filter(g -> g.name().equals(category) && g.broad() != null)
                    .map(g -> g.broad().name()).findFirst().orElse(null);
        }
        return category;
    }

    private static Map<String, String> broadGroups() {
        Map<String, String> groups = new LinkedHashMap<>();
        for (EthnicGroup.Broad b : EthnicGroup.Broad.values()) {
            groups.put(b.name(), b.label());
        }
        return groups;
    }

    private static <E extends Enum<E> & EqualityAnswer> Map<String, String> labels(E[] values, Function<E, String> label) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (E value : values) {
            if (!value.preferNotToSay()) {
                labels.put(value.name(), label.apply(value));
            }
        }
        return labels;
    }
}
