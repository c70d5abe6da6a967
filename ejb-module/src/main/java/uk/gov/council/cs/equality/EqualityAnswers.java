package uk.gov.council.cs.equality;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * A resident's answers to the equality monitoring questions. A null answer is a question not asked;
 * "Prefer not to say" is an answer. Write-ins go with the answers that invite them.
 */
public record EqualityAnswers(EthnicGroup ethnicGroup, Sex sex, GenderIdentity genderIdentity, String genderIdentityWriteIn,
                              SexualOrientation sexualOrientation, String sexualOrientationWriteIn, Religion religion,
                              String religionWriteIn, LongTermCondition longTermCondition,
                              DayToDayLimitation dayToDayLimitation, LegalPartnershipStatus legalPartnershipStatus,
                              PregnancyOrMaternity pregnancyOrMaternity, UnpaidCarer unpaidCarer) {

    /** Gender identity and sexual orientation are asked of people this old or older (as the Census asks them). */
    public static final int ADULT_QUESTIONS_FROM_AGE = 16;
    public static final int WRITE_IN_MOST = 100;

    public EqualityAnswers {
        genderIdentityWriteIn = blankAsNull(genderIdentityWriteIn);
        sexualOrientationWriteIn = blankAsNull(sexualOrientationWriteIn);
        religionWriteIn = blankAsNull(religionWriteIn);
    }

    /** Disability under the Act, from the two disability answers. */
    public Disability disability() {
        return Disability.of(longTermCondition, dayToDayLimitation);
    }

    /** Every question left unasked. */
    public boolean noneAnswered() {
        return ethnicGroup == null && sex == null && genderIdentity == null && sexualOrientation == null && religion == null
                && longTermCondition == null && dayToDayLimitation == null && legalPartnershipStatus == null
                && pregnancyOrMaternity == null && unpaidCarer == null;
    }

    /**
     * What is wrong with these answers for a person born on {@code dateOfBirth} answering on
     * {@code answeredOn}: each problem in words for the person recording them; none when they may be kept.
     */
    public List<String> problems(LocalDate dateOfBirth, LocalDate answeredOn) {
        List<String> problems = new ArrayList<>();
        if (noneAnswered()) {
            problems.add("No question was answered: record at least one answer (\"Prefer not to say\" is an answer).");
        }
        boolean under16 = dateOfBirth != null && Period.between(dateOfBirth, answeredOn).getYears() < ADULT_QUESTIONS_FROM_AGE;
        if (under16 && genderIdentity != null) {
            problems.add("genderIdentity: asked only of people aged 16 and over; the resident was under 16 on " + answeredOn + ".");
        }
        if (under16 && sexualOrientation != null) {
            problems.add("sexualOrientation: asked only of people aged 16 and over; the resident was under 16 on " + answeredOn
                    + ".");
        }
        if (dayToDayLimitation != null && longTermCondition != LongTermCondition.YES) {
            problems.add("dayToDayLimitation: asked only of someone who has a long-term condition (longTermCondition YES).");
        }
        writeIn(problems, "genderIdentityWriteIn", genderIdentityWriteIn,
                genderIdentity == GenderIdentity.DIFFERENT_FROM_SEX_REGISTERED_AT_BIRTH,
                "genderIdentity DIFFERENT_FROM_SEX_REGISTERED_AT_BIRTH");
        writeIn(problems, "sexualOrientationWriteIn", sexualOrientationWriteIn, sexualOrientation == SexualOrientation.OTHER,
                "sexualOrientation OTHER");
        writeIn(problems, "religionWriteIn", religionWriteIn, religion == Religion.OTHER, "religion OTHER");
        return problems;
    }

    private static void writeIn(List<String> problems, String field, String value, boolean invited, String invitedBy) {
        if (value == null) {
            return;
        }
        if (!invited) {
            problems.add(field + ": written in only with the answer " + invitedBy + ".");
        } else if (value.length() > WRITE_IN_MOST) {
            problems.add(field + ": at most " + WRITE_IN_MOST + " characters.");
        }
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
