package uk.gov.council.cs.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What each step of the procedure needs from the officer taking it, with every reason it falls
 * short: a refusal its exclusion and evidence, a response its finding and words, an escalation or
 * reopening its reason, a referral the Ombudsman's reference.
 */
public final class StepRequirements {

    private StepRequirements() {
    }

    public static List<String> refusal(RefusalReason reason, String evidence) {
        List<String> problems = new ArrayList<>();
        if (reason == null) {
            problems.add("Choose the reason the complaint cannot be considered; only the procedure's exclusions are reasons.");
        }
        if (evidence == null || evidence.isBlank()) {
            problems.add("Record the evidence for the refusal (what shows the reason applies).");
        } else if (evidence.length() > 2000) {
            problems.add("The evidence is longer than 2000 characters.");
        }
        return problems;
    }

    public static List<String> response(ComplaintViews.Response response) {
        List<String> problems = new ArrayList<>();
        if (response == null || response.outcome() == null) {
            problems.add("Give the finding: upheld, partly upheld or not upheld.");
        }
        if (response == null || response.response() == null || response.response().isBlank()) {
            problems.add("Write the response: what was found and why.");
        } else if (response.response().length() > 8000) {
            problems.add("The response is longer than 8000 characters.");
        }
        if (response != null && response.remedies() != null) {
            response.remedies().forEach(r -> r.problem().ifPresent(problems::add));
        }
        if (response != null && response.lessonsLearned() != null && response.lessonsLearned().length() > 4000) {
            problems.add("The lessons learned are longer than 4000 characters.");
        }
        return problems;
    }

    /** An escalation says why the complainant is not satisfied; the next stage starts from it. */
    public static List<String> escalation(String reason, int nextStage) {
        return blank(reason) ? List.of("Say why the complainant is not satisfied: the stage " + nextStage
                + " review starts from it.") : tooLong(reason, "reason");
    }

    /** Informal resolution records what was agreed with the complainant. */
    public static List<String> informalResolution(String howResolved) {
        return blank(howResolved) ? List.of("Say how the complaint was resolved with the complainant.") : tooLong(howResolved, "note");
    }

    public static List<String> reopening(String reason) {
        return blank(reason) ? List.of("Say why the complaint is reopened.") : tooLong(reason, "reason");
    }

    /**
     * @param alreadyRecorded      whether the Ombudsman's case with that reference is on file already
     * @param complaintReceivedOn  the day the complaint itself was received: the Ombudsman's case comes after it
     */
    public static List<String> referral(Optional<String> writtenReference, boolean alreadyRecorded, Ombudsman ombudsman,
                                        LocalDate receivedOn, LocalDate complaintReceivedOn, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (writtenReference.isEmpty()) {
            problems.add("An Ombudsman's reference looks like 19 007 429: two digits, then two groups of three.");
        } else if (alreadyRecorded) {
            problems.add("The " + ombudsman.title() + " case " + writtenReference.get() + " is already recorded.");
        }
        if (receivedOn != null && receivedOn.isAfter(today)) {
            problems.add("The day the Ombudsman's case reached the council cannot be in the future.");
        } else if (receivedOn != null && receivedOn.isBefore(complaintReceivedOn)) {
            problems.add("The Ombudsman's case cannot have reached the council on " + receivedOn + ", before the complaint"
                    + " itself was received on " + complaintReceivedOn + ".");
        }
        return problems;
    }

    /** A reasonable adjustment agreed with a complainant says what it is and when it will be reviewed. */
    public static List<String> adjustment(String adjustment, LocalDate reviewOn, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (blank(adjustment)) {
            problems.add("Say what adjustment was agreed (for example: letters in large print, calls only in the morning).");
        } else {
            problems.addAll(tooLong(adjustment, "adjustment"));
        }
        if (reviewOn == null || !reviewOn.isAfter(today)) {
            problems.add("Set a review date after today for the adjustment.");
        }
        return problems;
    }

    /** A review of an adjustment says what was found; a next review date keeps it, none ends it. */
    public static List<String> adjustmentReview(String note, LocalDate nextReviewOn, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (blank(note)) {
            problems.add("Record what the review of the adjustment found.");
        }
        if (nextReviewOn != null && !nextReviewOn.isAfter(today)) {
            problems.add("The next review date must be after today.");
        }
        return problems;
    }

    /** What the response letter says the complainant can do next: escalate, unless this was the final stage. */
    public static String nextStepWording(int stage, int lastStage, String nextStageName) {
        return stage >= lastStage ? "" : "If you are not satisfied with this response, you can ask us to escalate your complaint"
                + " to stage " + (stage + 1) + " (" + nextStageName + "); please tell us why.";
    }

    /** The remedies as a letter lists them, one a line. */
    public static String remediesWording(List<Remedy> remedies) {
        return remedies.isEmpty() ? "No remedy is due."
                : String.join("\n", remedies.stream().map(Remedy::wording).toList());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<String> tooLong(String s, String what) {
        return s.length() > 2000 ? List.of("The " + what + " is longer than 2000 characters.") : List.of();
    }
}
