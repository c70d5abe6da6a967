package uk.gov.council.cs.residents.identity;

import java.util.ArrayList;
import java.util.List;

/**
 * When two resident records may be merged, and when a merge may be undone. A merge only points one
 * record at the other, so the rules keep the pointers a tree one level at a time: the record kept
 * must not itself be merged away, and a record already merged cannot be merged again.
 */
public final class MergeRules {

    static final int LONGEST_REASON = 500;

    private MergeRules() {
    }

    /** A record as the rules see it: its id and where it is merged, if anywhere. */
    public record MergeState(long id, Long mergedInto) {
    }

    public static List<String> problemsMerging(MergeState kept, MergeState merged, String reason) {
        List<String> problems = new ArrayList<>();
        if (kept.id() == merged.id()) {
            problems.add("A record cannot be merged into itself: choose two different records.");
        }
        if (merged.mergedInto() != null) {
            problems.add("Record " + merged.id() + " is already merged into record " + merged.mergedInto()
                    + "; unmerge it first.");
        }
        if (kept.mergedInto() != null) {
            problems.add("Record " + kept.id() + " is itself merged into record " + kept.mergedInto()
                    + "; keep that record instead.");
        }
        reasonProblem(reason, "merge").ifPresent(problems::add);
        return problems;
    }

    public static List<String> problemsUnmerging(boolean alreadyUnmerged, String reason) {
        List<String> problems = new ArrayList<>();
        if (alreadyUnmerged) {
            problems.add("This merge has already been undone.");
        }
        reasonProblem(reason, "unmerge").ifPresent(problems::add);
        return problems;
    }

    private static java.util.Optional<String> reasonProblem(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            return java.util.Optional.of("Give the reason for the " + what + ": it is kept in the record's history.");
        }
        if (reason.length() > LONGEST_REASON) {
            return java.util.Optional.of("The reason is longer than " + LONGEST_REASON + " characters.");
        }
        return java.util.Optional.empty();
    }
}
