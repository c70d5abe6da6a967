package uk.gov.council.cs.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a decision to restrict a complainant's contact must hold: the conduct it rests on, the
 * decision and the restrictions in words the person will read, and a review date within the
 * council's maximum period ({@code council.complaints.restriction-review-months}, default 12).
 * And what a review must hold: a note, and either lifting or a new review date.
 */
public final class ContactRestrictionRules {

    public static final String REVIEW_SETTING = "council.complaints.restriction-review-months";
    public static final int DEFAULT_REVIEW_MONTHS = 12;

    private ContactRestrictionRules() {
    }

    public static List<String> decisionProblems(Set<Conduct> conduct, String decision, String restrictions, LocalDate reviewOn,
                                                LocalDate today, int maxReviewMonths) {
        List<String> problems = new ArrayList<>();
        if (conduct == null || conduct.isEmpty()) {
            problems.add("Say which conduct the decision rests on.");
        }
        if (decision == null || decision.isBlank()) {
            problems.add("Write the decision and the reasons for it; the complainant receives it in writing.");
        } else if (decision.length() > 4000) {
            problems.add("The decision is longer than 4000 characters.");
        }
        if (restrictions == null || restrictions.isBlank()) {
            problems.add("Say how the complainant's contact is restricted (for example: one named officer, in writing only).");
        } else if (restrictions.length() > 2000) {
            problems.add("The restrictions are longer than 2000 characters.");
        }
        reviewProblem(reviewOn, today, maxReviewMonths).ifPresent(problems::add);
        return problems;
    }

    public static List<String> reviewProblems(boolean lift, String note, LocalDate nextReviewOn, LocalDate today,
                                              int maxReviewMonths) {
        List<String> problems = new ArrayList<>();
        if (note == null || note.isBlank()) {
            problems.add("Record what the review found.");
        }
        if (lift && nextReviewOn != null) {
            problems.add("A lifted restriction has no next review.");
        }
        if (!lift) {
            reviewProblem(nextReviewOn, today, maxReviewMonths).ifPresent(problems::add);
        }
        return problems;
    }

    /** Whether a restriction is in force on a day: decided, not lifted. */
    public static boolean inForce(LocalDate decidedOn, LocalDate liftedOn, LocalDate day) {
        return !decidedOn.isAfter(day) && (liftedOn == null || liftedOn.isAfter(day));
    }

    private static java.util.Optional<String> reviewProblem(LocalDate reviewOn, LocalDate today, int maxReviewMonths) {
        if (reviewOn == null) {
            return java.util.Optional.of("Set the date the restriction will be reviewed.");
        }
        if (!reviewOn.isAfter(today)) {
            return java.util.Optional.of("The review date must be after today.");
        }
        if (reviewOn.isAfter(today.plusMonths(maxReviewMonths))) {
            return java.util.Optional.of("A restriction is reviewed within " + maxReviewMonths + " months; "
                    + reviewOn + " is later than " + today.plusMonths(maxReviewMonths) + ".");
        }
        return java.util.Optional.empty();
    }
}
