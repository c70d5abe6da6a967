package uk.gov.council.cs.equality;

import java.util.List;

/**
 * A resident's answers as reports count them: each characteristic as a band (the ethnic group's
 * five groups as well as its category, disability under the Act rather than the two answers), with
 * "not asked" and "prefer not to say" as values of their own and no written-in words. This is the
 * warehouse's equality profile: many residents share one.
 */
public record EqualityProfile(String ethnicGroup, String ethnicCategory, String sex, String genderIdentity,
                              String sexualOrientation, String religion, String disability, String legalPartnershipStatus,
                              String pregnancyOrMaternity, String unpaidCarer) {

    public static final String NOT_ASKED = "NOT_ASKED";
    public static final String PREFER_NOT_TO_SAY = "PREFER_NOT_TO_SAY";

    /** Someone who has not answered the questionnaire (or withdrew their consent). */
    public static final EqualityProfile UNANSWERED = of(null);

    public static EqualityProfile of(EqualityAnswers a) {
        if (a == null) {
            return new EqualityProfile(NOT_ASKED, NOT_ASKED, NOT_ASKED, NOT_ASKED, NOT_ASKED, NOT_ASKED, NOT_ASKED, NOT_ASKED,
                    NOT_ASKED, NOT_ASKED);
        }
        String group = a.ethnicGroup() == null ? NOT_ASKED
                : a.ethnicGroup().preferNotToSay() ? PREFER_NOT_TO_SAY : a.ethnicGroup().broad().name();
        return new EqualityProfile(group, band(a.ethnicGroup()), band(a.sex()), band(a.genderIdentity()),
                band(a.sexualOrientation()), band(a.religion()), a.disability().name(), band(a.legalPartnershipStatus()),
                band(a.pregnancyOrMaternity()), band(a.unpaidCarer()));
    }

    /** The values in a fixed order, the natural key of the warehouse's profile dimension. */
    public List<String> values() {
        return List.of(ethnicGroup, ethnicCategory, sex, genderIdentity, sexualOrientation, religion, disability,
                legalPartnershipStatus, pregnancyOrMaternity, unpaidCarer);
    }

    private static String band(Enum<?> answer) {
        return answer == null ? NOT_ASKED : answer.name();
    }
}
